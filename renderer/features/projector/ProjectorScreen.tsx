import { useEffect, useState } from 'react';
import { useTranslator } from '../../app/i18n';
import { useWorkshop } from '../../db/hooks';
import type { Slide } from '../../../shared/projector/messages';
import { ChartShapes } from '../../ui/ChartShapes';
import { StatusBadge } from '../session/RevealPanel';
import { openProjectorChannel } from './projector-channel';
import '../../styles/projector.css';

/**
 * The audience's view: what the facilitator's window sends, and nothing else — no controls, no names
 * unless the slide carries them, no hidden vote (a slide before the reveal holds only the count). Large
 * type and high contrast, for 1920 × 1080 read from the back of the room.
 */
export function ProjectorScreen({ workshopId }: { workshopId: string }) {
  const { t } = useTranslator();
  const workshop = useWorkshop(workshopId);
  const [slide, setSlide] = useState<Slide>({ kind: 'idle' });

  useEffect(() => {
    const channel = openProjectorChannel(workshopId);
    if (!channel) return;
    const stop = channel.listen((message) => {
      if (message.type === 'slide') setSlide(message.slide);
    });
    channel.post({ type: 'hello', workshopId });
    return () => {
      stop();
      channel.close();
    };
  }, [workshopId]);

  useEffect(() => {
    document.title = `${t('projector.title')} — ${workshop?.title ?? t('app.name')}`;
  }, [t, workshop?.title]);

  return (
    <main id="main" className="projector" tabIndex={-1} data-slide={slide.kind} aria-live="polite">
      {slide.kind === 'idle' ? (
        <div className="projector-idle">
          <h1>{workshop?.title ?? t('app.name')}</h1>
          <p>{t('projector.waiting')}</p>
        </div>
      ) : slide.kind === 'question' ? (
        <QuestionView slide={slide} />
      ) : (
        <div className="projector-results">
          <h1>{slide.title}</h1>
          <div className="projector-lines">
            {slide.lines.map((line, i) => (
              <p key={i}>{line}</p>
            ))}
          </div>
          <div
            className="projector-charts"
            // Each chart gets room in proportion to the width it was laid out for, so its text keeps its size.
            style={{
              gridTemplateColumns: slide.charts.map((c) => `minmax(0, ${c.chart.width}fr)`).join(' '),
            }}
          >
            {slide.charts.map((c, i) => (
              <figure key={i}>
                <figcaption>{c.label}</figcaption>
                <ChartShapes chart={c.chart} label={c.label} />
              </figure>
            ))}
          </div>
        </div>
      )}
    </main>
  );
}

function QuestionView({ slide }: { slide: Extract<Slide, { kind: 'question' }> }) {
  const { t } = useTranslator();
  return (
    <div className={`projector-question${slide.revealed ? ' is-revealed' : ''}`}>
      <p className="projector-meta">{slide.meta}</p>
      <h1 className="projector-statement" data-testid="projector-statement">
        {slide.statement}
      </h1>
      {slide.revealed ? (
        <div className="projector-reveal" data-testid="projector-reveal">
          <ChartShapes chart={slide.revealed.chart} label={t('projector.distribution')} />
          <div className="projector-figures">
            <p className="projector-status">
              <StatusBadge status={slide.revealed.status} />
            </p>
            <p>{slide.revealed.figures}</p>
            <p>{slide.revealed.far}</p>
          </div>
        </div>
      ) : (
        <>
          <p className="projector-help">{slide.help}</p>
          <dl className="projector-anchors">
            <div>
              <dt>{t('session.anchor.zero')}</dt>
              <dd>{slide.anchors.zero}</dd>
            </div>
            <div>
              <dt>{t('session.anchor.four')}</dt>
              <dd>{slide.anchors.four}</dd>
            </div>
          </dl>
          <p className="projector-count" data-testid="projector-count">
            {slide.hidden?.voted}
          </p>
        </>
      )}
    </div>
  );
}
