/**
 * Shared set-up for the composer's screen tests: a validation that measures like main (counts per
 * target against each platform's limits, plus the issues a test adds), and opening Compose.
 */
import { screen } from '@testing-library/react';
import type { Platform, PostDraft, PostTarget, PostValidation, TikTokCreatorSettings, ValidationIssue } from '../../../../preload/contract';
import { segmentCaption } from '../../../../renderer/src/features/compose/editor/captionSegments';
import { createFakeApi, type FakeApi } from '../fakeApi';
import { renderApp } from '../renderApp';

const LIMITS: Record<Platform, { characters: number; hashtags: number | null; mentions: number | null }> = {
  instagram: { characters: 2200, hashtags: 30, mentions: 20 },
  facebook: { characters: 63_206, hashtags: null, mentions: null },
  tiktok: { characters: 2200, hashtags: null, mentions: null },
};

const countOf = (text: string, kind: 'hashtag' | 'mention') => segmentCaption(text).filter((segment) => segment.kind === kind).length;

/** main's validation, as far as the composer's screens need it: measures for every target, and `issues`. */
export function measuringValidation(issues: (post: PostDraft) => ValidationIssue[] = () => []): (post: PostDraft) => PostValidation {
  return (post) => {
    const found = issues(post);
    return {
      issues: found,
      measures: post.targets.map((target: PostTarget) => {
        const text = target.caption ?? post.body;
        const limits = LIMITS[target.platform];
        return {
          targetId: target.id,
          characters: { used: Array.from(text).length, max: limits.characters },
          hashtags: { used: countOf(text, 'hashtag'), max: limits.hashtags },
          mentions: { used: countOf(text, 'mention'), max: limits.mentions },
          items: { used: (target.mediaIds ?? post.mediaIds).length, min: 0, max: 10 },
        };
      }),
      readyToSchedule: post.targets.length > 0 && !found.some((issue) => issue.severity === 'error'),
    };
  };
}

export function issue(overrides: Partial<ValidationIssue> & Pick<ValidationIssue, 'key' | 'message'>): ValidationIssue {
  return { targetId: null, subject: 'caption', mediaId: null, severity: 'error', code: 'test.rule', fix: null, ...overrides };
}

export const TIKTOK_CREATOR: TikTokCreatorSettings = {
  privacyLevelOptions: ['PUBLIC_TO_EVERYONE', 'MUTUAL_FOLLOW_FRIENDS', 'SELF_ONLY'],
  commentDisabled: false,
  duetDisabled: true,
  stitchDisabled: false,
  maxVideoPostDurationSec: 600,
  readAt: '2025-12-06T08:00:00.000Z',
};

/** Opens the app on Compose (as a reload of #/compose does) and waits for the editor. */
export async function openCompose(fake: FakeApi = createFakeApi()) {
  window.history.replaceState(null, '', '#/compose');
  const rendered = renderApp(fake);
  await screen.findByRole('textbox', { name: 'Post text' });
  return rendered;
}
