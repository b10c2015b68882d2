import { useId } from 'react';
import type { HeadlineFigure, InsightsHeadline } from '../../../../preload/contract';
import { describeChange, formatCount, formatRate, formatSignedCount, type ChangeStyle } from './insightsNumbers';
import { ENGAGEMENT_DEFINITION } from './insightsWords';

interface FigureSpec {
  key: keyof InsightsHeadline;
  label: string;
  format: (value: number | null) => string;
  change: ChangeStyle;
}

const FIGURES: readonly FigureSpec[] = [
  { key: 'views', label: 'Views', format: formatCount, change: 'ratio' },
  { key: 'reach', label: 'Reach', format: formatCount, change: 'ratio' },
  { key: 'interactions', label: 'Interactions', format: formatCount, change: 'ratio' },
  { key: 'engagementRate', label: 'Engagement rate', format: formatRate, change: 'points' },
  { key: 'followerChange', label: 'Follower change', format: (value) => (value === null ? '—' : formatSignedCount(value)), change: 'difference' },
  { key: 'posts', label: 'Posts', format: formatCount, change: 'difference' },
];

function Figure({ spec, figure }: { spec: FigureSpec; figure: HeadlineFigure }) {
  const id = useId();
  const change = describeChange(figure, spec.change);
  return (
    <div className="insights-figure" role="group" aria-labelledby={`${id}-label`}>
      <p id={`${id}-label`} className="insights-figure__label">
        {spec.label}
      </p>
      <p className="insights-figure__value">{spec.format(figure.current)}</p>
      <p className={`insights-figure__change insights-figure__change--${change.direction}`}>
        <span aria-hidden="true">{change.short}</span>
        <span className="visually-hidden">{change.spoken}</span>
        {figure.previous !== null ? <span className="insights-figure__previous"> vs {spec.format(figure.previous)}</span> : null}
      </p>
    </div>
  );
}

/** The period's figures at a glance, each with how it moved against the period before. */
export function HeadlineFigures({ headline }: { headline: InsightsHeadline }) {
  return (
    <section className="insights-headline" aria-label="Headline figures">
      <div className="insights-headline__grid">
        {FIGURES.map((spec) => (
          <Figure key={spec.key} spec={spec} figure={headline[spec.key]} />
        ))}
      </div>
      <p className="insights-headline__definition">{ENGAGEMENT_DEFINITION}</p>
    </section>
  );
}
