import type { ReactNode } from 'react';

/** One numbered step of a setup guide: a short title saying what to do, then how. */
export function GuideStep({ title, children }: { title: string; children: ReactNode }) {
  return (
    <li className="guide-step">
      <h4 className="guide-step__title">{title}</h4>
      <div className="guide-step__body">{children}</div>
    </li>
  );
}
