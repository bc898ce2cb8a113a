import type { RuleMessageKey } from '../../scoring/rules';

/**
 * English wording of the scoring rules (shared/scoring/rules.ts), for the explanation panels and the
 * report's method appendix. `{name}` placeholders are the rule's params. The type below makes a rule
 * without words, or words for a rule that does not exist, a compile error.
 */
export const ruleMessages = {
  'rule.votes':
    '"Don\'t know" and "not applicable" are counted and shown but are not votes; they take part in no statistic.',
  'rule.round':
    "A question's figures come from its latest round that has votes; earlier rounds are kept to judge stability. A participant who re-records a vote in the same round counts once, with the latest entry.",
  'rule.consensusValue':
    "The consensus value is the type-7 median of the round's votes. An agreed value recorded by the facilitator replaces it for scoring; both are shown.",
  'rule.status':
    'Consensus when the IQR is at most the maximum IQR and Cns is at least the minimum Cns; otherwise polarized when A is below the polarization limit; otherwise split. With a single vote, agreement cannot be judged.',
  'rule.stability':
    'A re-vote is stable when the median did not change and no more than the stable share of the people who answered in both rounds changed their answer (a move to or from “don’t know” or “not applicable” is a change).',
  'rule.stageAttainment':
    'The attainment of a stage is the mean value of its practice questions divided by 4, leaving out questions without a value. A stage where no question has a value counts as not met. A stage with no question in the question set is not assessed: it counts as not met too, since nothing shows its practices are in place, so the stage reached stops below it.',
  'rule.stageReached':
    'The stage reached is the highest stage s for which every stage from 1 to s meets the threshold (stages build on each other); otherwise 0.',
  'rule.gridY':
    'Ability to execute: y = E / 5, where E is the stage reached plus the progress towards the next stage. Below stage 4 the progress is the next stage’s attainment divided by the threshold; at stage 4 it is how far the attainment sits between the threshold and 1, kept just below 1 so a perfect score stays inside the grid.',
  'rule.gridX':
    'Involvement: x is the mean value of the involvement questions divided by 4 (consumer, participant, contributor, leader). A point left of where its band starts is drawn where it is and pointed out.',
  'rule.enablers':
    'Each enabler is the mean value of its questions divided by 4. Enablers form a capacity profile beside the grid; they do not move the point.',
  'rule.responsibilityAreas':
    'Each responsibility area is the mean value, divided by 4, of the stage, involvement and enabler questions tagged with it.',
  'rule.goals':
    'Each goal is the mean value, divided by 4, of the questions (activities) that belong to it, leaving out questions without a value.',
  'rule.archetypeMix':
    "A participant's mix is their ratings of the archetype statements, summed per archetype and scaled to add up to 1 (all zero: no mix). A group's or team's mix is the average of its participants' mixes (a linear pool with equal weights), with the lowest and highest share per archetype.",
  'rule.teams':
    "A team's value for a question is the median of its members' votes in that question's latest round. Agreed values are decisions of the whole group and do not apply to teams.",
  'rule.participants':
    "A participant's value for a question is their own vote in that question's latest round.",
  'rule.alpha':
    "Krippendorff's ordinal α over the questions in play (each question is a unit, each participant a coder); questions with fewer than two votes cannot be paired and are left out. From .800: reliable; from .667: tentative; below: a starting point for discussion rather than a measurement.",
  'rule.strengths':
    'Strengths: stage, involvement and enabler questions with a value of {minValue} or more, highest first ({limit} at most).',
  'rule.gaps':
    'Gaps: stage, involvement and enabler questions whose value divided by 4 is below the stage threshold, lowest first ({limit} at most). With a target stage, practices of stages above the target are left out.',
  'rule.nextSteps':
    'Recommended next steps: the {limit} checklist items of the stage after the one reached with the lowest scores; items nobody rated come after rated ones.',
  'rule.targetGap':
    'Gap to the target stage: each stage between the one reached and the target, with how far its attainment falls short of the threshold.',
  'rule.teamComparison':
    'Team comparison: for every pair of teams, the difference between their values on each question (first team minus second), largest first.',
} as const satisfies Record<RuleMessageKey, string>;
