import type { Framework, FrameworkQuestion } from '../../../shared/framework';
import type { VoteValue } from '../../../shared/model/types';
import type { RoundRecord, VoteRecord } from '../../db/records';
import type { QuestionResult } from '../../../shared/scoring/types';

/** The names of the roles a question concerns (frameworks such as GGI list several per activity). */
export function questionRoles(question: FrameworkQuestion, framework: Framework): string[] {
  return (question.roles ?? []).map((id) => framework.roles.find((r) => r.id === id)?.name ?? id);
}

export interface RoundState {
  /** The round votes go into now. */
  round: number;
  revealed: boolean;
  votes: Map<string, VoteRecord>;
}

/** The current round of a question: the last one started (round 1 before anything happened). */
export function currentRoundState(rounds: readonly RoundRecord[], votes: readonly VoteRecord[]): RoundState {
  const last = rounds.reduce<RoundRecord | null>((a, r) => (a === null || r.round > a.round ? r : a), null);
  const round = last?.round ?? 1;
  const map = new Map<string, VoteRecord>();
  for (const v of votes) if (v.round === round) map.set(v.participantId, v);
  return { round, revealed: Boolean(last?.revealedAt), votes: map };
}

/** Maps a key press in the vote grid to a vote, 'clear', or null when the key means nothing here. */
export function keyToVote(key: string): VoteValue | 'clear' | null {
  if (key >= '0' && key <= '4' && key.length === 1) return Number(key) as 0 | 1 | 2 | 3 | 4;
  if (key === '?') return 'dontKnow';
  if (key === 'n' || key === 'N') return 'notApplicable';
  if (key === 'Backspace' || key === 'Delete') return 'clear';
  return null;
}

export interface QuestionProgress {
  answered: ReadonlySet<string>;
  revealed: ReadonlySet<string>;
  consensus: ReadonlySet<string>;
}

/**
 * Where the session stands: questions with any vote (`answered`), questions whose latest round is
 * revealed, and revealed questions the engine finds in consensus (never counted before the room has
 * seen them).
 */
export function sessionProgress(
  answered: ReadonlySet<string>,
  rounds: readonly RoundRecord[],
  results: readonly QuestionResult[],
): QuestionProgress {
  const latest = new Map<string, RoundRecord>();
  for (const r of rounds) {
    const current = latest.get(r.questionId);
    if (current === undefined || r.round > current.round) latest.set(r.questionId, r);
  }
  const revealed = new Set([...latest].filter(([, r]) => r.revealedAt !== null).map(([q]) => q));
  const consensus = new Set(
    results.filter((q) => q.status === 'consensus' && revealed.has(q.questionId)).map((q) => q.questionId),
  );
  return { answered, revealed, consensus };
}

/**
 * Skip and come back: where "Skip for now" goes and the skip list it leaves. The current question joins
 * the list; the destination is the next question not skipped, else (at the end) the first one skipped
 * earlier. Arriving at a question takes it off the list: the facilitator came back to it.
 */
export function skipFrom(
  order: readonly string[],
  current: string,
  skipped: readonly string[],
): { to: string | null; skipped: string[] } {
  const index = order.indexOf(current);
  const list = [...skipped.filter((id) => id !== current), current];
  const to =
    order.slice(index + 1).find((id) => !list.includes(id)) ??
    order.find((id) => list.includes(id) && id !== current) ??
    null;
  return { to, skipped: to === null ? list : list.filter((id) => id !== to) };
}

/** Where capture starts in a round: the first person without a vote in it (the first row when all have one). */
export function firstWithoutVote(participants: readonly { id: string }[], state: RoundState): number {
  const index = participants.findIndex((p) => !state.votes.has(p.id));
  return index < 0 ? 0 : index;
}
