import { describe, expect, it } from 'vitest';
import type { TikTokCreatorSettings } from '../../../../../preload/contract';
import { codesOf, issueOf, issuesOf, photo, tiktokCreator, validate, video, type OptionsOf } from './validationFixtures';

/** The creator's `creator_info` (6.2 [S78]) and the commercial-content disclosure. */

/** A private account's audiences (6.2 [S78]): no "Everyone". */
const creator = (overrides: Partial<TikTokCreatorSettings> = {}) =>
  tiktokCreator({ privacyLevelOptions: ['FOLLOWER_OF_CREATOR', 'MUTUAL_FOLLOW_FRIENDS', 'SELF_ONLY'], ...overrides });

const post = (options: Partial<OptionsOf<'tiktok'>>, settings: TikTokCreatorSettings | null = creator(), postType: 'video' | 'photo' = 'video') =>
  validate({
    platform: 'tiktok',
    postType,
    media: [postType === 'video' ? video() : photo()],
    options: { privacyLevel: 'FOLLOWER_OF_CREATOR', ...options },
    account: { tiktokCreator: settings },
  });

describe('TikTok privacy level', () => {
  it('must be chosen: nothing is chosen for the creator', () => {
    const issue = issueOf(post({ privacyLevel: null }), 'tiktok.privacy.none');
    expect(issue).toMatchObject({ severity: 'error', subject: 'options', message: 'Choose who can see this TikTok post.' });
  });

  it('must be one the account offers, listing those it does', () => {
    expect(issuesOf(post({ privacyLevel: 'FOLLOWER_OF_CREATOR' }), 'tiktok.privacy.not_offered')).toEqual([]);
    expect(issueOf(post({ privacyLevel: 'PUBLIC_TO_EVERYONE' }), 'tiktok.privacy.not_offered').message).toBe(
      'TikTok does not offer “Everyone” for Corner Bakery; it offers “Followers”, “Friends” or “Only me”. Choose one of those.',
    );
  });

  it('cannot be checked before the settings were read: a warning that says how to read them', () => {
    const validation = post({ privacyLevel: 'PUBLIC_TO_EVERYONE', allowComments: true }, null);
    expect(issueOf(validation, 'tiktok.creator.unread')).toMatchObject({ severity: 'warning' });
    expect(issueOf(validation, 'tiktok.creator.unread').message).toContain('Reconnect the account in Accounts');
    expect(codesOf(validation)).toEqual(['tiktok.creator.unread']);
  });
});

describe('TikTok interactions', () => {
  it('refuses comments, duets and stitches the creator turned off', () => {
    const off = creator({ commentDisabled: true, duetDisabled: true, stitchDisabled: true });
    const validation = post({ allowComments: true, allowDuet: true, allowStitch: true }, off);
    expect(codesOf(validation)).toEqual(['tiktok.interactions.comments', 'tiktok.interactions.duet', 'tiktok.interactions.stitch']);
    expect(issueOf(validation, 'tiktok.interactions.duet').message).toBe(
      'Corner Bakery has duets turned off in TikTok, so this post cannot allow them. Switch duets off here, or turn them on in the TikTok app.',
    );
    expect(codesOf(post({ allowComments: false, allowDuet: false, allowStitch: false }, off))).toEqual([]);
  });

  it('allows what the creator left on', () => {
    expect(codesOf(post({ allowComments: true, allowDuet: true, allowStitch: true }))).toEqual([]);
  });

  it('checks only comments on a photo post, which has no duets or stitches', () => {
    const off = creator({ commentDisabled: true, duetDisabled: true, stitchDisabled: true });
    const codes = codesOf(post({ allowComments: true, allowDuet: true, allowStitch: true }, off, 'photo'));
    expect(codes).toContain('tiktok.interactions.comments');
    expect(codes).not.toContain('tiktok.interactions.duet');
    expect(codes).not.toContain('tiktok.interactions.stitch');
  });
});

describe('TikTok commercial-content disclosure', () => {
  it('needs own business and/or branded content once turned on', () => {
    expect(issueOf(post({ discloseCommercialContent: true }), 'tiktok.disclosure.incomplete').severity).toBe('error');
    expect(codesOf(post({ discloseCommercialContent: true, promotesOwnBusiness: true }))).toEqual([]);
    expect(codesOf(post({ discloseCommercialContent: true, brandedContent: true }))).toEqual([]);
  });

  it('refuses private branded content (UNCONFIRMED in the reference)', () => {
    const issue = issueOf(post({ discloseCommercialContent: true, brandedContent: true, privacyLevel: 'SELF_ONLY' }), 'tiktok.disclosure.branded_private');
    expect(issue.message).toContain('does not let branded content be private');
    expect(codesOf(post({ discloseCommercialContent: true, promotesOwnBusiness: true, privacyLevel: 'SELF_ONLY' }))).toEqual([]);
  });

  it('ignores the choices while the disclosure is off, since none is sent', () => {
    expect(codesOf(post({ discloseCommercialContent: false, brandedContent: true, privacyLevel: 'SELF_ONLY' }))).toEqual([]);
  });
});
