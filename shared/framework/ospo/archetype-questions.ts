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
    'We work on open source building blocks that many industries depend on, such as languages, frameworks or infrastructure.',
    'Problems that are not specific to our sector.',
    ['upstream', 'open-source-organizations'],
  ),
  statement(
    'archetype-cross-industry-tooling',
    'cross-industry-collaborative',
    'We build tooling that makes it easier for our engineers to use open source and to give back.',
    'Internal platforms, templates or bots that take the friction out of consuming and contributing.',
    ['reduce-friction', 'infrastructure'],
  ),
  statement(
    'archetype-big-project-incubate',
    'big-project-facilitator',
    'We grow large, complex projects inside the company before opening them to the world.',
    'Projects big enough that outside companies build on them once they are public.',
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
    'For any new technology initiative, open source is our first choice unless there is a good reason against it.',
    'The default, not an exception that needs approval.',
    ['strategy'],
  ),
  statement(
    'archetype-oss-first-map',
    'open-source-first',
    'We keep a map of the open source projects and capabilities we rely on, and we follow licence trends closely.',
    'Reviewed with the CTO, so gaps and risks are visible early.',
    ['strategy', 'compliance'],
  ),
  statement(
    'archetype-strategy-advice',
    'technology-strategy-expert',
    'Teams come to the open source program for advice on which technologies are worth betting on.',
    'Like an internal consultancy on the open source landscape.',
    ['advice'],
  ),
  statement(
    'archetype-strategy-roadmap',
    'technology-strategy-expert',
    'The open source program helps shape our technology roadmaps together with the CTO and engineering leaders.',
    'It has a say in direction, not only in individual choices.',
    ['advice', 'strategy'],
  ),
  statement(
    'archetype-software-products',
    'software-company',
    'We build and sell software, so our developers already know open source well.',
    'Software is our product, not only a tool we use.',
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
    'We connect open source projects with standards bodies, for example by building an implementation alongside a standard.',
    'Standards work and open code moving forward together.',
    ['open-source-organizations'],
  ),
  statement(
    'archetype-standards-both-sides',
    'standards-collaborative',
    'People from our organization take part both in standards work and in the open source projects that implement it.',
    'The same people, or close colleagues, on both sides.',
    ['open-source-organizations', 'upstream'],
  ),
];
