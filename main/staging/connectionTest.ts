import type { BucketCheck, BucketSettings, BucketTestReport } from '../../preload/contract';
import type { MediaStagingHost } from '../platforms/staging/mediaStagingHost';
import { BucketError, bucketPlace } from './bucketErrors';
import { publicAddressOf } from './bucketStagingHost';

/** How long reading the test file back may take before the address counts as not working. */
const READ_BACK_TIMEOUT_MS = 15_000;

const SKIPPED = 'Not checked, because an earlier check failed.';

/** The report, and the first failure as an error (what `staging.save` refuses with). */
export interface ConnectionTestOutcome {
  report: BucketTestReport;
  failure: BucketError | null;
}

/**
 * "Test connection": exactly what publishing does, on a small text file. Upload it through the
 * host, read it back over plain HTTP through a pre-signed address (as Instagram will) and, when a
 * public address is set, there too (as TikTok will), comparing the bytes; then delete it. A check
 * after a failed one is skipped, except the delete: whatever was uploaded is removed again, so
 * the test never leaves a file behind, and its outcome is reported as it was.
 */
export async function testBucketConnection(host: MediaStagingHost, settings: BucketSettings, now: () => Date): Promise<ConnectionTestOutcome> {
  const checks: BucketCheck[] = [];
  let failure: BucketError | null = null;
  const record = (name: BucketCheck['name'], message: string) => checks.push({ name, outcome: 'ok', message });
  const fail = (name: BucketCheck['name'], error: BucketError) => {
    failure ??= error;
    checks.push({ name, outcome: 'failed', message: `${error.message} ${error.action ?? ''}`.trim() });
  };
  const skip = (name: BucketCheck['name'], message = SKIPPED) => checks.push({ name, outcome: 'skipped', message });
  const asBucketError = (error: unknown) => (error instanceof BucketError ? error : unexpected(error));

  const bytes = Buffer.from(`Outpost checked this bucket at ${now().toISOString()}. This file is deleted right away.\n`);
  let key: string;
  try {
    // The client's own connect and idle timeouts bound the upload; nothing else cancels it.
    const file = { bytes, contentType: 'text/plain', fileName: 'outpost-connection-test.txt' };
    key = await host.stage(file, () => {}, new AbortController().signal);
    record('upload', `Outpost put a small test file in “${settings.bucket}”.`);
  } catch (error) {
    fail('upload', asBucketError(error));
    for (const name of ['privateLink', 'publicAddress', 'remove'] as const) skip(name);
    return { report: { ok: false, checks }, failure };
  }

  try {
    await readBack(await host.addressOf(key), bytes, 'private');
    record('privateLink', 'Outpost read it back through a private link, as Instagram will.');
  } catch (error) {
    fail('privateLink', asBucketError(error));
  }

  if (failure !== null) skip('publicAddress');
  else if (settings.publicBaseUrl === null) skip('publicAddress', 'No public address is set. Only TikTok photo posts need one.');
  else {
    try {
      await readBack(publicAddressOf(settings, key), bytes, 'public');
      record('publicAddress', 'It can be read at your public address too, as TikTok will.');
    } catch (error) {
      fail('publicAddress', asBucketError(error));
    }
  }

  const [removal] = await host.remove([key]);
  if (removal) fail('remove', asBucketError(removal.error));
  else record('remove', 'Outpost deleted the test file again.');

  return { report: { ok: failure === null, checks }, failure };

  /** Fetches an address as a platform would and compares what comes back. */
  async function readBack(address: string, expected: Buffer, kind: 'private' | 'public'): Promise<void> {
    const words = ADDRESS_WORDS[kind];
    let response: Response;
    try {
      response = await fetch(address, { signal: AbortSignal.timeout(READ_BACK_TIMEOUT_MS), redirect: 'follow' });
    } catch (error) {
      const detail = `fetch ${(error as { name?: string }).name ?? 'error'}`;
      throw new BucketError('unreachable', words.unreachable(settings), words.unreachableAction, detail, true);
    }
    const received = Buffer.from(await response.arrayBuffer());
    if (!response.ok) {
      throw new BucketError('link_refused', words.refused(settings), words.refusedAction, `HTTP ${response.status}`);
    }
    if (!received.equals(expected)) {
      throw new BucketError('content_differs', words.differs, words.differsAction, `${received.length} of ${expected.length} bytes`);
    }
  }
}

const ADDRESS_WORDS = {
  private: {
    unreachable: (settings: BucketSettings) => `Outpost could not reach ${bucketPlace(settings)} through a private link.`,
    unreachableAction: 'Check this computer’s internet connection, then test again.',
    refused: (settings: BucketSettings) => `${bucketPlace(settings)} stored the test file but would not hand it out through a private link.`,
    refusedAction: 'Check that this computer’s clock is right and that the endpoint is the provider’s S3 address, not a website address.',
    differs: 'What came back through the private link is not the file Outpost uploaded.',
    differsAction: 'Check that the endpoint is the provider’s S3 address and that nothing in between changes files.',
  },
  public: {
    unreachable: (settings: BucketSettings) => `Outpost could not reach your public address ${settings.publicBaseUrl ?? ''}.`,
    unreachableAction: 'Check the public address, then test again.',
    refused: (settings: BucketSettings) => `The test file could not be read at your public address ${settings.publicBaseUrl ?? ''}.`,
    refusedAction: 'Check that this address serves the files of this bucket (for example a custom domain connected to it) and that public reading is on.',
    differs: 'What your public address returned is not the file Outpost uploaded.',
    differsAction: 'Check that the public address serves this bucket and not another.',
  },
};

/** A failure nobody mapped (a bug, most likely): its name goes to the log, never its text. */
function unexpected(error: unknown): BucketError {
  return new BucketError(
    'refused',
    'Something unexpected went wrong while testing the bucket.',
    'Test again; if it keeps happening, copy the diagnostics from Settings for support.',
    `unexpected ${(error as { name?: string } | null)?.name ?? typeof error}`,
  );
}
