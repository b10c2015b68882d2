import { describe, expect, it } from 'vitest';
import type { Platform, PostType } from '../../../../../preload/contract';
import { issueOf, issuesOf, photo, validate, video } from './validationFixtures';

/** Every platform checks its account the same way; Facebook calls it a Page. */
const CASES: readonly { platform: Platform; postType: PostType; noun: string; name: string }[] = [
  { platform: 'instagram', postType: 'feed', noun: 'Instagram account', name: 'Instagram' },
  { platform: 'facebook', postType: 'photo', noun: 'Facebook Page', name: 'Facebook' },
  { platform: 'tiktok', postType: 'video', noun: 'TikTok account', name: 'TikTok' },
];

describe.each(CASES)('$platform account', ({ platform, postType, noun, name }) => {
  const media = [postType === 'video' ? video() : photo()];
  const withAccount = (account: Parameters<typeof validate>[0]['account']) => validate({ platform, postType, media, account });

  it('asks for one when none is chosen: the post stays valid to save, but cannot be scheduled', () => {
    const validation = withAccount(null);
    const issue = issueOf(validation, `${platform}.account.none`);
    expect(issue).toMatchObject({ severity: 'error', subject: 'account', targetId: `${platform}-target`, message: `Choose the ${noun} to post to.` });
    expect(validation.readyToSchedule).toBe(false);
  });

  it('says when the chosen account is no longer connected', () => {
    const gone = validate({ platform, postType, media, accountId: 'disconnected-account' });
    expect(issueOf(gone, `${platform}.account.not_found`).message).toBe(
      `The ${noun} chosen for this post is no longer connected. Choose another, or connect it again in Accounts.`,
    );
  });

  it('refuses an account of another platform', () => {
    const other: Platform = platform === 'facebook' ? 'instagram' : 'facebook';
    expect(issueOf(withAccount({ platform: other }), `${platform}.account.wrong_platform`).severity).toBe('error');
  });

  it('asks to reconnect an account that must sign in again (error), and says what to do', () => {
    const issue = issueOf(withAccount({ health: 'needs_reconnect' }), `${platform}.account.needs_reconnect`);
    expect(issue).toMatchObject({ severity: 'error', subject: 'account' });
    expect(issue.message).toBe(`${name} no longer accepts Outpost's sign-in for Corner Bakery. Reconnect it in Accounts.`);
  });

  it('warns about a missing permission and tells of a sign-in about to expire, without blocking', () => {
    const missing = withAccount({ health: 'missing_permission' });
    expect(issueOf(missing, `${platform}.account.missing_permission`).severity).toBe('warning');
    expect(missing.readyToSchedule).toBe(true);
    const expiring = withAccount({ health: 'expiring' });
    expect(issueOf(expiring, `${platform}.account.expiring`)).toMatchObject({ severity: 'info' });
    expect(issueOf(expiring, `${platform}.account.expiring`).message).toContain('within 7 days');
  });

  it('says nothing of a connected account', () => {
    expect(issuesOf(withAccount({}), `${platform}.account.none`)).toEqual([]);
    expect(withAccount({}).issues.filter((issue) => issue.subject === 'account')).toEqual([]);
  });
});
