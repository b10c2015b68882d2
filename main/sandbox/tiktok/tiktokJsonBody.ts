import type { z } from 'zod';
import { headerValue, type SandboxRequest } from '../core/sandboxHttp';
import { TikTokApiError } from './tiktokErrors';

/**
 * TikTok's POST endpoints take JSON (`Content-Type: application/json; charset=UTF-8`). Bodies are
 * read with strict zod schemas: an unknown or misspelled field, a missing one or a wrong type is
 * invalid_params, naming the field.
 */
export function readJsonBody<T>(request: SandboxRequest, schema: z.ZodType<T>, options: { allowEmpty?: boolean } = {}): T {
  const contentType = (headerValue(request, 'content-type') ?? '').toLowerCase();
  if (request.body.kind === 'empty' && options.allowEmpty) return schema.parse({});
  if (!contentType.startsWith('application/json')) throw new TikTokApiError('invalid_params', 'Content-Type must be application/json; charset=UTF-8.');
  if (request.body.kind !== 'json') throw new TikTokApiError('invalid_params', 'The request body is not valid JSON.');
  const parsed = schema.safeParse(request.body.value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.join('.') ?? '';
    const detail = issue?.code === 'unrecognized_keys' ? `unknown field ${[path, ...issue.keys].filter(Boolean).join('.')}` : `${path || 'body'}: ${issue?.message ?? 'invalid'}`;
    throw new TikTokApiError('invalid_params', `Invalid request: ${detail}.`);
  }
  return parsed.data;
}
