import type { ReactNode } from 'react';
import './ComingSoon.css';

export interface ComingSoonProps {
  /** A picture of what will be here: the section's icon, drawn large. */
  icon: ReactNode;
  /** What the owner will be able to do here, in one or two plain sentences. */
  children: ReactNode;
}

/** Stands in for a section that a later version fills, saying plainly what will come. */
export function ComingSoon({ icon, children }: ComingSoonProps) {
  return (
    <section className="coming-soon" aria-label="Coming in a later version">
      <div className="icon-bubble">{icon}</div>
      <p className="coming-soon__text">{children}</p>
      <p className="coming-soon__badge">Coming in a later version of Outpost</p>
    </section>
  );
}
