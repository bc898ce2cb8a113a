import { useEffect, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslator } from '../../app/i18n';
import { useAppStore } from '../../store/app-store';
import {
  selectCastVote,
  selectClearVote,
  selectNotify,
  selectReveal,
  selectSaveDecision,
  selectSetCaptureMode,
  selectShowVoters,
  selectStartRound,
  selectSummaryOpen,
} from '../../store/selectors';
import { latestRoundWithVotes, type QuestionRoundsSummary } from '../../../shared/scoring';
import type { Framework, FrameworkQuestion } from '../../../shared/framework';
import type {
  DecisionRecord,
  ParticipantRecord,
  SessionRecord,
  TeamRecord,
  WorkshopRecord,
} from '../../db/records';
import { useOwnedWork } from '../../ui/use-owned-work';
import type { RoundState } from './session-model';
import { SessionProjectorFeed } from '../projector/SessionProjectorFeed';
import { isScreenKey } from './session-keys';
import { LONG_GRID, VoteGrid, type FocusRequest, type VoteGridHandle } from './VoteGrid';
import { PassDevice } from './PassDevice';
import { RevealPanel } from './RevealPanel';
import { DecisionPanel, type DecisionPanelHandle } from './DecisionPanel';
import { QuestionCard } from './SessionChrome';
import { CaptureBar, GridHint, WaitingPanel } from './CaptureParts';

interface QuestionSessionProps {
  workshop: WorkshopRecord;
  framework: Framework;
  question: FrameworkQuestion;
  position: number;
  total: number;
  participants: readonly ParticipantRecord[];
  teams: readonly TeamRecord[];
  session: SessionRecord | null;
  decision: DecisionRecord | undefined;
  /** The question's current round; null until the question's votes are read. */
  state: RoundState | null;
  /** Its rounds' figures, once the round is revealed. */
  summary: QuestionRoundsSummary | null;
  /** The live summary of the whole workshop, shown instead of the results while open. */
  liveSummary: ReactNode;
  focusRequest: FocusRequest | null;
  /** An action of the whole screen (undo) is on its way: keys wait for it. */
  busy: boolean;
  grid: RefObject<VoteGridHandle | null>;
}

/**
 * One question of the session: the question itself, capture (the grid or pass the device) on the left,
 * and on the right what the room is to see — who is still to vote, then the results — with the decision
 * above it. It is mounted afresh for each question, so nothing of the previous question (its votes, a
 * half-typed decision, rows saying Saving) can be taken for this one's while its votes are read.
 *
 * Nothing the facilitator is about to press moves at the reveal: the capture column keeps its height
 * (the hint line has room for either text, the round's verdict is in the results), and the decision and
 * the live-summary toggle sit above the results, not below them.
 */
export function QuestionSession({
  workshop,
  framework,
  question,
  position,
  total,
  participants,
  teams,
  session,
  decision,
  state,
  summary,
  liveSummary,
  focusRequest,
  busy,
  grid,
}: QuestionSessionProps) {
  const tr = useTranslator();
  const { t } = tr;
  const wid = workshop.id;
  const settings = workshop.settings;
  const owned = useOwnedWork();
  const summaryOpen = useAppStore(selectSummaryOpen);
  const castVote = useAppStore(selectCastVote);
  const clearVote = useAppStore(selectClearVote);
  const reveal = useAppStore(selectReveal);
  const startRound = useAppStore(selectStartRound);
  const saveDecision = useAppStore(selectSaveDecision);
  const setMode = useAppStore(selectSetCaptureMode);
  const showVoters = useAppStore(selectShowVoters);
  const notify = useAppStore(selectNotify);
  const decisionPanel = useRef<DecisionPanelHandle>(null);
  // A new round is on its way: keys typed meanwhile belong to it, not to the revealed round before it.
  const [roundPending, setRoundPending] = useState(false);

  const mode = session?.captureMode ?? 'facilitator';
  const passing = mode === 'pass' && state !== null && !state.revealed;
  const round = state?.round ?? 1;
  const revealed = state?.revealed ?? false;
  const voted = state ? participants.filter((p) => state.votes.has(p.id)).length : 0;
  const everyoneVoted = participants.length > 0 && voted === participants.length;
  const named = settings.anonymity === 'names';
  const votersShown =
    named &&
    revealed &&
    session?.votersShown?.questionId === question.id &&
    session.votersShown.round === round;

  const doReveal = () => void reveal(wid, question.id, round);
  const nextRound = async () => {
    setRoundPending(true);
    await startRound(wid, question.id);
    if (owned.alive()) setRoundPending(false);
  };

  // This question's own shortcuts: D opens the decision, Shift+Enter starts the next round once revealed.
  const keys = useRef({ revealed, nextRound });
  useLayoutEffect(() => {
    keys.current = { revealed, nextRound };
  });
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (!isScreenKey(event) || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === 'Enter' && event.shiftKey && keys.current.revealed) {
        event.preventDefault();
        void keys.current.nextRound();
      } else if ((event.key === 'd' || event.key === 'D') && !event.shiftKey) {
        event.preventDefault();
        decisionPanel.current?.open();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Read from this question's own rounds so it shows with the reveal rather than a frame after it.
  const computedValue = summary ? (latestRoundWithVotes(summary, round)?.statistics.median ?? null) : null;
  const target = (participantId: string) => ({
    workshopId: wid,
    questionId: question.id,
    participantId,
    round,
  });

  return (
    <>
      {state ? (
        <SessionProjectorFeed
          workshopId={wid}
          question={question}
          framework={framework}
          position={position}
          total={total}
          round={round}
          current={summary?.rounds.find((r) => r.round === round)}
          revealed={revealed}
          voted={voted}
          participants={participants}
          anonymity={settings.anonymity}
          whoVotedWhat={votersShown}
        />
      ) : null}
      <QuestionCard
        question={question}
        framework={framework}
        position={position}
        total={total}
        round={round}
      />
      <div className={`session-body${participants.length > LONG_GRID ? ' has-long-grid' : ''}`}>
        <section className="capture" aria-labelledby="capture-title">
          <CaptureBar
            voted={voted}
            total={participants.length}
            revealed={revealed}
            round={round}
            mode={mode}
            onReveal={doReveal}
            onNextRound={() => void nextRound()}
            onMode={(m) => void setMode(wid, m)}
          />
          <GridHint revealed={revealed} round={round} anonymity={settings.anonymity} />
          {participants.length === 0 ? <p>{t('session.noParticipants')}</p> : null}
          {!passing ? (
            <VoteGrid
              scope={`${question.id}/${round}`}
              participants={participants}
              teams={teams}
              state={state}
              ready={!roundPending && !busy}
              showValues={votersShown}
              scale={framework.scale}
              focusRequest={focusRequest}
              handle={grid}
              onVote={(pid, value) => castVote(target(pid), value)}
              onClear={(pid) => clearVote(target(pid))}
              onRevealRequest={() => everyoneVoted && !revealed && doReveal()}
              onLocked={() => notify('info', t('session.grid.locked', { round, next: round + 1 }))}
            />
          ) : (
            <PassDevice
              key={`${question.id}-${round}`}
              question={question}
              scale={framework.scale}
              queue={participants.filter((p) => !state?.votes.has(p.id))}
              onVote={(pid, value) => castVote(target(pid), value)}
              onExit={() => void setMode(wid, 'facilitator')}
            />
          )}
        </section>

        <aside className="session-side">
          <DecisionPanel
            decision={decision}
            computedValue={revealed ? computedValue : null}
            hidden={!revealed}
            scale={framework.scale}
            handle={decisionPanel}
            onSave={(input) => saveDecision({ workshopId: wid, questionId: question.id, ...input })}
          />
          {summaryOpen ? (
            liveSummary
          ) : revealed && summary ? (
            <RevealPanel
              summary={summary}
              round={round}
              participants={participants}
              anonymity={settings.anonymity}
              votersShown={votersShown}
              onShowVoters={
                named
                  ? (show) => void showVoters(wid, show ? { questionId: question.id, round } : null)
                  : null
              }
            />
          ) : state ? (
            <WaitingPanel participants={participants} votes={state.votes} scale={framework.scale} />
          ) : null}
        </aside>
      </div>
    </>
  );
}
