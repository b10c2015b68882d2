import type { SandboxRequest } from '../core/sandboxHttp';
import { TikTokApiError } from './tiktokErrors';

/** The `fields` query parameter of user/info, video/query and video/list (reference 6.3); no other query parameter is taken. */
export function readFields(request: SandboxRequest, known: readonly string[]): string[] {
  for (const key of request.query.keys()) {
    if (key !== 'fields') throw new TikTokApiError('invalid_params', `Invalid request: unknown query parameter ${key}.`);
  }
  const raw = request.query.get('fields');
  if (!raw) throw new TikTokApiError('invalid_params', 'Invalid request: fields is required.');
  const fields = raw.split(',').map((field) => field.trim()).filter((field) => field !== '');
  const unknown = fields.filter((field) => !known.includes(field));
  if (unknown.length > 0) throw new TikTokApiError('invalid_params', `Invalid request: unknown field ${unknown.join(', ')}.`);
  return fields;
}
