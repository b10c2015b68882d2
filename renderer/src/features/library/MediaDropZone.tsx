import type { ReactNode } from 'react';
import { useFileDrop } from '../../lib/useFileDrop';
import { ImportIcon } from '../../ui/icons';
import './MediaDropZone.css';

/**
 * The grid's area, which takes files dragged from the desktop. While files are over it, it says
 * so plainly; the Import button does the same for keyboard and screen reader users.
 */
export function MediaDropZone({ onFiles, children }: { onFiles: (files: File[]) => void; children: ReactNode }) {
  const { isOver, dropProps } = useFileDrop(onFiles);
  return (
    <section aria-label="Your media" className={isOver ? 'library-drop-zone library-drop-zone--over' : 'library-drop-zone'} {...dropProps}>
      {children}
      {isOver ? (
        <div className="library-drop-zone__hint" aria-hidden="true">
          <ImportIcon size={28} />
          Drop to add to your library
        </div>
      ) : null}
    </section>
  );
}
