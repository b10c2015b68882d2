import { GraphError } from './graphError';

/**
 * Graph's throttling answers (reference 5.1): 4 app, 17 user, 32 Page, 613 custom, and the
 * Business Use Case codes 80000-80014 (80001 Pages and 80002 Instagram in Meta's rate-limit page;
 * the reference marks the per-code meaning UNCONFIRMED, so other 800xx codes get a generic text).
 */
export const throttleCodes = [4, 17, 32, 613, 80001, 80002] as const;

const throttleMessages: Record<number, string> = {
  4: '(#4) Application request limit reached',
  17: '(#17) User request limit reached',
  32: '(#32) Page request limit reached',
  613: '(#613) Calls to this api have exceeded the rate limit.',
  80001: 'There have been too many calls to this Page account. Wait a bit and try again. For more info, please refer to https://developers.facebook.com/docs/graph-api/overview/rate-limiting.',
  80002: 'There have been too many calls to this Instagram account. Wait a bit and try again. For more info, please refer to https://developers.facebook.com/docs/graph-api/overview/rate-limiting.',
};

/** Whether the code is reported in X-Business-Use-Case-Usage (BUC) rather than X-App-Usage. */
export function isBusinessThrottle(code: number): boolean {
  return code === 32 || (code >= 80000 && code <= 80014);
}

export function throttleError(code: number): GraphError {
  const message = throttleMessages[code] ?? `There have been too many calls for this business use case (#${code}). Wait a bit and try again.`;
  return new GraphError({ code, message, isTransient: true });
}
