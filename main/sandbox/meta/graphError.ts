/**
 * Graph API errors, in the body shape of reference 5.1:
 *   {"error":{"message","type","code","error_subcode","error_user_title","error_user_msg","fbtrace_id","is_transient"}}
 * Handlers throw a GraphError; the Graph host turns it into a response.
 */
export interface GraphErrorInit {
  code: number;
  message: string;
  subcode?: number;
  type?: string;
  userTitle?: string;
  userMessage?: string;
  isTransient?: boolean;
  /** Defaults by code, see statusForCode. */
  status?: number;
  headers?: Record<string, string>;
}

export class GraphError extends Error {
  readonly init: GraphErrorInit;

  constructor(init: GraphErrorInit) {
    super(init.message);
    this.name = 'GraphError';
    this.init = init;
  }

  get status(): number {
    return this.init.status ?? statusForCode(this.init.code);
  }

  body(traceId: string): { error: Record<string, unknown> } {
    const { code, message, subcode, type, userTitle, userMessage, isTransient } = this.init;
    const error: Record<string, unknown> = { message, type: type ?? 'OAuthException', code };
    if (subcode !== undefined) error.error_subcode = subcode;
    error.is_transient = isTransient ?? (code === 1 || code === 2);
    if (userTitle !== undefined) error.error_user_title = userTitle;
    if (userMessage !== undefined) error.error_user_msg = userMessage;
    error.fbtrace_id = traceId;
    return { error };
  }
}

/**
 * HTTP status by Graph code. Graph answers most errors with 400; unknown/service errors (1, 2)
 * with 500; permission errors (10, 200-299) with 403.
 */
export function statusForCode(code: number): number {
  if (code === 1 || code === 2) return 500;
  if (code === 10 || (code >= 200 && code <= 299)) return 403;
  return 400;
}

// ---- The errors several handlers need. Messages follow Graph's wording; none echoes a token. ----

/** Reference 5.1: 100 = invalid parameter. */
export function invalidParameter(message: string, extra: Partial<GraphErrorInit> = {}): GraphError {
  return new GraphError({ code: 100, message: message.startsWith('(#') ? message : `(#100) ${message}`, ...extra });
}

export function missingParameter(name: string): GraphError {
  return invalidParameter(`The parameter ${name} is required`);
}

/** What Graph answers for an id that does not exist or that this token may not see. */
export function unsupportedRequest(method: string, id: string): GraphError {
  return new GraphError({
    code: 100,
    subcode: 33,
    type: 'GraphMethodException',
    message:
      `Unsupported ${method.toLowerCase()} request. Object with ID '${id}' does not exist, cannot be loaded due to ` +
      'missing permissions, or does not support this operation. Please read the Graph API documentation at ' +
      'https://developers.facebook.com/docs/graph-api',
  });
}

export function unknownPath(components: string): GraphError {
  return new GraphError({ code: 2500, message: `Unknown path components: ${components}` });
}

/** Reference 5.1: 10 / 200-299 = permission missing. */
export function permissionError(code: 10 | 200, message: string): GraphError {
  return new GraphError({ code, message: `(#${code}) ${message}` });
}

export function accessTokenRequired(): GraphError {
  return new GraphError({ code: 104, message: 'An access token is required to request this resource.' });
}
