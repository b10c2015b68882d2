import { z } from 'zod';
import { redactSecrets } from '../diagnostics/redactSecrets';
import { readUsageHeaders, type UsageHeaders } from './usageHeaders';

export type PlatformName = 'meta' | 'tiktok';

/** One axios instance each (see platformHttp.ts); the name travels with every failure. */
export type NetworkName = 'metaGraph' | 'metaUpload' | 'instagramGraph' | 'instagramApi' | 'tiktokApi' | 'tiktokUpload';

export const PLATFORM_OF: Readonly<Record<NetworkName, PlatformName>> = {
  metaGraph: 'meta',
  metaUpload: 'meta',
  instagramGraph: 'meta',
  instagramApi: 'meta',
  tiktokApi: 'tiktok',
  tiktokUpload: 'tiktok',
};

/**
 * Why a request did not get an answer the client could use, below the platform's own error
 * codes: a Node or axios error code (`ECONNRESET`, `ETIMEDOUT`, `ERR_NETWORK`...), or
 * `unreadable_response` for a success whose body is not what the reference describes.
 */
export type TransportFault = string;

/**
 * Everything known about one failed call, taken from the parsed platform answer only: never
 * from the request (its URL, parameters and headers carry tokens and secrets). This is what the
 * error table classifies and what the attempt history keeps.
 */
export interface PlatformFailure {
  platform: PlatformName;
  network: NetworkName;
  httpStatus?: number;
  /** Meta `error.code`. */
  code?: number;
  /** Meta `error.error_subcode`. */
  subcode?: number;
  /** TikTok `error.code` (or the OAuth `error`), e.g. `access_token_invalid`; the upload host's `type`. */
  errorCode?: string;
  /** Meta `error.is_transient`, or the upload host's `retriable`. */
  isTransient?: boolean;
  transport?: TransportFault;
  /** The platform's own explanation, redacted: `error_user_msg`, else `message`. */
  reason?: string;
  /** Meta `fbtrace_id` or TikTok `log_id`, for support requests. */
  traceId?: string;
  usage: UsageHeaders;
}

/** The Graph API error body [S54]. */
const lenient = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const GraphErrorBody = z.object({
  // Each field on its own: one odd field must not hide the code that decides the error class.
  error: z.object({
    message: lenient(z.string()),
    code: lenient(z.number().int()),
    error_subcode: lenient(z.number().int()),
    error_user_msg: lenient(z.string()),
    fbtrace_id: lenient(z.string()),
    is_transient: lenient(z.boolean()),
  }),
});

/**
 * The upload host's own error shape, `{"debug_info": {"retriable", "type", "message"}}`. Not in
 * the reference: seen in open-source code that tested rupload with a bad token, and served by
 * the sandbox. `type` becomes the error code the table reads, `retriable` the transient flag.
 */
const UploadHostError = z.object({
  debug_info: z.object({ type: lenient(z.string()), message: lenient(z.string()), retriable: lenient(z.boolean()) }),
});

/**
 * api.instagram.com (Instagram Login authorize and code exchange) answers errors flat:
 * `{"error_type": "OAuthException", "code": 400, "error_message": "..."}`. Not in the reference;
 * the shape public Instagram Login clients read, and the sandbox serves. Its `code` repeats the
 * HTTP status, so only the type and message are kept.
 */
const InstagramApiError = z.object({ error_type: z.string(), error_message: lenient(z.string()) });

/** TikTok's envelope error `{data, error: {code, message, log_id}}`; `ok` means success [S79]. */
const TikTokEnvelopeError = z.object({
  error: z.object({ code: z.string(), message: z.string().optional(), log_id: z.string().optional() }),
});

/** TikTok's OAuth error `{error, error_description, log_id}` [S74] [S75]. */
const TikTokOAuthError = z.object({
  error: z.string(),
  error_description: z.string().optional(),
  log_id: z.string().optional(),
});

/** A response with an HTTP error status: read what the platform said, if it said anything. */
export function failureFromErrorResponse(
  network: NetworkName,
  status: number,
  headers: Readonly<Record<string, unknown>>,
  body: unknown,
): PlatformFailure {
  const base = { platform: PLATFORM_OF[network], network, httpStatus: status, usage: readUsageHeaders(headers) };
  const parsed = parsedIfJsonText(body);
  const details = PLATFORM_OF[network] === 'meta' ? metaErrorDetails(parsed) : tiktokErrorDetails(parsed);
  return { ...base, ...details };
}

/**
 * TikTok answers some failures with HTTP 200 and a non-`ok` error code, and its token endpoint
 * with an OAuth error object; both are failures even though the status says success.
 */
export function failureInTikTokSuccess(
  network: NetworkName,
  status: number,
  headers: Readonly<Record<string, unknown>>,
  body: unknown,
): PlatformFailure | null {
  const details = tiktokErrorDetails(parsedIfJsonText(body));
  if (!details.errorCode) return null;
  return { platform: 'tiktok', network, httpStatus: status, usage: readUsageHeaders(headers), ...details };
}

/** No usable answer: the connection failed, timed out, or the body could not be read. */
export function transportFailure(
  network: NetworkName,
  transport: TransportFault,
  answered?: { status: number; headers: Readonly<Record<string, unknown>> },
): PlatformFailure {
  return {
    platform: PLATFORM_OF[network],
    network,
    transport,
    ...(answered && { httpStatus: answered.status }),
    usage: answered ? readUsageHeaders(answered.headers) : {},
  };
}

type FailureDetails = Pick<PlatformFailure, 'code' | 'subcode' | 'errorCode' | 'isTransient' | 'reason' | 'traceId'>;

function metaErrorDetails(body: unknown): FailureDetails {
  const graph = GraphErrorBody.safeParse(body);
  if (graph.success) {
    const error = graph.data.error;
    return withoutUndefined({
      code: error.code,
      subcode: error.error_subcode,
      isTransient: error.is_transient,
      reason: redacted(error.error_user_msg ?? error.message),
      traceId: error.fbtrace_id,
    });
  }
  const upload = UploadHostError.safeParse(body);
  if (upload.success) {
    const { type, message, retriable } = upload.data.debug_info;
    return withoutUndefined({ errorCode: type, isTransient: retriable, reason: redacted(message) });
  }
  const instagramApi = InstagramApiError.safeParse(body);
  if (instagramApi.success) return withoutUndefined({ reason: redacted(instagramApi.data.error_message) });
  return {};
}

function tiktokErrorDetails(body: unknown): FailureDetails {
  const envelope = TikTokEnvelopeError.safeParse(body);
  if (envelope.success) {
    const { code, message, log_id } = envelope.data.error;
    if (code === 'ok') return {};
    return withoutUndefined({ errorCode: code, reason: redacted(message), traceId: log_id });
  }
  const oauth = TikTokOAuthError.safeParse(body);
  if (oauth.success) {
    const { error, error_description, log_id } = oauth.data;
    return withoutUndefined({ errorCode: error, reason: redacted(error_description), traceId: log_id });
  }
  return {};
}

/** A call that asked for text (to keep exact ids) still gets its error body read as JSON. */
function parsedIfJsonText(body: unknown): unknown {
  if (typeof body !== 'string') return body;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return body;
  }
}

function redacted(text: string | undefined): string | undefined {
  return text === undefined || text.trim() === '' ? undefined : redactSecrets(text);
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
