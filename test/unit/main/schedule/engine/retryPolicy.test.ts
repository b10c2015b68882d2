import { describe, expect, it } from 'vitest';
import { BucketError } from '../../../../../main/staging/bucketErrors';
import { DomainError } from '../../../../../main/errors/domainError';
import { toPlatformError } from '../../../../../main/platforms/toPlatformError';
import { backoffDelayMs, decideAfterFailure, describeFailure } from '../../../../../main/schedule/engine/retryPolicy';
import { COMMITTED_EXTRA_ATTEMPTS, MAX_ATTEMPTS, RETRY_BASE_DELAY_MS, RETRY_MAX_DELAY_MS } from '../../../../../main/schedule/schedulingRules';
import { platformErrors } from './platformErrorFixtures';

const NOW = new Date('2026-12-01T08:00:00.000Z');
const decide = (error: unknown, attempt = 1, extra: { random?: number; tokenRetried?: boolean; committed?: boolean } = {}) =>
  decideAfterFailure({
    error,
    attempt,
    now: NOW,
    random: () => extra.random ?? 0.5,
    tokenRetried: extra.tokenRetried ?? false,
    committed: extra.committed ?? false,
  });

describe('retry policy', () => {
  it('backs off exponentially with full jitter, capped', () => {
    expect(backoffDelayMs(1, () => 0)).toBe(0);
    expect(backoffDelayMs(1, () => 0.999_999)).toBe(RETRY_BASE_DELAY_MS - 1);
    expect(backoffDelayMs(2, () => 0.5)).toBe(RETRY_BASE_DELAY_MS);
    expect(backoffDelayMs(3, () => 0.5)).toBe(2 * RETRY_BASE_DELAY_MS);
    expect(backoffDelayMs(20, () => 0.999_999)).toBeLessThan(RETRY_MAX_DELAY_MS);
    expect(backoffDelayMs(20, () => 0.999_999)).toBeGreaterThan(RETRY_MAX_DELAY_MS - 1000);
  });

  it('retries a transient error until the last attempt, then fails saying how often it tried', () => {
    expect(decide(platformErrors.transient(), 1)).toMatchObject({ kind: 'retry', at: new Date(NOW.getTime() + 15_000), giveBack: false, startOver: false });
    expect(decide(platformErrors.transient(), MAX_ATTEMPTS - 1)).toMatchObject({ kind: 'retry' });
    expect(decide(platformErrors.transient(), MAX_ATTEMPTS)).toMatchObject({
      kind: 'failed',
      problem: { code: 'PLATFORM_UNAVAILABLE', message: 'Tried 3 times: Meta could not complete the request: the service is temporarily unavailable.' },
    });
  });

  it('never fails a post that may be out: past a committing step it keeps checking, then asks the owner to look', () => {
    const committed = { committed: true };
    expect(decide(platformErrors.transient(), MAX_ATTEMPTS, committed)).toMatchObject({ kind: 'retry', giveBack: false });
    expect(decide(new Error('socket hang up'), MAX_ATTEMPTS + COMMITTED_EXTRA_ATTEMPTS - 1, committed)).toMatchObject({ kind: 'retry' });
    expect(decide(platformErrors.transient(), MAX_ATTEMPTS + COMMITTED_EXTRA_ATTEMPTS, committed)).toMatchObject({
      kind: 'unresolved',
      problem: { code: 'PLATFORM_UNAVAILABLE', message: expect.stringMatching(/^The post may have gone out, but Outpost could not confirm it after 9 tries/) },
    });
    // A refusal is still a refusal: the platform said the post did not go out.
    expect(decide(platformErrors.mediaRejected(), 1, committed)).toMatchObject({ kind: 'failed' });
  });

  it('starts over when the platform needs a new container', () => {
    expect(decide(platformErrors.transient(true))).toMatchObject({ kind: 'retry', startOver: true });
    expect(decide(platformErrors.mediaRejected(true))).toMatchObject({ kind: 'failed', startOver: true, problem: { code: 'MEDIA_REJECTED' } });
    expect(decide(platformErrors.mediaRejected(false))).toMatchObject({ kind: 'failed', startOver: false });
  });

  it('waits for a throttle without counting it, never before now', () => {
    const later = new Date(NOW.getTime() + 3_600_000);
    expect(decide(platformErrors.throttled(later, 'app'), MAX_ATTEMPTS)).toMatchObject({ kind: 'throttle', until: later, scope: 'app' });
    expect(decide(platformErrors.throttled(new Date(NOW.getTime() - 1000), 'account'))).toMatchObject({ kind: 'throttle', until: NOW });
  });

  it('gives a refreshable token one fresh try, then asks for a reconnect', () => {
    expect(decide(platformErrors.tokenInvalid(false))).toMatchObject({ kind: 'retry', at: NOW, giveBack: true });
    expect(decide(platformErrors.tokenInvalid(false), 1, { tokenRetried: true })).toMatchObject({
      kind: 'needsAttention',
      problem: { code: 'TOKEN_EXPIRED', action: 'Reconnect the account; the post goes out once it is back.' },
    });
    expect(decide(platformErrors.tokenInvalid(true))).toMatchObject({ kind: 'needsAttention', problem: { action: 'Reconnect the account.' } });
    expect(decide(platformErrors.permissionMissing())).toMatchObject({ kind: 'needsAttention', problem: { code: 'PERMISSION_MISSING' } });
  });

  it('fails at once on a permanent error or another domain error, with its message and action', () => {
    expect(decide(platformErrors.permanent())).toMatchObject({
      kind: 'failed',
      problem: { code: 'PLATFORM_ERROR', message: 'Meta refused the request: a parameter is invalid.', action: null },
    });
    expect(decide(new DomainError('NOT_FOUND', 'The post is gone.', 'Nothing to do.'))).toMatchObject({
      kind: 'failed',
      problem: { code: 'NOT_FOUND', message: 'The post is gone.', action: 'Nothing to do.' },
    });
  });

  it('retries the owner’s bucket when the service or the network to it failed, not when its settings are wrong', () => {
    const down = new BucketError('unreachable', 'The bucket could not be reached.', 'Check the connection.', 'ECONNREFUSED', true);
    expect(decide(down, 1)).toMatchObject({ kind: 'retry', failure: { code: 'BUCKET_FAILED', detail: 'ECONNREFUSED' } });
    const refused = new BucketError('secret_key', 'The secret key does not match.', 'Paste it again in Settings.', 'SignatureDoesNotMatch');
    expect(decide(refused, 1)).toMatchObject({
      kind: 'failed',
      problem: { code: 'BUCKET_FAILED', message: 'The secret key does not match.', action: 'Paste it again in Settings.' },
    });
  });

  it('treats an error nobody classified as transient', () => {
    expect(decide(new Error('socket hang up'), 1)).toMatchObject({ kind: 'retry' });
    expect(decide(new Error('socket hang up'), MAX_ATTEMPTS)).toMatchObject({
      kind: 'failed',
      problem: { code: 'INTERNAL', message: 'Tried 3 times: Something unexpected went wrong while publishing.' },
    });
  });

  it('keeps the platform’s identifiers out of the message and in the detail, redacted', () => {
    expect(describeFailure(platformErrors.tokenInvalid(true))).toEqual({
      code: 'TOKEN_EXPIRED',
      message: 'Meta no longer accepts this account’s sign-in: the sign-in expired.',
      action: 'Reconnect the account.',
      detail: 'meta/metaGraph, HTTP 401, code 190, subcode 463, trace AbC123trace, classified by [S55]',
    });
    expect(describeFailure(new Error('failed with access_token=EAABsecret123')).detail).not.toContain('EAABsecret123');
    // The platform's own words are for support too: the detail keeps them, the message does not.
    const said = toPlatformError(
      { platform: 'meta', network: 'metaGraph', httpStatus: 400, code: 100, subcode: 2207009, reason: 'The image cannot be published.', traceId: 'T1', usage: {} },
      NOW,
    );
    expect(describeFailure(said).message).not.toContain('The image cannot be published.');
    expect(describeFailure(said).detail).toBe('meta/metaGraph, HTTP 400, code 100, subcode 2207009, trace T1, classified by [S59], said “The image cannot be published.”');
  });
});
