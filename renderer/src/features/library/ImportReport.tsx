import { useId } from 'react';
import type { MediaImportResult } from '../../../../preload/contract';
import { describeError } from '../../lib/describeError';
import { Button } from '../../ui/Button';
import { CheckIcon, CloseIcon, InfoIcon, WarningIcon } from '../../ui/icons';
import type { ImportState } from './libraryStore';
import { fileCount, importSummary, outcomeWords } from './libraryWords';
import './ImportReport.css';

/**
 * What the latest import did, file by file: added, already in the library, or not imported and
 * why. The summary line is a status, so it is read out when the import ends.
 */
export function ImportReport({ importing, onDismiss }: { importing: ImportState; onDismiss: () => void }) {
  const headingId = useId();
  if (importing.kind === 'idle') return null;

  return (
    <section className="card import-report" aria-labelledby={headingId}>
      <div className="import-report__header">
        <h2 id={headingId} className="import-report__title">
          Import
        </h2>
        {importing.kind === 'running' ? null : (
          <Button variant="quiet" iconOnly aria-label="Dismiss the import report" onPress={onDismiss}>
            <CloseIcon size={16} />
          </Button>
        )}
      </div>
      <p role="status" className="import-report__summary">
        {summaryOf(importing)}
      </p>
      {importing.kind === 'done' ? (
        <ul className="row-list import-report__files" aria-label="Files">
          {importing.results.map((result, index) => (
            // The same name can come twice (two folders); the order is the import's.
            <li key={`${index}:${result.fileName}`} className={`import-file import-file--${toneOf(result)}`}>
              <OutcomeIcon result={result} />
              <span className="import-file__name">{result.fileName}</span>
              <span className="import-file__outcome">{outcomeWords(result)}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function summaryOf(importing: Exclude<ImportState, { kind: 'idle' }>): string {
  switch (importing.kind) {
    case 'running':
      return `Importing ${fileCount(importing.fileCount)}…`;
    case 'failed':
      return `Nothing was imported: ${describeError(importing.error)}`;
    case 'done':
      return `${importSummary(importing.results)}.`;
  }
}

function toneOf(result: MediaImportResult): 'added' | 'duplicate' | 'failed' {
  if (result.outcome === 'failed') return 'failed';
  return result.duplicate ? 'duplicate' : 'added';
}

function OutcomeIcon({ result }: { result: MediaImportResult }) {
  const tone = toneOf(result);
  const Icon = tone === 'added' ? CheckIcon : tone === 'duplicate' ? InfoIcon : WarningIcon;
  return (
    <span className="import-file__icon">
      <Icon size={16} />
    </span>
  );
}
