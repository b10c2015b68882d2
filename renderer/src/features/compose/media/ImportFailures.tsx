import { Button } from '../../../ui/Button';
import { CloseIcon } from '../../../ui/icons';
import { useComposer } from '../useComposer';

/** The files of the last import that could not be added, each with why and what to do. */
export function ImportFailures() {
  const failures = useComposer((state) => state.importFailures);
  const dismiss = useComposer((state) => state.dismissImportFailures);
  if (failures.length === 0) return null;
  return (
    <div role="alert" className="import-failures">
      <div className="import-failures__head">
        <p className="import-failures__title">
          {failures.length === 1 ? 'One file could not be added' : `${failures.length} files could not be added`}
        </p>
        <Button variant="quiet" iconOnly aria-label="Dismiss" onPress={dismiss}>
          <CloseIcon size={16} />
        </Button>
      </div>
      <ul className="import-failures__list">
        {failures.map((failure, index) => (
          <li key={`${failure.fileName}-${index}`}>
            <strong>{failure.fileName}</strong>: {failure.message}
            {failure.action ? ` ${failure.action}` : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}
