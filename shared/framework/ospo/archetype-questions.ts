import type { FrameworkQuestion } from '../schema';

/**
 * Archetype statements, rated "how well does this describe us?" from 0 to 4; two per archetype. A
 * participant's ratings, summed per archetype and normalized, form their archetype mix.
 */
const anchors = { zero: 'Does not describe us at all.', four: 'Describes us exactly.' };

function statement(
  id: string,
  archetype: string,
  text: string,
  help: string,
  responsibilityAreas: string[],
): FrameworkQuestion {
  return {
    id,
    statement: text,
    help,
    anchors,
    informs: { kind: 'archetype', archetype },
    responsibilityAreas,
  };
}

export const ARCHETYPE_QUESTIONS: FrameworkQuestion[] = [
  statement(
    'archetype-industry-shared-cost',
    'industry-collaborative',
    'We build open source together with other companies in our own industry, so we can share the cost of the basics.',
    'Think of a sector consortium, for example in automotive, telecom or finance.',
    ['open-source-organizations', 'strategy'],
  ),
  statement(
    'archetype-industry-shared-compliance',
    'industry-collaborative',
    'We share compliance tools or processes with peers in our sector through a joint open source effort.',
    'Common tooling or shared licence data that several companies in one industry maintain together.',
    ['compliance', 'open-source-organizations'],
  ),
  statement(
    'archetype-cross-industry-foundations',
    'cross-industry-collaborative',
    'We contribute to basic open source technology that companies in every sector rely on, such as programming languages.',
    'Problems that are not specific to our sector.',
    ['upstream', 'open-source-organizations'],
  ),
  statement(
    'archetype-cross-industry-tooling',
    'cross-industry-collaborative',
    'We build internal tools that take the effort out of using open source and contributing to it.',
    'Platforms, templates or bots that our engineers use every day.',
    ['reduce-friction', 'infrastructure'],
  ),
  statement(
    'archetype-big-project-incubate',
    'big-project-facilitator',
    'We have turned large internal projects into public open source projects.',
    'Projects big enough that other companies build on them once they are released.',
    ['strategy', 'upstream'],
  ),
  statement(
    'archetype-big-project-donate',
    'big-project-facilitator',
    'We have handed a major project to an open source foundation, or we plan to.',
    'A donation that gives the project neutral governance beyond our company.',
    ['open-source-organizations'],
  ),
  statement(
    'archetype-oss-first-default',
    'open-source-first',
    'We look at open source options first whenever we start a new technology effort.',
    'Choosing open source needs no special case; choosing something else does.',
    ['strategy'],
  ),
  statement(
    'archetype-oss-first-map',
    'open-source-first',
    'We keep a current map of the open source projects our business relies on.',
    'Reviewed with the CTO, so gaps, risks and licence changes show up early.',
    ['strategy', 'compliance'],
  ),
  statement(
    'archetype-strategy-advice',
    'technology-strategy-expert',
    'Teams come to our open source program for advice on which technologies are worth betting on.',
    'Like an internal consultancy on the open source landscape.',
    ['advice'],
  ),
  statement(
    'archetype-strategy-roadmap',
    'technology-strategy-expert',
    'Our open source program has a say in where our technology roadmaps are heading.',
    'It works on direction with technology leadership, not only on individual choices.',
    ['advice', 'strategy'],
  ),
  statement(
    'archetype-software-products',
    'software-company',
    'Selling software is our main business.',
    'Software is our product, not only a tool we use; our engineers deal with open source daily.',
    ['talent'],
  ),
  statement(
    'archetype-software-funded-contributors',
    'software-company',
    'We pay people to work full-time on open source projects that our products depend on.',
    'Salaried maintainers or contributors, not occasional help.',
    ['talent', 'upstream'],
  ),
  statement(
    'archetype-standards-bridge',
    'standards-collaborative',
    'We write open source reference code for the standards we help define.',
    'The specification and working code move forward together.',
    ['open-source-organizations'],
  ),
  statement(
    'archetype-standards-both-sides',
    'standards-collaborative',
    'Our standards experts also work in the open source projects that implement those standards.',
    'The same people, or close colleagues, in the committee and in the code.',
    ['open-source-organizations', 'upstream'],
  ),
];
