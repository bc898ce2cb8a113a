/**
 * The rules behind every figure, in words, for the explanation panels and the report's method
 * appendix. Each result carries the numbers these rules were applied to.
 */
export const SCORING_RULES = {
  votes:
    '"Don\'t know" and "not applicable" are counted and shown but are not votes; they take part in no statistic.',
  round:
    "A question's figures come from its latest round that has votes; earlier rounds are kept for stability. " +
    'A participant who re-records a vote in the same round counts once, with the latest entry.',
  consensusValue:
    "The consensus value is the type-7 median of the round's votes; an agreed value recorded by the facilitator replaces it for scoring, and both are shown.",
  status:
    'Consensus when IQR ≤ the maximum IQR and Cns ≥ the minimum Cns; otherwise polarized when A is below the polarization limit; otherwise split. With a single vote agreement is undetermined.',
  stability:
    'A re-vote is stable when the median did not change and at most the stable share of the people who voted in both rounds changed their vote.',
  stageAttainment:
    'Attainment of a stage = mean value of its practice questions / 4, leaving out questions without a value. ' +
    'A stage without any value counts as not met. A stage with no practice question in the question set is marked "not assessed": ' +
    'it also counts as not met, because the model is cumulative and nothing shows that its practices are in place, so the stage reached stops below it.',
  stageReached:
    'The stage reached is the highest stage s such that every stage 1..s meets the threshold (the model is cumulative); otherwise 0.',
  gridY:
    'Y = E / 5 with E = stage reached + progress: below stage 4, progress = attainment of the next stage / threshold; at stage 4, how far attainment sits between the threshold and 1, capped just below 1 so a perfect score stays inside the grid.',
  gridX:
    'X = mean value of the involvement questions / 4 (consumer → participant → contributor → leader). A point left of its band start is shown where it is and called out.',
  enablers:
    'Each enabler = mean value of its questions / 4. Enablers are a capacity profile; they do not move the point.',
  responsibilityAreas:
    'Each responsibility area = mean value / 4 of the stage, involvement and enabler questions tagged with it.',
  archetypeMix:
    "A participant's mix = their archetype ratings summed per archetype, normalized to 1 (all zero: no mix). A group's or team's mix is the linear pool of its participants' mixes with equal weights, with the min–max spread.",
  teams:
    "A team's value for a question is the median of its members' votes in that question's latest round; overrides are decisions of the whole group and do not apply to teams.",
  participants: "A participant's value for a question is their own vote in that question's latest round.",
  alpha:
    "Krippendorff's ordinal α over all questions in play (questions are units, participants are coders). ≥ .800 reliable, ≥ .667 tentative, below: a conversation starter.",
  strengths:
    'Strengths: stage, involvement and enabler questions with a value ≥ 3, highest first (5 at most).',
  gaps: 'Gaps: stage, involvement and enabler questions whose value / 4 is below the stage threshold, lowest first (5 at most); with a target stage, practices of stages above the target are left out.',
  nextSteps:
    'Recommended next steps: the checklist items of the stage after the one reached with the lowest scores (3 by default); unrated items come after rated ones.',
  targetGap:
    'Gap to the target stage: the stages between the one reached and the target, each with how far its attainment is below the threshold.',
  teamComparison:
    'Team comparison: for every pair of teams, the difference between their values per question (team A − team B), largest first.',
} as const;

export type ScoringRuleId = keyof typeof SCORING_RULES;

/**
 * Which rule each figure of a result object follows. Every explained object carries one of these maps
 * as its `rules` field, keyed by the figure's field name, so a screen can go from any number to the
 * rule behind it. The maps are shared constants: a large workshop holds thousands of objects that all
 * point at the same few maps instead of carrying copies.
 */
type RuleMap = Readonly<Record<string, ScoringRuleId>>;

export const QUESTION_RULES = {
  votes: 'votes',
  round: 'round',
  consensusValue: 'consensusValue',
  scoringValue: 'consensusValue',
  status: 'status',
} as const satisfies RuleMap;

export const STABILITY_RULES = { stable: 'stability' } as const satisfies RuleMap;

export const STAGE_RULES = {
  attainment: 'stageAttainment',
  notAssessed: 'stageAttainment',
  meetsThreshold: 'stageReached',
  reached: 'stageReached',
} as const satisfies RuleMap;

export const PROFILE_RULES = {
  stageReached: 'stageReached',
  nextStageAttainment: 'stageAttainment',
} as const satisfies RuleMap;

export const GRID_POINT_RULES = {
  x: 'gridX',
  leftOfBand: 'gridX',
  y: 'gridY',
  execution: 'gridY',
  progress: 'gridY',
} as const satisfies RuleMap;

export const ENABLER_RULES = { value: 'enablers' } as const satisfies RuleMap;
export const AREA_RULES = { value: 'responsibilityAreas' } as const satisfies RuleMap;
export const MIX_RULES = { shares: 'archetypeMix' } as const satisfies RuleMap;
export const TEAM_RULES = { questions: 'teams', profile: 'teams' } as const satisfies RuleMap;
export const TEAM_VALUE_RULES = { median: 'teams' } as const satisfies RuleMap;
export const PARTICIPANT_RULES = { profile: 'participants' } as const satisfies RuleMap;
export const ALPHA_RULES = { value: 'alpha', reading: 'alpha' } as const satisfies RuleMap;

export const WORKSHOP_RULES = {
  strengths: 'strengths',
  gaps: 'gaps',
  withoutConsensus: 'status',
  recommendedNextSteps: 'nextSteps',
  teamComparison: 'teamComparison',
  targetGap: 'targetGap',
  notAssessedStages: 'stageAttainment',
} as const satisfies RuleMap;
