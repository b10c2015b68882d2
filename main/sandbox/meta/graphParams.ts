import { invalidParameter, missingParameter } from './graphError';

/**
 * Strict parameter reading for Graph endpoints. Query string and body are merged (Graph accepts
 * either); every parameter must be declared by the endpoint. The real API ignores some unknown
 * parameters; the sandbox refuses them on purpose (issue 3: "a misspelled parameter is rejected")
 * with code 100, the invalid-parameter code of reference 5.1.
 */
export type ParamSpec =
  | { type: 'string'; required?: boolean }
  | { type: 'int'; required?: boolean; min?: number; max?: number }
  | { type: 'bool'; required?: boolean }
  | { type: 'enum'; values: readonly string[]; required?: boolean }
  | { type: 'list'; required?: boolean }
  | { type: 'json'; required?: boolean };

type ValueOf<S extends ParamSpec> = S extends { type: 'int' }
  ? number
  : S extends { type: 'bool' }
    ? boolean
    : S extends { type: 'list' }
      ? string[]
      : S extends { type: 'json' }
        ? unknown
        : string;

export type ParamsOf<T extends Record<string, ParamSpec>> = {
  [K in keyof T]: T[K] extends { required: true } ? ValueOf<T[K]> : ValueOf<T[K]> | undefined;
};

/** Accepted on every Graph call. */
export const universalParams = new Set(['access_token', 'appsecret_proof', 'pretty', 'format', 'locale', 'suppress_http_code', 'fields']);

function single(name: string, value: unknown): unknown {
  if (Array.isArray(value)) {
    if (value.length === 1) return value[0];
    throw invalidParameter(`Param ${name} was given more than once`);
  }
  return value;
}

function readOne(name: string, spec: ParamSpec, raw: unknown): unknown {
  const value = single(name, raw);
  switch (spec.type) {
    case 'string':
      if (typeof value === 'string') return value;
      if (typeof value === 'number' || typeof value === 'boolean') return String(value);
      throw invalidParameter(`Param ${name} must be a string`);
    case 'int': {
      const number = typeof value === 'number' ? value : typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : NaN;
      if (!Number.isSafeInteger(number)) throw invalidParameter(`Param ${name} must be an integer`);
      if (spec.min !== undefined && number < spec.min) throw invalidParameter(`Param ${name} must be at least ${spec.min}`);
      if (spec.max !== undefined && number > spec.max) throw invalidParameter(`Param ${name} must be at most ${spec.max}`);
      return number;
    }
    case 'bool':
      if (value === true || value === 'true' || value === '1') return true;
      if (value === false || value === 'false' || value === '0') return false;
      throw invalidParameter(`Param ${name} must be a boolean`);
    case 'enum':
      if (typeof value === 'string' && spec.values.includes(value)) return value;
      throw invalidParameter(`Param ${name} must be one of {${spec.values.join(', ')}}`);
    case 'list':
      if (Array.isArray(raw)) return raw.map(String);
      if (typeof value === 'string') return value.split(',').map((item) => item.trim()).filter((item) => item !== '');
      throw invalidParameter(`Param ${name} must be a comma-separated list`);
    case 'json':
      if (typeof value !== 'string') return value;
      try {
        return JSON.parse(value) as unknown;
      } catch {
        throw invalidParameter(`Param ${name} must be a JSON-encoded value`);
      }
  }
}

export function readParams<T extends Record<string, ParamSpec>>(raw: Record<string, unknown>, spec: T): ParamsOf<T> {
  for (const name of Object.keys(raw)) {
    if (!(name in spec) && !universalParams.has(name)) {
      throw invalidParameter(`Param ${name} is not a valid parameter for this endpoint`, {
        userTitle: 'Unknown parameter',
        userMessage: `This endpoint does not take "${name}". Accepted: ${Object.keys(spec).join(', ') || 'none'}.`,
      });
    }
  }
  const out: Record<string, unknown> = {};
  for (const [name, item] of Object.entries(spec)) {
    const value = raw[name];
    if (value === undefined || value === '') {
      if (item.required) throw missingParameter(name);
      continue;
    }
    out[name] = readOne(name, item, value);
  }
  return out as ParamsOf<T>;
}
