import { describe, expect, it } from 'vitest';
import { PermanentError, ThrottledError, TransientError } from '../../../../../main/platforms/platformErrors';
import { publishedFrom, readAfterPublishing, resultString } from '../../../../../main/platforms/publishing/stepResults';

const details = { platform: 'meta', network: 'metaGraph', classifiedBy: 'test' } as const;

describe('step results', () => {
  it('the published post is what the permalink step left', () => {
    expect(publishedFrom({ fetchPermalink: { postId: '1', permalink: 'https://example.test/p/1' } })).toEqual({ platformPostId: '1', permalink: 'https://example.test/p/1' });
    expect(publishedFrom({ fetchPermalink: { postId: '1', permalink: null } })).toEqual({ platformPostId: '1', permalink: null });
  });

  it('a result a step depends on and did not get is a bug, said with the step’s name', () => {
    expect(() => resultString({}, 'publish', 'mediaId')).toThrow('The step publish left no mediaId.');
  });

  it('after publishing, only failures worth retrying stop the step; others leave the value out', async () => {
    const transient = new TransientError({ details, meaning: 'the network failed', needsNewContainer: false });
    const throttled = new ThrottledError({ details, meaning: 'slow down', retryAfter: new Date(), scope: 'app' });
    await expect(readAfterPublishing(async () => Promise.reject(transient))).rejects.toBe(transient);
    await expect(readAfterPublishing(async () => Promise.reject(throttled))).rejects.toBe(throttled);
    expect(await readAfterPublishing(async () => Promise.reject(new PermanentError({ details, meaning: 'no' })))).toBeNull();
    expect(await readAfterPublishing(async () => 'link')).toBe('link');
  });
});
