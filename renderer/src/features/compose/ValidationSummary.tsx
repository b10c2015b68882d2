import { useComposer } from './useComposer';

/** How many things the platforms would refuse, announced as they change (the messages sit by what they are about). */
export function ValidationSummary() {
  const validation = useComposer((state) => state.validation);
  const hasTargets = useComposer((state) => state.draft.targets.length > 0);
  const errors = validation?.issues.filter((issue) => issue.severity === 'error').length ?? 0;
  const warnings = validation?.issues.filter((issue) => issue.severity === 'warning').length ?? 0;

  let words = '';
  if (validation && hasTargets) {
    const parts = [
      errors > 0 ? `${errors} ${errors === 1 ? 'problem' : 'problems'} to fix` : '',
      warnings > 0 ? `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : '',
    ].filter(Boolean);
    words = parts.length > 0 ? parts.join(', ') : 'Nothing to fix';
  }
  return (
    <p role="status" className={`validation-summary${errors > 0 ? ' validation-summary--errors' : ''}`}>
      {words}
    </p>
  );
}
