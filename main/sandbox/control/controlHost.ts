import { z } from 'zod';
import type { HostService } from '../core/hostService';
import { Router } from '../core/router';
import { jsonResponse, type SandboxRequest, type SandboxResponse } from '../core/sandboxHttp';
import { requestFaultKinds } from '../faults/faultPlan';
import type { SandboxWorld } from '../world/sandboxWorld';
import type { SandboxControl } from './sandboxControl';
import { serveTestMedia } from './testMediaHost';

/**
 * The HTTP control endpoint, /__sandbox/… — the in-process control API over JSON, for a sandbox
 * running in another process (`npm run sandbox`, end-to-end tests). Never faulted.
 *
 *   GET  /                         overview: urls, clock, demo accounts
 *   GET  /state                    the whole state
 *   POST /reset
 *   GET  /clock                    POST /clock/advance {"ms"}
 *   GET  /faults                   POST /faults {kind, match?, times?, latencyMs?, status?, code?, afterBytes?}
 *   DELETE /faults                 POST /faults/failure-rate {rate, kinds?, match?}
 *   POST /faults/reject-media {platform, times?, reason?}     POST /faults/stick-containers {times?}
 *   POST /tokens/expire {platform?, token?, userId?}          POST /tokens/revoke {…, reason?}
 *   POST /tokens/meta {scopes?, longLived?}  /tokens/instagram {…}  /tokens/tiktok {scopes?}
 *   POST /tokens/meta/decline {permission}
 *   PUT  /redirect-uris {platform, uris}                       PUT /tiktok {verifiedUrlPrefixes?, audited?}
 *   /media/…                       the test media host (testMediaHost.ts)
 */
const hostKey = z.enum(['metaGraph', 'metaDialog', 'metaUpload', 'instagramGraph', 'instagramApi', 'tiktokApi', 'tiktokAuth', 'tiktokUpload', 'cdn']);
const match = z.strictObject({ hosts: z.array(hostKey).optional(), method: z.string().optional(), pathIncludes: z.string().optional() });
const faultKind = z.enum(requestFaultKinds as unknown as [string, ...string[]]);
const platform = z.enum(['meta', 'instagram', 'tiktok']);
const tokenFilter = z.strictObject({ platform: platform.optional(), token: z.string().optional(), userId: z.string().optional(), reason: z.enum(['app_removed', 'checkpointed', 'password_changed', 'logged_out']).optional() });

const schemas = {
  advance: z.strictObject({ ms: z.number().int().nonnegative() }),
  fault: z.strictObject({
    kind: faultKind,
    match: match.optional(),
    times: z.number().int().positive().nullable().optional(),
    latencyMs: z.number().int().nonnegative().optional(),
    status: z.number().int().min(500).max(599).optional(),
    code: z.number().int().optional(),
    afterBytes: z.number().int().nonnegative().optional(),
  }),
  failureRate: z.strictObject({ rate: z.number().min(0).max(1), kinds: z.array(faultKind).nonempty().optional(), match: match.optional() }),
  rejectMedia: z.strictObject({ platform: z.enum(['instagram', 'facebook', 'tiktok']), times: z.number().int().positive().nullable().optional(), reason: z.union([z.string(), z.number()]).optional() }),
  stick: z.strictObject({ times: z.number().int().positive().nullable().optional() }),
  withdrawMetric: z.strictObject({ metric: z.string().min(1), productType: z.enum(['FEED', 'REELS', 'STORY']).optional(), deprecated: z.boolean().optional() }),
  metaToken: z.strictObject({ scopes: z.array(z.string()).optional(), longLived: z.boolean().optional() }),
  tiktokToken: z.strictObject({ scopes: z.array(z.string()).optional() }),
  decline: z.strictObject({ permission: z.string().min(1) }),
  redirectUris: z.strictObject({ platform, uris: z.array(z.string()) }),
  tiktok: z.strictObject({ verifiedUrlPrefixes: z.array(z.string()).optional(), audited: z.boolean().optional() }),
};

class ControlInputError extends Error {}

function body<T>(request: SandboxRequest, schema: z.ZodType<T>): T {
  const value = request.body.kind === 'json' ? request.body.value : request.body.kind === 'empty' ? {} : undefined;
  if (value === undefined) throw new ControlInputError('Send a JSON body (Content-Type: application/json).');
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ControlInputError(parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; '));
  return parsed.data;
}

export function createControlHost(world: SandboxWorld, control: SandboxControl): HostService {
  const router = new Router<(request: SandboxRequest) => unknown>();
  router
    .add('GET', '/', () => ({ seed: world.seed, now: control.clock.now(), nowIso: new Date(control.clock.now()).toISOString(), urls: world.urls, demo: control.demo() }))
    .add('GET', '/state', () => control.state())
    .add('POST', '/reset', () => (control.reset(), { ok: true }))
    .add('GET', '/clock', () => ({ now: control.clock.now(), nowIso: new Date(control.clock.now()).toISOString() }))
    .add('POST', '/clock/advance', (request) => {
      control.clock.advance(body(request, schemas.advance).ms);
      return { now: control.clock.now(), nowIso: new Date(control.clock.now()).toISOString() };
    })
    .add('GET', '/faults', () => ({ ...control.faults.describe(), log: control.faults.log() }))
    .add('POST', '/faults', (request) => control.faults.inject(body(request, schemas.fault) as Parameters<SandboxControl['faults']['inject']>[0]))
    .add('DELETE', '/faults', () => (control.faults.clear(), { ok: true }))
    .add('POST', '/faults/failure-rate', (request) => {
      control.faults.setFailureRate(body(request, schemas.failureRate) as Parameters<SandboxControl['faults']['setFailureRate']>[0]);
      return { ok: true };
    })
    .add('POST', '/faults/reject-media', (request) => (control.faults.rejectMedia(body(request, schemas.rejectMedia)), { ok: true }))
    .add('POST', '/faults/stick-containers', (request) => (control.faults.stickContainers(body(request, schemas.stick).times ?? 1), { ok: true }))
    .add('POST', '/faults/withdraw-metric', (request) => (control.faults.withdrawMetric(body(request, schemas.withdrawMetric)), { ok: true }))
    .add('POST', '/tokens/expire', (request) => {
      const { reason: _reason, ...filter } = body(request, tokenFilter);
      return { expired: control.tokens.expire(filter) };
    })
    .add('POST', '/tokens/revoke', (request) => {
      const { reason, ...filter } = body(request, tokenFilter);
      return { revoked: control.tokens.revoke(filter, reason) };
    })
    .add('POST', '/tokens/meta', (request) => control.tokens.issueMetaUserToken(body(request, schemas.metaToken)))
    .add('POST', '/tokens/meta/decline', (request) => (control.tokens.declineMetaPermission(body(request, schemas.decline).permission), { ok: true }))
    .add('POST', '/tokens/instagram', (request) => control.tokens.issueInstagramToken(body(request, schemas.metaToken)))
    .add('POST', '/tokens/tiktok', (request) => control.tokens.issueTikTokToken(body(request, schemas.tiktokToken)))
    .add('PUT', '/redirect-uris', (request) => {
      const input = body(request, schemas.redirectUris);
      control.setRedirectUris(input.platform, input.uris);
      return { ok: true };
    })
    .add('PUT', '/tiktok', (request) => (control.configureTikTok(body(request, schemas.tiktok)), { ok: true }));

  return {
    async handle(request): Promise<SandboxResponse> {
      if (request.path === '/media' || request.path.startsWith('/media/')) return serveTestMedia(world, request, request.path.slice('/media/'.length));
      const found = router.match(request.method, request.path);
      if (found.kind === 'not-found') return jsonResponse(404, { error: `No control operation at ${request.path}.` });
      if (found.kind === 'method-not-allowed') return jsonResponse(405, { error: `Use ${found.allowed.join(' or ')}.` });
      try {
        return jsonResponse(200, found.handler(request));
      } catch (error) {
        if (error instanceof ControlInputError || error instanceof RangeError) return jsonResponse(400, { error: error.message });
        throw error;
      }
    },
    faultResponse: () => jsonResponse(500, { error: 'The control endpoint is never faulted.' }),
  };
}
