import { useId, type ReactNode } from 'react';

export interface ChartFigureProps {
  title: string;
  /** The chart in a sentence (chartSummaries.ts): what a screen reader reads instead of the picture. */
  summary: string;
  /** Controls beside the title (the metric picker). */
  controls?: ReactNode;
  children: ReactNode;
}

/** A chart with its title, its controls, and its summary as the figure's caption. */
export function ChartFigure({ title, summary, controls, children }: ChartFigureProps) {
  const id = useId();
  return (
    <figure className="insights-chart card" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`}>
      <div className="insights-chart__head">
        <h3 id={`${id}-title`} className="insights-chart__title">
          {title}
        </h3>
        {controls}
      </div>
      <div className="insights-chart__plot" aria-hidden="true">
        {children}
      </div>
      <figcaption id={`${id}-summary`} className="visually-hidden">
        {summary}
      </figcaption>
    </figure>
  );
}
