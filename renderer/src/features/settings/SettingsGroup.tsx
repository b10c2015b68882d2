import { useId, type ReactNode } from 'react';

export interface SettingsGroupProps {
  /** The group's h2, which also names the section landmark. */
  title: string;
  /** Shown beside the title: the group's save confirmation. */
  status?: ReactNode;
  children: ReactNode;
}

/** One card of related settings on the Settings screen. */
export function SettingsGroup({ title, status, children }: SettingsGroupProps) {
  const headingId = useId();
  return (
    <section className="card settings-group" aria-labelledby={headingId}>
      <div className="settings-group__header">
        <h2 id={headingId} className="settings-group__title">
          {title}
        </h2>
        {status}
      </div>
      {children}
    </section>
  );
}
