import { describe, expect, it } from 'vitest';
import { failureFromErrorResponse } from '../../../../main/platforms/platformFailure';

describe('reading platform error bodies', () => {
  it("keeps api.instagram.com's flat error message as the reason", () => {
    const failure = failureFromErrorResponse('instagramApi', 400, {}, {
      error_type: 'OAuthException',
      code: 400,
      error_message: 'Invalid platform app',
    });
    expect(failure).toMatchObject({ platform: 'meta', httpStatus: 400, reason: 'Invalid platform app' });
    expect(failure.code).toBeUndefined();
  });

  it('reads the Graph error shape first', () => {
    const failure = failureFromErrorResponse('metaGraph', 400, {}, {
      error: { message: 'Invalid parameter', code: 100, error_subcode: 2207009, fbtrace_id: 'Atrace' },
    });
    expect(failure).toMatchObject({ code: 100, subcode: 2207009, reason: 'Invalid parameter', traceId: 'Atrace' });
  });
});
