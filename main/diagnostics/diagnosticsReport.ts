/** Facts for a support message. Only versions and paths: never a preference value or a secret. */
export interface DiagnosticsFacts {
  appVersion: string;
  mode: string;
  platform: string;
  arch: string;
  osRelease: string;
  versions: Record<string, string | undefined>;
  dataDirectory: string;
  logDirectory: string;
  schemaVersion: number;
}

export function formatDiagnostics(facts: DiagnosticsFacts): string {
  const runtime = ['electron', 'chrome', 'node', 'v8']
    .filter((name) => facts.versions[name])
    .map((name) => `${name} ${facts.versions[name]}`)
    .join(', ');
  return [
    `Outpost ${facts.appVersion} (${facts.mode} mode)`,
    `Platform: ${facts.platform} ${facts.arch}, OS ${facts.osRelease}`,
    `Runtime: ${runtime}`,
    `Data directory: ${facts.dataDirectory}`,
    `Logs: ${facts.logDirectory}`,
    `Database schema version: ${facts.schemaVersion}`,
  ].join('\n');
}
