import type { ReactNode } from 'react';
import './EmptyState.css';

export interface EmptyStateProps {
  /** One short line saying what is empty; it also names the region. */
  title: string;
  /** A picture of what would be here, drawn large; left out where the title says enough. */
  icon?: ReactNode;
  /** What the owner can do about it, in a sentence. */
  children: ReactNode;
  /** The way forward: a button or two. */
  actions?: ReactNode;
}

/** Stands in for a list with nothing to show, calmly: what is empty, and what to do next. */
export function EmptyState({ title, icon, children, actions }: EmptyStateProps) {
  return (
    <section className="empty-state" aria-label={title}>
      {icon ? <div className="icon-bubble">{icon}</div> : null}
      <p className="empty-state__title">{title}</p>
      <p className="empty-state__text">{children}</p>
      {actions ? <div className="empty-state__actions">{actions}</div> : null}
    </section>
  );
}
