import type { ReactNode } from 'react';
import './Screen.css';

export interface ScreenProps {
  /** The screen's h1, named like its entry in the sidebar. */
  title: string;
  /** One sentence under the title saying what the screen is for. */
  intro?: string;
  /** For a grid with a side panel (the library): the full window width, not a reading width. */
  wide?: boolean;
  children?: ReactNode;
}

/** The frame of every section: a heading, an optional intro, then the content, at a readable width. */
export function Screen({ title, intro, wide = false, children }: ScreenProps) {
  return (
    <div className={wide ? 'screen screen--wide' : 'screen'}>
      <header className="screen__header">
        <h1 className="screen__title">{title}</h1>
        {intro ? <p className="screen__intro">{intro}</p> : null}
      </header>
      {children}
    </div>
  );
}
