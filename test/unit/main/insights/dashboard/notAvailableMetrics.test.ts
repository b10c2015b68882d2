import { describe, expect, it } from 'vitest';
import { notAvailableFor } from '../../../../../main/insights/dashboard/notAvailableMetrics';

describe('metrics a platform does not give', () => {
  it('says views stand in for reach on TikTok', () => {
    expect(notAvailableFor('tiktok', 'video')).toEqual([
      'TikTok does not report reach; views stand in for it.',
      'TikTok does not report saves, replies, link clicks, profile activity or watch time for videos.',
    ]);
  });

  it('names what each kind of Instagram post lacks', () => {
    expect(notAvailableFor('instagram', 'story')).toEqual(['Instagram does not report likes, comments, saves, link clicks or watch time for stories.']);
    expect(notAvailableFor('instagram', 'reel')).toEqual(['Instagram does not report replies, link clicks or profile activity for reels.']);
  });

  it('covers Facebook posts', () => {
    expect(notAvailableFor('facebook', 'link')).toEqual(['Facebook does not report saves, replies, profile activity or watch time for link posts.']);
  });
});
