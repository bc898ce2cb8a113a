import { useId, type ReactNode } from 'react';
import { useTranslator } from '../../app/i18n';
import {
  barChartGeometry,
  distributionChart,
  gapChartGeometry,
  maturityGridGeometry,
  stageLadderGeometry,
  type BarRowInput,
  type GapChartInput,
  type GridChartInput,
  type LadderStageInput,
} from '../../../shared/charts';
import { ChartShapes } from '../../ui/ChartShapes';
import { useElementWidth } from '../../ui/use-element-width';
import type { Explanation } from '../../../shared/results';

/** Text size of the results' charts on a laptop or a desktop screen (the projector passes its own). */
export const CHART_FONT = 14;

/** A figure of the results: its title, the chart, what it says in words, and its workings on demand. */
export function Figure({
  title,
  children,
  explanation,
  className,
  testId,
}: {
  title: string;
  children: ReactNode;
  explanation?: Explanation | null;
  className?: string;
  testId?: string;
}) {
  const id = useId();
  return (
    <section
      className={`figure${className ? ` ${className}` : ''}`}
      aria-labelledby={id}
      data-testid={testId}
    >
      <h2 id={id}>{title}</h2>
      {children}
      {explanation ? <Explain explanation={explanation} /> : null}
    </section>
  );
}

/** "How this was worked out": the workings with this workshop's numbers, then the rules, on demand. */
export function Explain({ explanation, summary }: { explanation: Explanation; summary?: string }) {
  const { t } = useTranslator();
  return (
    <details className="explain">
      <summary>{summary ?? t('results.explain.open')}</summary>
      <ul className="explain-lines">
        {explanation.lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
      <p className="explain-rules-title">{t('results.explain.rules')}</p>
      <ul className="explain-rules">
        {explanation.rules.map((rule, i) => (
          <li key={i}>{rule}</li>
        ))}
      </ul>
    </details>
  );
}

export function GridChart({
  input,
  label,
  fontSize = CHART_FONT,
}: {
  input: Omit<GridChartInput, 'width' | 'height'>;
  label: string;
  fontSize?: number;
}) {
  const { ref, width } = useElementWidth<HTMLDivElement>(640);
  const height = Math.round(Math.min(Math.max(width * 0.56, 300), 560));
  return (
    <div ref={ref} className="chart-box">
      <ChartShapes
        chart={maturityGridGeometry({ ...input, width, height, fontSize })}
        label={label}
        testId="grid-chart"
      />
    </div>
  );
}

export function LadderChart({
  stages,
  threshold,
  thresholdLabel,
  label,
  fontSize = CHART_FONT,
}: {
  stages: readonly LadderStageInput[];
  threshold: number;
  thresholdLabel: string;
  label: string;
  fontSize?: number;
}) {
  const { ref, width } = useElementWidth<HTMLDivElement>(480);
  const height = Math.round(Math.min(Math.max(width * 0.5, 240), 360));
  return (
    <div ref={ref} className="chart-box">
      <ChartShapes
        chart={stageLadderGeometry({ width, height, stages, threshold, thresholdLabel, fontSize })}
        label={label}
        testId="ladder-chart"
      />
    </div>
  );
}

export function BarsChart({
  rows,
  label,
  ticks,
  fontSize = CHART_FONT,
  testId,
}: {
  rows: readonly BarRowInput[];
  label: string;
  ticks?: readonly { value: number; label: string }[];
  fontSize?: number;
  testId?: string;
}) {
  const { ref, width } = useElementWidth<HTMLDivElement>(480);
  return (
    <div ref={ref} className="chart-box">
      <ChartShapes chart={barChartGeometry({ width, rows, ticks, fontSize })} label={label} testId={testId} />
    </div>
  );
}

export function GapChart({
  input,
  label,
  fontSize = CHART_FONT,
}: {
  input: Omit<GapChartInput, 'width'>;
  label: string;
  fontSize?: number;
}) {
  const { ref, width } = useElementWidth<HTMLDivElement>(720);
  return (
    <div ref={ref} className="chart-box">
      <ChartShapes chart={gapChartGeometry({ ...input, width, fontSize })} label={label} testId="gap-chart" />
    </div>
  );
}

export function DistributionMini({
  frequencies,
  median,
  label,
  width = 260,
}: {
  frequencies: readonly number[];
  median: number | null;
  label: string;
  width?: number;
}) {
  const tr = useTranslator();
  const medianLabel =
    median === null
      ? ''
      : tr.t('session.chart.median', { value: tr.formatNumber(median, Number.isInteger(median) ? 0 : 1) });
  return (
    <ChartShapes
      chart={distributionChart(
        frequencies,
        median,
        { width, height: Math.round(width * 0.55), fontSize: 13 },
        medianLabel,
      )}
      label={label}
      className="distribution-mini"
    />
  );
}
