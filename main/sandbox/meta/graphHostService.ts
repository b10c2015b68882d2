import type { HostService } from '../core/hostService';
import { jsonResponse, type SandboxRequest } from '../core/sandboxHttp';
import { checkToken } from '../world/accessTokens';
import { newSecret } from '../world/sandboxWorld';
import { extractToken } from './graphAuth';
import { createGraphDispatcher, expiredTokenFault, type GraphHostDefinition } from './graphDispatcher';
import { GraphError } from './graphError';
import type { GraphServices } from './graphNode';
import { isBusinessThrottle, throttleError } from './throttleErrors';
import { usageHeaders, type BusinessObject } from './usageHeaders';

/** A Graph host as the HTTP server sees it: the dispatcher, plus fault answers in Graph's shape. */
export function createGraphHostService(definition: GraphHostDefinition, services: GraphServices): HostService {
  const dispatch = createGraphDispatcher(definition, services);
  const { world } = services;

  /**
   * The Page or Instagram account a throttled call would be counted against: an Instagram
   * account, container or media named by the path counts against that account, as the dispatcher
   * counts it (whatever the token); otherwise the token's Page or Instagram account.
   */
  function businessFor(request: SandboxRequest): BusinessObject {
    const { instagram } = world.state;
    const objectId = request.path.split('/').find((segment) => segment !== '' && !/^v\d+\.\d+$/.test(segment)) ?? '';
    const igUserId = instagram.accounts[objectId]?.id ?? instagram.containers[objectId]?.igUserId ?? instagram.media[objectId]?.igUserId;
    if (igUserId) return { id: igUserId, type: 'instagram' };
    const token = extractToken(request, Object.fromEntries(request.query));
    const record = token ? checkToken(world, token).record : null;
    if (record?.kind === 'page') return { id: record.subjectId, type: 'pages' };
    if (record?.platform === 'instagram') return { id: record.subjectId, type: 'instagram' };
    const page = Object.values(world.state.meta.pages)[0];
    if (definition.host === 'instagram' || !page) {
      return { id: page?.igUserId ?? Object.keys(world.state.instagram.accounts)[0] ?? '0', type: 'instagram' };
    }
    return { id: page.id, type: 'pages' };
  }

  return {
    handle: dispatch,
    faultResponse(fault, request) {
      const traceId = newSecret(world, 'traceId');
      let error: GraphError;
      let headers: Record<string, string> = usageHeaders(world, null);
      if (fault.kind === 'serverError') {
        error =
          fault.status === 503
            ? new GraphError({ code: 2, message: 'An unexpected error has occurred. Please retry your request later.', isTransient: true, status: 503 })
            : new GraphError({ code: 1, message: 'An unknown error occurred', isTransient: true, status: fault.status });
      } else if (fault.kind === 'throttle') {
        const code = fault.code ?? 4;
        error = throttleError(code);
        headers = isBusinessThrottle(code)
          ? usageHeaders(world, businessFor(request), { businessExhaustedMinutes: 5 })
          : usageHeaders(world, null, { appExhausted: code === 4 });
      } else {
        error = expiredTokenFault(services);
      }
      return jsonResponse(error.status, error.body(traceId), { 'x-fb-trace-id': traceId, ...headers, ...error.init.headers });
    },
  };
}
