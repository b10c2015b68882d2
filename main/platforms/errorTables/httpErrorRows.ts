import { MINUTE, permanent, throttled, transient, type ErrorRow } from './errorRow';
import { OWNER_ACTIONS } from './ownerActions';

/**
 * Transport faults with no answer from the platform. Offline laptops fail DNS (ENOTFOUND,
 * EAI_AGAIN); axios reports its own timeout as ETIMEDOUT (clarifyTimeoutError) and a dropped
 * browser-style connection as ERR_NETWORK.
 */
const TRANSIENT_TRANSPORT_FAULTS = [
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ENETDOWN',
  'ERR_NETWORK',
  'ERR_SOCKET_CONNECTION_TIMEOUT',
] as const;

/**
 * The end of every platform's table: the HTTP status and the connection, when the platform's
 * answer said nothing more specific, then the catch-all. `service` is the name the owner knows
 * the platform by.
 */
export function httpErrorRows(service: string): readonly ErrorRow[] {
  return [
    {
      when: { httpStatus: 429 },
      outcome: throttled('account', MINUTE),
      meaning: `${service} asked Outpost to slow down.`,
      action: OWNER_ACTIONS.waitForPlatform,
      source: 'RFC 6585 4',
    },
    {
      when: { httpStatus: [500, 599] },
      outcome: transient(),
      meaning: `${service}’s servers had a problem on their side.`,
      action: OWNER_ACTIONS.retriesByItself,
      source: 'RFC 9110 15.6',
    },
    {
      when: { transport: TRANSIENT_TRANSPORT_FAULTS },
      outcome: transient(),
      meaning: `Outpost could not reach ${service}: the connection failed or timed out.`,
      action: OWNER_ACTIONS.checkConnection,
      source: 'network',
    },
    // A success whose body is not what the reference describes: a proxy page or a cut-off answer
    // is worth a retry. A retry of a publish checks the container or publish status first [S29] [S84].
    {
      when: { transport: ['unreadable_response'] },
      outcome: transient(),
      meaning: `${service}’s answer could not be read.`,
      action: OWNER_ACTIONS.retriesByItself,
      source: 'network',
    },
    {
      when: {},
      outcome: permanent,
      meaning: `${service} refused the request for a reason Outpost does not know.`,
      action: OWNER_ACTIONS.unknown,
      source: 'default',
    },
  ];
}
