/**
 * How the sandbox downloads `image_url`, `video_url`, `url` and `file_url` like Meta and TikTok do
 * ("We cURL media used in publishing attempts", reference 2.3). Plain HTTP with a timeout and a
 * size cap; the outcome says what went wrong so each platform can answer with its own code.
 */
export type FetchOutcome =
  | { ok: true; bytes: Buffer; contentType: string | null; truncated: boolean; totalBytes: number }
  | { ok: false; reason: 'timeout' | 'unreachable' | 'http-error' | 'not-http'; status?: number };

export interface MediaFetcher {
  /** Reads at most `maxBytes` (then reports truncated with the declared or counted size). */
  fetch(url: string, maxBytes: number): Promise<FetchOutcome>;
}

export function createMediaFetcher(timeoutMs: number): MediaFetcher {
  return {
    async fetch(url, maxBytes) {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        return { ok: false, reason: 'not-http' };
      }
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { ok: false, reason: 'not-http' };
      let response: Response;
      try {
        response = await fetch(parsed, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
      } catch (error) {
        const name = (error as { name?: string }).name;
        return { ok: false, reason: name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'unreachable' };
      }
      if (!response.ok || !response.body) {
        await response.body?.cancel().catch(() => undefined);
        return { ok: false, reason: 'http-error', status: response.status };
      }
      const chunks: Buffer[] = [];
      let received = 0;
      let truncated = false;
      const reader = response.body.getReader();
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          received += value.length;
          if (received > maxBytes) {
            truncated = true;
            chunks.push(Buffer.from(value.subarray(0, value.length - (received - maxBytes))));
            await reader.cancel();
            break;
          }
          chunks.push(Buffer.from(value));
        }
      } catch (error) {
        const name = (error as { name?: string }).name;
        return { ok: false, reason: name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'unreachable' };
      }
      const declared = Number(response.headers.get('content-length'));
      return {
        ok: true,
        bytes: Buffer.concat(chunks),
        contentType: response.headers.get('content-type'),
        truncated,
        totalBytes: truncated && Number.isFinite(declared) && declared > 0 ? declared : received,
      };
    },
  };
}
