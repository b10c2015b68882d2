import { jsonResponse, type SandboxRequest, type SandboxResponse, type UploadedFile } from '../core/sandboxHttp';
import { newSecret } from '../world/sandboxWorld';
import { authenticate, extractToken, tokenError } from './graphAuth';
import { GraphError, invalidParameter, unknownPath, unsupportedRequest } from './graphError';
import { parseFields } from './fieldsParam';
import { universalParams } from './graphParams';
import type { GraphCall, GraphHost, GraphServices, NodeType } from './graphNode';
import { renderNode } from './renderFields';
import { appUsage, businessUsage, recordGraphCall, usageHeaders, type BusinessObject } from './usageHeaders';

/**
 * Serves one Graph host (graph.facebook.com or graph.instagram.com): version segment, parameters,
 * token, node and edge lookup, strictness, usage accounting, and errors in Graph's shape.
 */
export const DEFAULT_GRAPH_VERSION = 'v23.0';
/** Versions in the stored copies run from v16.0 (mixpost) to v26.0 (Meta's upload guide), reference intro. */
const OLDEST_VERSION = 16;
const NEWEST_VERSION = 26;

/** Endpoints that are not nodes (token exchange, refresh); they check their own auth. */
export type SpecialRoute = (call: Omit<GraphCall, 'auth' | 'token' | 'extraPath'>) => Promise<unknown> | unknown;

export interface GraphHostDefinition {
  host: GraphHost;
  nodeTypes: NodeType<unknown>[];
  /** Keyed by 'METHOD path' with the version removed, e.g. 'GET oauth/access_token'. */
  specialRoutes: Record<string, SpecialRoute>;
  /** Node resolution for `me` on this host. */
  resolveMe(call: GraphCall): { nodeType: NodeType<unknown>; node: unknown } | null;
}

function mergeParams(request: SandboxRequest): { params: Record<string, unknown>; files: UploadedFile[] } {
  const params: Record<string, unknown> = {};
  for (const key of new Set(request.query.keys())) {
    const values = request.query.getAll(key);
    params[key] = values.length === 1 ? values[0] : values;
  }
  const body = request.body;
  if (body.kind === 'invalid') throw invalidParameter(`(#100) ${body.reason}`);
  if (body.kind === 'form' || body.kind === 'multipart') Object.assign(params, body.fields);
  if (body.kind === 'json') {
    if (typeof body.value !== 'object' || body.value === null || Array.isArray(body.value)) throw invalidParameter('(#100) A JSON body must be an object');
    Object.assign(params, body.value);
  }
  if (body.kind === 'raw') throw invalidParameter('(#100) This endpoint does not take a raw request body');
  return { params, files: body.kind === 'multipart' ? body.files : [] };
}

function parseVersion(segments: string[]): string {
  const first = segments[0];
  if (!first || !/^v\d+\.\d+$/.test(first)) return DEFAULT_GRAPH_VERSION;
  segments.shift();
  const major = Number(first.slice(1).split('.')[0]);
  if (major > NEWEST_VERSION || first.split('.')[1] !== '0') throw unknownPath(`/${first}`);
  if (major < OLDEST_VERSION) {
    throw new GraphError({
      code: 2635,
      message: `(#2635) You are calling a deprecated version of the Graph API. Please update to the latest version: v${NEWEST_VERSION}.0.`,
    });
  }
  return first;
}

type Method = GraphCall['method'];

export function createGraphDispatcher(definition: GraphHostDefinition, services: GraphServices) {
  const { world } = services;

  function findNode(id: string): { nodeType: NodeType<unknown>; node: unknown } | null {
    for (const nodeType of definition.nodeTypes) {
      if (!nodeType.hosts.includes(definition.host)) continue;
      const node = nodeType.find(world, id);
      if (node !== undefined) return { nodeType, node };
    }
    return null;
  }

  async function run(request: SandboxRequest, business: { current: BusinessObject | null }, version: { current: string }): Promise<unknown> {
    const segments = request.path.split('/').filter((segment) => segment !== '');
    version.current = parseVersion(segments);
    const method = request.method as Method;
    if (!['GET', 'POST', 'DELETE'].includes(method)) throw unsupportedRequest(request.method, segments[0] ?? '');
    const { params, files } = mergeParams(request);
    const base = { ...services, request, host: definition.host, version: version.current, method, params, files };

    const special = definition.specialRoutes[`${method} ${segments.join('/')}`];
    if (special) return special(base);
    if (segments.length === 0) throw unsupportedRequest(method, '');

    const token = extractToken(request, params);
    const auth = token ? authenticate(world, definition.host, token) : null;
    const call: GraphCall = { ...base, token, auth, extraPath: [] };

    const [id, edge = '', ...rest] = segments as [string, ...string[]];
    let resolved: { nodeType: NodeType<unknown>; node: unknown } | null;
    if (id === 'me') {
      if (!auth) throw new GraphError({ code: 2500, message: 'An active access token must be used to query information about the current user.' });
      resolved = definition.resolveMe(call);
      if (!resolved) throw new GraphError({ code: 2500, message: 'An active access token must be used to query information about the current user.' });
    } else {
      if (!auth) throw new GraphError({ code: 104, message: 'An access token is required to request this resource.' });
      resolved = findNode(id);
      if (!resolved || !resolved.nodeType.visible(call, resolved.node)) throw unsupportedRequest(method, id);
    }
    const { nodeType, node } = resolved;
    business.current = nodeType.business?.(call, node) ?? null;
    if (auth?.kind === 'page' && !business.current) business.current = { id: auth.subjectId, type: 'pages' };

    if (rest.length > 0 && !(nodeType.edgesWithSubPath ?? []).includes(edge)) throw unknownPath(`/${rest.join('/')}`);
    if (rest.length > 1) throw unknownPath(`/${rest.slice(1).join('/')}`);
    call.extraPath = rest;
    const handlers = nodeType.edges[edge];
    if (!handlers) throw unknownPath(`/${edge}`);
    const handler = handlers[method];

    enforceUsageLimits(business.current);

    if (handler) return handler(call, node);
    if (edge === '' && method === 'GET') {
      const fields = typeof params.fields === 'string' ? parseFields(params.fields) : null;
      for (const name of Object.keys(params)) {
        if (!universalParams.has(name)) throw invalidParameter(`Param ${name} is not a valid parameter for this endpoint`);
      }
      return renderNode(call, nodeType, node, fields);
    }
    throw unsupportedRequest(method, id === 'me' ? nodeType.idOf(node) : id);
  }

  /** Over budget, Graph refuses the call: code 4 for the app, 80001/80002 for a Page/IG account (reference 5.1, 5.3). */
  function enforceUsageLimits(business: BusinessObject | null): void {
    if (appUsage(world).call_count >= 100) {
      throw new GraphError({ code: 4, message: '(#4) Application request limit reached', isTransient: true });
    }
    if (business && businessUsage(world, business).call_count >= 100) {
      throw new GraphError({
        code: business.type === 'pages' ? 80001 : 80002,
        message:
          business.type === 'pages'
            ? 'There have been too many calls to this Page account. Wait a bit and try again.'
            : 'There have been too many calls to this Instagram account. Wait a bit and try again.',
        isTransient: true,
      });
    }
  }

  return async function dispatch(request: SandboxRequest): Promise<SandboxResponse> {
    const business = { current: null as BusinessObject | null };
    const version = { current: DEFAULT_GRAPH_VERSION };
    const traceId = newSecret(world, 'traceId');
    const common = (): Record<string, string> => ({
      'x-fb-trace-id': traceId,
      'x-fb-rev': '1020304050',
      'facebook-api-version': version.current,
    });
    try {
      const body = await run(request, business, version);
      recordGraphCall(world, business.current);
      return jsonResponse(200, body, { ...common(), ...usageHeaders(world, business.current) });
    } catch (error) {
      if (!(error instanceof GraphError)) throw error;
      recordGraphCall(world, business.current);
      return jsonResponse(error.status, error.body(traceId), { ...common(), ...usageHeaders(world, business.current), ...error.init.headers });
    }
  };
}

/** Token problems as a fault ('tokenExpired' injects a one-off 463). */
export function expiredTokenFault(services: GraphServices): GraphError {
  const now = services.world.clock.now();
  return tokenError(services.world, { kind: 'expired', expiresAt: now - 60_000 }, '');
}
