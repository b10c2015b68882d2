import { useState } from 'react';
import { useAppInfo } from '../../app/useAppInfo';
import { describeError } from '../../lib/describeError';
import { Button } from '../../ui/Button';
import { CopyIcon, FolderIcon, ShieldIcon } from '../../ui/icons';
import { SettingsGroup } from './SettingsGroup';
import { useDiagnosticsActions, type DiagnosticsProblem } from './useDiagnosticsActions';

/** Where the logs and data are, the two support actions, and the promise that nothing is sent. */
export function DiagnosticsSettings() {
  const info = useAppInfo((state) => state.info);
  const infoError = useAppInfo((state) => state.error);
  const { openLogFolder, copyDiagnostics } = useDiagnosticsActions();
  const [problem, setProblem] = useState<DiagnosticsProblem | null>(null);

  return (
    <SettingsGroup title="Diagnostics">
      {info ? (
        <dl className="folder-list">
          <dt>Logs</dt>
          <dd>
            <code>{info.logDirectory}</code>
          </dd>
          <dt>Data</dt>
          <dd>
            <code>{info.dataDirectory}</code>
          </dd>
        </dl>
      ) : infoError ? (
        <p className="field-description">The log folder is unknown: {describeError(infoError)}</p>
      ) : null}
      <div className="settings-actions">
        <Button onPress={async () => setProblem(await openLogFolder())}>
          <FolderIcon size={16} />
          Open logs folder
        </Button>
        <Button onPress={async () => setProblem(await copyDiagnostics())}>
          <CopyIcon size={16} />
          Copy diagnostics
        </Button>
      </div>
      {problem ? <ProblemLine problem={problem} /> : null}
      <p className="privacy-note">
        <ShieldIcon size={16} />
        Outpost sends no telemetry; nothing leaves this computer.
      </p>
    </SettingsGroup>
  );
}

function ProblemLine({ problem }: { problem: DiagnosticsProblem }) {
  return (
    <p role="alert" className="settings-problem">
      {problem.message}
      {problem.logDirectory ? (
        <>
          {' '}
          The logs are in <code>{problem.logDirectory}</code>.
        </>
      ) : null}
    </p>
  );
}
