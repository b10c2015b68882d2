/**
 * A tiny path router. Patterns are '/'-separated; a segment `:name` captures one segment, a final
 * `*name` captures the rest. A path that matches with another method reports the methods it does
 * allow, so each host can answer a wrong method the way its real API does.
 */
export type RouteMatch<H> =
  | { kind: 'found'; handler: H; params: Record<string, string> }
  | { kind: 'method-not-allowed'; allowed: string[] }
  | { kind: 'not-found' };

interface Route<H> {
  method: string;
  segments: string[];
  handler: H;
}

function splitPath(path: string): string[] {
  // Keeps a trailing empty segment, so '/v2/oauth/token/' and '/v2/oauth/token' differ, as they
  // do for TikTok.
  return path.split('/').slice(1);
}

function matchSegments(pattern: string[], actual: string[]): Record<string, string> | null {
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const expected = pattern[i] as string;
    if (expected.startsWith('*')) {
      params[expected.slice(1)] = actual.slice(i).map(decodeURIComponent).join('/');
      return params;
    }
    const segment = actual[i];
    if (segment === undefined) return null;
    if (expected.startsWith(':')) {
      if (segment === '') return null;
      params[expected.slice(1)] = decodeURIComponent(segment);
    } else if (expected !== segment) {
      return null;
    }
  }
  return pattern.length === actual.length ? params : null;
}

export class Router<H> {
  private readonly routes: Route<H>[] = [];

  add(method: string, pattern: string, handler: H): this {
    this.routes.push({ method: method.toUpperCase(), segments: splitPath(pattern), handler });
    return this;
  }

  match(method: string, path: string): RouteMatch<H> {
    const actual = splitPath(path);
    const allowed: string[] = [];
    for (const route of this.routes) {
      const params = matchSegments(route.segments, actual);
      if (!params) continue;
      if (route.method === method.toUpperCase()) return { kind: 'found', handler: route.handler, params };
      allowed.push(route.method);
    }
    return allowed.length > 0 ? { kind: 'method-not-allowed', allowed } : { kind: 'not-found' };
  }
}
