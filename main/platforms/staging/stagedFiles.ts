import type { StepResult, StepResults } from '../publisher';
import type { MediaStagingHost, StagingHostKind } from './mediaStagingHost';

/**
 * What a stage step keeps in its result: which host holds the file and its ref there. Later steps
 * ask that same host for the address, and clean-up removes the file from it, even after a crash or
 * after the owner set up, changed or removed a bucket meanwhile.
 */
export interface StagedFile {
  host: StagingHostKind;
  ref: string;
}

export const stagedResult = (host: MediaStagingHost, ref: string): StepResult => ({ host: host.kind, ref });

const isHostKind = (value: unknown): value is StagingHostKind => value === 'page' || value === 'bucket';

function readStaged(result: StepResult | undefined): StagedFile | null {
  const host = result?.host;
  const ref = result?.ref;
  return isHostKind(host) && typeof ref === 'string' ? { host, ref } : null;
}

/** The file a stage step put on a host. Missing means a step ran before its stage step: a bug. */
export function stagedFileOf(results: StepResults, step: string): StagedFile {
  const staged = readStaged(results[step]);
  if (!staged) throw new Error(`The step ${step} left no staged file.`);
  return staged;
}

/** Every file the finished stage steps put on a host, in step order. */
export function stagedFilesIn(results: StepResults, isStageStep: (step: string) => boolean): StagedFile[] {
  return Object.entries(results).flatMap(([step, result]) => (isStageStep(step) ? (readStaged(result) ?? []) : []));
}

/** The host of a kind as it can be reached now; null when it is gone (the bucket was removed). */
export type HostOfKind = (kind: StagingHostKind) => Promise<MediaStagingHost | null>;

/**
 * Removes staged files from the hosts that hold them, each host asked once and each file on its
 * own. Best effort, as clean-up is: what could not be removed is named in one error, which the
 * engine logs (a file already gone counts as removed).
 */
export async function removeStagedFiles(files: readonly StagedFile[], hostOf: HostOfKind): Promise<void> {
  const leftOver: string[] = [];
  for (const kind of new Set(files.map((file) => file.host))) {
    const refs = files.filter((file) => file.host === kind).map((file) => file.ref);
    try {
      const host = await hostOf(kind);
      if (!host) {
        leftOver.push(...refs.map((ref) => `${ref} (the ${kind} is no longer set up)`));
        continue;
      }
      const failures = await host.remove(refs);
      leftOver.push(...failures.map(({ ref, error }) => `${ref} (${describe(error)})`));
    } catch (error) {
      leftOver.push(...refs.map((ref) => `${ref} (${describe(error)})`));
    }
  }
  if (leftOver.length > 0) throw new Error(`Staged files left behind: ${leftOver.join(', ')}`);
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
