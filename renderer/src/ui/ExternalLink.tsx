import type { ReactNode } from 'react';
import { ExternalLinkIcon } from './icons';

/**
 * A link to a page outside Outpost. It opens in a new browser tab (the desktop app hands it to
 * the system browser), cut off from Outpost, and its icon says it leaves the app.
 */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a className="text-link" href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <ExternalLinkIcon size={14} />
      <span className="visually-hidden"> (opens in your browser)</span>
    </a>
  );
}
