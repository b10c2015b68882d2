import { describe, expect, it } from 'vitest';
import { mediaRoutePath, parseMediaRoute } from '../../../../main/media/mediaRoutes';

const id = 'ab'.repeat(32);

describe('media routes', () => {
  it('round-trip a variant and an id', () => {
    expect(mediaRoutePath('thumbnail', id)).toBe(`/media/thumbnail/${id}`);
    expect(parseMediaRoute(mediaRoutePath('preview', id))).toEqual({ variant: 'preview', id });
  });

  it.each([
    `/media/original/${id}`,
    `/media/thumbnail/${id.toUpperCase()}`,
    `/media/thumbnail/${id.slice(1)}`,
    `/media/thumbnail/${id}0`,
    `/media/thumbnail/${id}/`,
    `/media/thumbnail/../../${id}`,
    `/media/thumbnail/${id.slice(0, 62)}%2e%2e`,
    '/media/thumbnail/',
    `/MEDIA/thumbnail/${id}`,
  ])('refuse %s', (path) => {
    expect(parseMediaRoute(path)).toBeNull();
  });
});
