import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslator } from '../../app/i18n';
import { useFramework } from '../../db/hooks';
import { useWorkshopView } from '../../db/use-workshop-view';
import type { WorkshopView } from '../../db/workshop-watch';
import { useAppStore } from '../../store/app-store';
import {
  selectGoToQuestion,
  selectNavigate,
  selectNotify,
  selectSetSkipped,
  selectSummaryOpen,
  selectToggleSummary,
  selectUndo,
} from '../../store/selectors';
import type { JournalEntry, WorkshopRecord } from '../../db/records';
import type { Framework } from '../../../shared/framework';
import { useOwnedWork } from '../../ui/use-owned-work';
import { skipFrom } from './session-model';
import { useQuestionData, useSessionFigures } from './use-session-data';
import { isLetterKey, isScreenKey, isVoteKey } from './session-keys';
import type { FocusRequest, VoteGridHandle } from './VoteGrid';
import { ProgressLine, QuestionNav } from './QuestionNav';
import { QuestionJump } from './QuestionJump';
import { QuestionSession } from './QuestionSession';
import { SummaryPanel } from './SummaryPanel';
import { SessionHeader } from './SessionChrome';
import { RoomControls } from '../room/RoomControls';
import { usePhoneRoom } from '../room/use-phone-room';
import { Loading } from '../../app/screen-state';

export function SessionScreen({ workshopId }: { workshopId: string }) {
  const view = useWorkshopView(workshopId);
  const workshop = view?.workshop;
  const framework = useFramework(
    workshop?.settings.frameworkId ?? '',
    workshop?.settings.frameworkVersion ?? '',
  );
  if (view === undefined || (workshop && framework === undefined)) return <Loading what="session" />;
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
  const owned = useOwnedWork();
  const questions = useMemo(
    () =>
      settings.questionIds
        .map((id) => framework.questions.find((q) => q.id === id))
        .filter((q) => q !== undefined),
    [settings.questionIds, framework],
  );
  const { position, participants, teams, decisions } = view;
  const navigate = useAppStore(selectNavigate);
  const goTo = useAppStore(selectGoToQuestion);
  const setSkipped = useAppStore(selectSetSkipped);
  const undo = useAppStore(selectUndo);
  const notify = useAppStore(selectNotify);
  const summaryOpen = useAppStore(selectSummaryOpen);
  const toggleSummary = useAppStore(selectToggleSummary);
  const grid = useRef<VoteGridHandle>(null);
  const [focusRequest, setFocusRequest] = useState<(FocusRequest & { questionId: string }) | null>(null);
  const [jumpOpen, setJumpOpen] = useState(false);
  const [undoing, setUndoing] = useState(0);
  // The question the facilitator moved to, shown at once while the move is saved: keys typed right
  // after PageDown belong to the new question, never to the one being left.
  const [moving, setMoving] = useState<string | null>(null);

  const saved =
    position?.questionId && questions.some((q) => q.id === position.questionId)
      ? position.questionId
      : (questions[0]?.id ?? null);
  const currentId = moving ?? saved;
  useEffect(() => {
    if (moving !== null && position?.questionId === moving) setMoving(null);
  }, [moving, position?.questionId]);
  const question = questions.find((q) => q.id === currentId);
  const qIndex = questions.findIndex((q) => q.id === currentId);
  const skipped = useMemo(() => position?.skipped ?? [], [position]);

  // The view reads the question it follows (the saved position) before showing it, and every other one
  // once complete. Until then a question moved to has no votes in the view: not none, unknown.
  const { state, summary } = useQuestionData(view, currentId, settings);
  const ready = view.complete || currentId === saved;
  const { result, progress } = useSessionFigures(view, framework, settings);
  // The panel renders again when the figures change, not on every vote.
  const liveSummary = useMemo(
    () => <SummaryPanel result={result} framework={framework} teams={teams} />,
    [framework, result, teams],
  );

  const move = useCallback(
    async (questionId: string, skippedAfter?: string[]) => {
      setMoving(questionId);
      const ok = await goTo(wid, questionId, skippedAfter);
      if (!ok && owned.alive()) setMoving(null);
    },
    [goTo, owned, wid],
  );

  // Arriving at a skipped question takes it off the skip list: the facilitator came back to it.
  const go = useCallback(
    (questionId: string) => {
      void move(
        questionId,
        skipped.includes(questionId) ? skipped.filter((id) => id !== questionId) : undefined,
      );
    },
    [move, skipped],
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

  // After an undo the next key goes to what was undone: the person whose vote it was, or else the
  // first person still to vote on that question.
  // Keys typed while an undo is on its way wait for it, so they follow it to that person.
  const undoLast = useCallback(async () => {
    setUndoing((n) => n + 1);
    const entry = await undo(wid, describeUndo);
    if (!owned.alive()) return;
    setUndoing((n) => n - 1);
    if (!entry?.questionId) return;
    const participantId =
      entry.action === 'vote' || entry.action === 'clearVote' ? (entry.participantId ?? null) : null;
    setFocusRequest((r) => ({ questionId: entry.questionId!, participantId, seq: (r?.seq ?? 0) + 1 }));
  }, [describeUndo, owned, undo, wid]);

  // Screen-wide keys: clicker keys for navigation, Ctrl/Cmd+Z for undo, G to go to a question, and a
  // vote key pressed while focus is elsewhere goes to the grid's current row rather than being lost.
  const keys = useRef({ qIndex, questions, go, undoLast, hasPeople: false });
  useLayoutEffect(() => {
    keys.current = { qIndex, questions, go, undoLast, hasPeople: participants.length > 0 };
  });
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (!isScreenKey(event)) return;
      const now = keys.current;
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z' && !event.shiftKey) {
        event.preventDefault();
        void now.undoLast();
      } else if (event.key === 'PageDown' && now.questions[now.qIndex + 1]) {
        event.preventDefault();
        now.go(now.questions[now.qIndex + 1]!.id);
      } else if (event.key === 'PageUp' && now.questions[now.qIndex - 1]) {
        event.preventDefault();
        now.go(now.questions[now.qIndex - 1]!.id);
      } else if (isLetterKey(event, 'g')) {
        event.preventDefault();
        setJumpOpen(true);
      } else if (isVoteKey(event)) {
        event.preventDefault();
        if (grid.current) grid.current.pressKey(event.key);
        else if (!now.hasPeople) notify('info', t('session.noParticipants'));
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [notify, t]);

  useEffect(() => {
    document.title = `${t('session.title')} — ${workshop.title}`;
  }, [t, workshop.title]);

  // Phones see the question only when it is open for them; the room follows this screen.
  const roundState = ready ? state : null;
  usePhoneRoom({
    workshopId: wid,
    framework,
    question,
    position: qIndex + 1,
    total: questions.length,
    state: roundState,
  });

  if (!question) {
    return (
      <main id="main" className="screen" tabIndex={-1}>
        <SessionHeader workshop={workshop} onSetup={() => navigate({ name: 'workshop', workshopId: wid })} />
        {questions.length === 0 ? <p>{t('session.noQuestions')}</p> : null}
      </main>
    );
  }

  return (
    <main id="main" className="screen session" tabIndex={-1}>
      <SessionHeader workshop={workshop} onSetup={() => navigate({ name: 'workshop', workshopId: wid })}>
        <ProgressLine questions={questions} progress={progress} skipped={skipped} />
      </SessionHeader>
      <QuestionNav
        questions={questions}
        currentId={question.id}
        skipped={skipped}
        onGo={go}
        onJump={() => setJumpOpen(true)}
        onUndo={() => void undoLast()}
        onSkip={() => {
          const next = skipFrom(
            questions.map((q) => q.id),
            question.id,
            skipped,
          );
          if (next.to === null) void setSkipped(wid, next.skipped);
          else void move(next.to, next.skipped);
        }}
        onBackToSkipped={() => skipped[0] && go(skipped[0])}
        summaryOpen={summaryOpen}
        onToggleSummary={toggleSummary}
      >
        {roundState ? (
          <RoomControls
            workshop={workshop}
            participants={participants}
            questionId={question.id}
            round={roundState.round}
            revealed={roundState.revealed}
          />
        ) : null}
      </QuestionNav>
      <QuestionSession
        key={question.id}
        workshop={workshop}
        framework={framework}
        question={question}
        position={qIndex + 1}
        total={questions.length}
        participants={participants}
        teams={teams}
        session={position}
        decision={decisions.find((d) => d.questionId === question.id)}
        state={roundState}
        summary={summary}
        liveSummary={liveSummary}
        focusRequest={focusRequest?.questionId === question.id ? focusRequest : null}
        busy={undoing > 0}
        grid={grid}
      />
      {jumpOpen ? (
        <QuestionJump
          questions={questions}
          currentId={question.id}
          skipped={skipped}
          progress={progress}
          onGo={(id) => {
            setJumpOpen(false);
            if (id !== question.id) go(id);
          }}
          onClose={() => setJumpOpen(false)}
        />
      ) : null}
    </main>
  );
}
