/**
 * A database as each released schema version left it: one fixture per version, with a row in every
 * table that version had. The migration tests seed the previous version's fixture and open it with the
 * current code; a new schema version adds its fixture here (a test fails until it does).
 */
type Rows = Record<string, Record<string, unknown>[]>;

const settings = {
  frameworkId: 'ospo-maturity',
  frameworkVersion: '1.0.0',
  questionIds: ['licence-process', 'oss-inventory'],
  targetStage: 2,
  anonymity: 'names',
  thresholds: {
    maxIqr: 1,
    minCns: 0.7,
    polarizedBelowA: 0,
    stageThreshold: 0.6,
    stableMaxChangedShare: 0.15,
  },
};

const version1: Rows = {
  workshops: [
    {
      id: 'w1',
      title: 'Spring workshop',
      organization: 'Łódź Cooperative',
      date: '2026-03-01',
      facilitator: 'Ana',
      createdAt: 1,
      updatedAt: 2,
      lastOpenedAt: null,
      settings,
    },
  ],
  teams: [{ id: 't1', workshopId: 'w1', name: 'Legal', color: '#E69F00', order: 0 }],
  participants: [
    {
      id: 'p1',
      workshopId: 'w1',
      displayName: 'Ana',
      alias: 'Participant 1',
      teamId: 't1',
      role: null,
      order: 0,
    },
    {
      id: 'p2',
      workshopId: 'w1',
      displayName: '日本',
      alias: 'Participant 2',
      teamId: null,
      role: 'legal',
      order: 1,
    },
  ],
};

const version2: Rows = {
  ...version1,
  votes: [
    { workshopId: 'w1', questionId: 'licence-process', participantId: 'p1', round: 1, value: 3, at: 10 },
    {
      workshopId: 'w1',
      questionId: 'licence-process',
      participantId: 'p2',
      round: 1,
      value: 'dontKnow',
      at: 11,
    },
  ],
  rounds: [{ workshopId: 'w1', questionId: 'licence-process', round: 1, startedAt: 10, revealedAt: 12 }],
  decisions: [
    {
      workshopId: 'w1',
      questionId: 'licence-process',
      agreedValue: 3,
      rationale: 'Legal reviews every licence',
      notes: '',
      updatedAt: 13,
      createdAt: 13,
      history: [],
    },
  ],
  sessions: [
    { workshopId: 'w1', questionId: 'oss-inventory', captureMode: 'facilitator', skipped: [], updatedAt: 14 },
  ],
  journal: [
    {
      seq: 1,
      workshopId: 'w1',
      at: 10,
      action: 'vote',
      questionId: 'licence-process',
      participantId: 'p1',
      value: 3,
      round: 1,
      changes: [{ table: 'votes', key: ['w1', 'licence-process', 1, 'p1'], before: null }],
    },
  ],
};

const version3: Rows = {
  ...version2,
  frameworks: [
    {
      id: 'ggi-sample',
      version: '0.9.0-sample',
      installedAt: 20,
      framework: {
        id: 'ggi-sample',
        version: '0.9.0-sample',
        title: 'Goals',
        scale: { min: 0, max: 4, labels: [], dontKnowLabel: '?', notApplicableLabel: 'n/a' },
        goals: [{ id: 'usage', name: 'Usage' }],
        questions: [],
      },
    },
  ],
};

// Version 4 only dropped indexes: its rows are version 3's.
const version4: Rows = version3;

// Version 5 keeps a round's votes in one row, in participant id order.
const { votes: _votes, ...version4Rest } = version4;
const version5: Rows = {
  ...version4Rest,
  roundVotes: [
    {
      workshopId: 'w1',
      questionId: 'licence-process',
      round: 1,
      votes: [
        { participantId: 'p1', value: 3, at: 10 },
        { participantId: 'p2', value: 'dontKnow', at: 11, ballotId: 'b-7f3a' },
      ],
    },
  ],
};

export const VERSION_FIXTURES: Readonly<Record<number, Rows>> = {
  1: version1,
  2: version2,
  3: version3,
  4: version4,
  5: version5,
};
