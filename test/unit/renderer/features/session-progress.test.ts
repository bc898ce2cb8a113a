import { describe, expect, it } from 'vitest';
import { sessionProgress, skipFrom } from '../../../../renderer/features/session/session-model';
import type { RoundRecord } from '../../../../renderer/db/records';
import type { QuestionResult } from '../../../../shared/scoring/types';

const round = (questionId: string, n: number, revealed: boolean): RoundRecord => ({
  workshopId: 'w',
  questionId,
  round: n,
  startedAt: 0,
  revealedAt: revealed ? 1 : null,
});
const result = (questionId: string, status: QuestionResult['status']) =>
  ({ questionId, status }) as QuestionResult;

describe('session progress', () => {
  it('counts revealed (latest round) and consensus only once revealed', () => {
    const progress = sessionProgress(
      new Set(['q1', 'q2', 'q3']),
      [round('q1', 1, true), round('q2', 1, false), round('q3', 2, false), round('q3', 1, true)],
      [result('q1', 'consensus'), result('q2', 'consensus'), result('q3', 'consensus')],
    );
    // q3's re-vote is hidden again: it is not revealed, so its consensus is not counted yet.
    expect([...progress.revealed]).toEqual(['q1']);
    expect([...progress.consensus]).toEqual(['q1']);
  });

  it('skip and come back: on to the next unskipped question, then round to the skipped ones', () => {
    const order = ['q1', 'q2', 'q3', 'q4'];
    expect(skipFrom(order, 'q1', [])).toEqual({ to: 'q2', skipped: ['q1'] });
    expect(skipFrom(order, 'q2', ['q1'])).toEqual({ to: 'q3', skipped: ['q1', 'q2'] });
    // q3 was skipped earlier and is passed over; at the end the first skipped question comes back.
    expect(skipFrom(order, 'q2', ['q3'])).toEqual({ to: 'q4', skipped: ['q3', 'q2'] });
    expect(skipFrom(order, 'q4', ['q1', 'q2'])).toEqual({ to: 'q1', skipped: ['q2', 'q4'] });
    // Everything else is skipped already and nothing is left to go to: the list just records q4.
    expect(skipFrom(['q4'], 'q4', [])).toEqual({ to: null, skipped: ['q4'] });
  });
});
