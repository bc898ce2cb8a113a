import { useCallback, useEffect, useMemo } from 'react';
import { useTranslator } from '../../app/i18n';
import { findFramework } from '../../app/frameworks';
import { useWorkshopView } from '../../db/use-workshop-view';
import type { WorkshopView } from '../../db/workshop-watch';
import { useAppStore } from '../../store/app-store';
import {
  selectCastVote,
  selectClearVote,
  selectGoToQuestion,
  selectNavigate,
  selectNotify,
  selectReveal,
  selectSaveDecision,
  selectSetCaptureMode,
  selectSetSkipped,
  selectStartRound,
  selectSummaryOpen,
  selectToggleSummary,
  selectUndo,
} from '../../store/selectors';
import { latestRoundWithVotes, reVoteAdvice } from '../../../shared/scoring';
import type { VoteValue } from '../../../shared/model/types';
import type { JournalEntry, WorkshopRecord } from '../../db/records';
import type { Framework } from '../../../shared/framework';
import { skipFrom } from './session-model';
import { useQuestionData, useSessionFigures } from './use-session-data';
import { VoteGrid } from './VoteGrid';
import { PassDevice } from './PassDevice';
import { RevealPanel } from './RevealPanel';
import { DecisionPanel } from './DecisionPanel';
import { ProgressLine, QuestionNav } from './QuestionNav';
import { SummaryPanel } from './SummaryPanel';
import { QuestionCard, SessionHeader } from './SessionChrome';
import { RoomControls } from '../room/RoomControls';
import { usePhoneRoom } from '../room/use-phone-room';
import { SessionProjectorFeed } from '../projector/SessionProjectorFeed';

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return (
    !!el &&
    (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable)
  );
}

export function SessionScreen({ workshopId }: { workshopId: string }) {
  const view = useWorkshopView(workshopId);
  const workshop = view?.workshop;
  const framework = workshop ? findFramework(workshop.settings.frameworkId) : undefined;
  if (view === undefined) return null;
  if (!workshop || !framework) return <MissingWorkshop />;
  return <Session view={view} workshop={workshop} framework={framework} />;
}

function MissingWorkshop() {
  const { t } = useTranslator();
  return (
    <main id="main" className="screen" tabIndex={-1}>
      <h1>{t('workshop.notFound')}</h1>
      <a href="#/">{t('nav.allWorkshops')}</a>
    </main>
  );
}

function Session({
  view,
  workshop,
  framework,
}: {
  view: WorkshopView;
  workshop: WorkshopRecord;
  framework: Framework;
}) {
  const tr = useTranslator();
  const { t } = tr;
  const wid = workshop.id;
  const settings = workshop.settings;
  const questions = useMemo(
    () =>
      settings.questionIds
        .map((id) => framework.questions.find((q) => q.id === id))
        .filter((q) => q !== undefined),
    [settings.questionIds, framework],
  );
  const { position, participants, teams, decisions } = view;
  const summaryOpen = useAppStore(selectSummaryOpen);
  const toggleSummary = useAppStore(selectToggleSummary);
  const navigate = useAppStore(selectNavigate);
  const castVote = useAppStore(selectCastVote);
  const clearVote = useAppStore(selectClearVote);
  const reveal = useAppStore(selectReveal);
  const startRound = useAppStore(selectStartRound);
  const saveDecision = useAppStore(selectSaveDecision);
  const goTo = useAppStore(selectGoToQuestion);
  const setMode = useAppStore(selectSetCaptureMode);
  const setSkipped = useAppStore(selectSetSkipped);
  const undo = useAppStore(selectUndo);
  const notify = useAppStore(selectNotify);

  const currentId =
    position?.questionId && questions.some((q) => q.id === position.questionId)
      ? position.questionId
      : (questions[0]?.id ?? null);
  const question = questions.find((q) => q.id === currentId);
  const qIndex = questions.findIndex((q) => q.id === currentId);
  const { state, summary } = useQuestionData(view, currentId, settings);
  const { result, progress } = useSessionFigures(view, framework, settings);
  const mode = position?.captureMode ?? 'facilitator';
  // The pass-the-device cover is up (it gives way to the grid once the round is revealed).
  const passing = mode === 'pass' && !state.revealed;
  const skipped = useMemo(() => position?.skipped ?? [], [position]);
  // The panel renders again when the figures change, not on every vote.
  const liveSummary = useMemo(
    () => <SummaryPanel result={result} framework={framework} teams={teams} />,
    [framework, result, teams],
  );

  // Arriving at a skipped question takes it off the skip list: the facilitator came back to it.
  const go = useCallback(
    (questionId: string) => {
      void goTo(
        wid,
        questionId,
        skipped.includes(questionId) ? skipped.filter((id) => id !== questionId) : undefined,
      );
    },
    [goTo, skipped, wid],
  );

  // Said on the shared screen: names the person (the grid shows names too) but never the value, which
  // belonged to a round that was hidden again or not revealed yet.
  const describeUndo = useCallback(
    (entry: JournalEntry) => {
      const n = questions.findIndex((q) => q.id === entry.questionId) + 1;
      const name = participants.find((x) => x.id === entry.participantId)?.displayName ?? '';
      switch (entry.action) {
        case 'vote':
          return t('session.undo.vote', { name, n });
        case 'clearVote':
          return t('session.undo.clearVote', { name, n });
        case 'reveal':
          return t('session.undo.reveal', { n });
        case 'newRound':
          return t('session.undo.newRound', { n, round: entry.round ?? '' });
        case 'decision':
          return t('session.undo.decision', { n });
      }
    },
    [participants, questions, t],
  );

  // Screen-wide shortcuts: clicker keys for navigation, Ctrl/Cmd+Z for undo (not while typing text).
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (isTyping(event.target) || passing) return;
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z' && !event.shiftKey) {
        event.preventDefault();
        void undo(wid, describeUndo);
      } else if (event.key === 'PageDown' && questions[qIndex + 1]) {
        event.preventDefault();
        go(questions[qIndex + 1]!.id);
      } else if (event.key === 'PageUp' && questions[qIndex - 1]) {
        event.preventDefault();
        go(questions[qIndex - 1]!.id);
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [describeUndo, go, passing, qIndex, questions, undo, wid]);

  useEffect(() => {
    document.title = `${t('session.title')} — ${workshop.title}`;
  }, [t, workshop.title]);

  // Phones see the question only when it is open for them; the room follows this screen.
  usePhoneRoom({
    workshopId: wid,
    framework,
    question,
    position: qIndex + 1,
    total: questions.length,
    state,
  });

  if (!question) {
    return (
      <main id="main" className="screen" tabIndex={-1}>
        <SessionHeader workshop={workshop} onSetup={() => navigate({ name: 'workshop', workshopId: wid })} />
        {questions.length === 0 ? <p>{t('session.noQuestions')}</p> : null}
      </main>
    );
  }

  const voted = participants.filter((p) => state.votes.has(p.id)).length;
  const everyoneVoted = participants.length > 0 && voted === participants.length;
  const decision = decisions.find((d) => d.questionId === question.id);
  const currentSummary = summary?.rounds.find((r) => r.round === state.round);
  const target = (participantId: string) => ({
    workshopId: wid,
    questionId: question.id,
    participantId,
    round: state.round,
  });
  const doReveal = () => void reveal(wid, question.id, state.round);
  const advice = reVoteAdvice(currentSummary, state.round);
  // Read from this question's own rounds so it shows with the reveal rather than a frame after it.
  const computedValue = summary
    ? (latestRoundWithVotes(summary, state.round)?.statistics.median ?? null)
    : null;

  return (
    <main id="main" className="screen session" tabIndex={-1}>
      <SessionHeader workshop={workshop} onSetup={() => navigate({ name: 'workshop', workshopId: wid })}>
        <ProgressLine questions={questions} progress={progress} skipped={skipped} />
      </SessionHeader>
      <SessionProjectorFeed
        workshopId={wid}
        question={question}
        framework={framework}
        position={qIndex + 1}
        total={questions.length}
        round={state.round}
        current={currentSummary}
        revealed={state.revealed}
        voted={voted}
        participants={participants}
        anonymity={settings.anonymity}
      />
      <QuestionNav
        questions={questions}
        currentId={question.id}
        skipped={skipped}
        progress={progress}
        onGo={go}
        onUndo={() => void undo(wid, describeUndo)}
        onSkip={() => {
          const next = skipFrom(
            questions.map((q) => q.id),
            question.id,
            skipped,
          );
          if (next.to === null) void setSkipped(wid, next.skipped);
          else void goTo(wid, next.to, next.skipped);
        }}
        onBackToSkipped={() => skipped[0] && go(skipped[0])}
      />

      <QuestionCard
        question={question}
        framework={framework}
        position={qIndex + 1}
        total={questions.length}
        round={state.round}
      />

      <div className="session-body">
        <div className="session-main">
          <section className="capture" aria-labelledby="capture-title">
            <div className="capture-bar">
              <h2 id="capture-title" className="voted-count" data-testid="voted-count" aria-live="polite">
                {t('session.voted', { voted, total: participants.length })}
              </h2>
              {!state.revealed ? (
                <button
                  type="button"
                  className="button-primary button-reveal"
                  disabled={voted === 0}
                  onClick={doReveal}
                >
                  {t('session.reveal')} <kbd>{t('session.reveal.shortcut')}</kbd>
                </button>
              ) : (
                <button type="button" onClick={() => void startRound(wid, question.id)}>
                  {t('session.newRound', { round: state.round + 1 })}
                </button>
              )}
              <div className="mode-switch" role="group" aria-label={t('session.mode.label')}>
                {(['facilitator', 'pass'] as const).map((m) => (
                  <button
                    key={m}
                    type="button"
                    aria-pressed={mode === m}
                    onClick={() => void setMode(wid, m)}
                  >
                    {t(`session.mode.${m}`)}
                  </button>
                ))}
              </div>
              <RoomControls
                workshop={workshop}
                participants={participants}
                questionId={question.id}
                round={state.round}
                revealed={state.revealed}
              />
            </div>
            {state.revealed ? (
              <p className="round-advice muted">
                {advice ? t(`session.stop.${advice}`) : t('session.newRound.hint')}
              </p>
            ) : null}
            {participants.length === 0 ? <p>{t('session.noParticipants')}</p> : null}
            {!passing ? (
              <VoteGrid
                scope={`${question.id}/${state.round}`}
                participants={participants}
                teams={teams}
                state={state}
                anonymity={settings.anonymity}
                onVote={(pid, value: VoteValue) => castVote(target(pid), value)}
                onClear={(pid) => clearVote(target(pid))}
                onRevealRequest={() => everyoneVoted && !state.revealed && doReveal()}
                onLocked={() =>
                  notify('info', t('session.grid.locked', { round: state.round, next: state.round + 1 }))
                }
              />
            ) : (
              <PassDevice
                key={`${question.id}-${state.round}`}
                question={question}
                scale={framework.scale}
                queue={participants.filter((p) => !state.votes.has(p.id))}
                onVote={(pid, value) => castVote(target(pid), value)}
                onExit={() => void setMode(wid, 'facilitator')}
              />
            )}
          </section>
          <DecisionPanel
            key={question.id}
            decision={decision}
            computedValue={computedValue}
            hidden={!state.revealed}
            onSave={(input) => saveDecision({ workshopId: wid, questionId: question.id, ...input })}
          />
        </div>

        <aside className="session-side">
          {summary ? (
            <RevealPanel
              summary={summary}
              round={state.round}
              participants={participants}
              anonymity={settings.anonymity}
            />
          ) : null}
          <div className="summary-toggle">
            <button type="button" aria-expanded={summaryOpen} onClick={toggleSummary}>
              {summaryOpen ? t('session.summary.hide') : t('session.summary.show')}
            </button>
          </div>
          {summaryOpen ? liveSummary : null}
        </aside>
      </div>
    </main>
  );
}
