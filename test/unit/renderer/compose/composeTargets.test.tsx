import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { createFakeApi, liveAccount, liveAccounts, ok } from '../fakeApi';
import { renderApp } from '../renderApp';
import { draftPost, draftTarget, mediaItem } from '../fakeComposer';
import { openCompose, TIKTOK_CREATOR } from './composeFixtures';

const REMEMBERED = 'outpost.compose.openPostId';

beforeEach(() => {
  window.localStorage.clear();
});

/** The post main holds now (the composer saves within a second). */
const savedPost = (fake: ReturnType<typeof createFakeApi>) => fake.composer.posts.at(-1);

describe('Compose: destinations', () => {
  it('works with no accounts: a platform is added with its account to choose later', async () => {
    const fake = createFakeApi();
    const { user } = await openCompose(fake);
    expect(screen.getByText(/You can add a platform now and choose its account later/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add destination' }));
    expect(screen.getAllByRole('menuitem').map((item) => item.textContent)).toEqual([
      'Instagram · choose the account later',
      'Facebook · choose the account later',
      'TikTok · choose the account later',
    ]);
    await user.click(screen.getByRole('menuitem', { name: 'Instagram · choose the account later' }));

    expect(screen.getByRole('tab', { name: 'Instagram · account to choose' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByText(/No Instagram account is connected yet/)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Choose later' })).toBeChecked();
    await waitFor(() => expect(savedPost(fake)?.targets).toMatchObject([{ platform: 'instagram', accountId: null, postType: 'feed' }]));
  });

  it('waits for the accounts before showing a saved post, so a chosen account never reads as "no longer connected"', async () => {
    const fake = createFakeApi({
      accounts: liveAccounts(),
      posts: [draftPost('post-1', { body: 'Rye', targets: [draftTarget('post-1', 'instagram', 'acc-ig-page')] })],
    });
    let answerAccounts!: () => void;
    const accountsAnswered = new Promise<void>((resolve) => (answerAccounts = resolve));
    fake.handle('accounts.list', async () => {
      await accountsAnswered;
      return ok(fake.accounts);
    });
    window.localStorage.setItem(REMEMBERED, 'post-1');
    window.history.replaceState(null, '', '#/compose');
    renderApp(fake);

    expect(await screen.findByText('Opening the post…')).toBeInTheDocument();
    expect(screen.queryByText(/no longer connected/)).not.toBeInTheDocument();
    answerAccounts();

    expect(await screen.findByRole('tab', { name: 'Instagram · Crumb & Co' })).toBeInTheDocument();
    expect(screen.queryByText(/no longer connected/)).not.toBeInTheDocument();
  });

  it('offers the connected accounts, names each tab by its account, and removes a destination', async () => {
    const fake = createFakeApi({ accounts: liveAccounts() });
    const { user } = await openCompose(fake);

    await user.click(screen.getByRole('button', { name: 'Add destination' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Instagram · Crumb & Co' }));
    await user.click(screen.getByRole('button', { name: 'Add destination' }));
    expect(screen.getByRole('menuitem', { name: 'Instagram · Crumb & Co' })).toHaveAttribute('aria-disabled', 'true');
    await user.click(screen.getByRole('menuitem', { name: 'Facebook · Crumb & Co Bakery' }));

    const tabs = screen.getByRole('tablist', { name: 'Destinations' });
    expect(within(tabs).getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['Instagram · Crumb & Co', 'Facebook · Crumb & Co Bakery']);
    expect(screen.getByRole('tab', { name: 'Facebook · Crumb & Co Bakery' })).toHaveAttribute('aria-selected', 'true');

    await user.click(screen.getByRole('button', { name: 'Remove Facebook · Crumb & Co Bakery' }));
    expect(within(tabs).getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['Instagram · Crumb & Co']);
    await waitFor(() => expect(savedPost(fake)?.targets).toMatchObject([{ platform: 'instagram', accountId: 'acc-ig-page' }]));
  });
});

describe('Compose: a destination’s caption', () => {
  it("follows the post's text until edited, then keeps its own until reset", async () => {
    const post = draftPost('post-1', { body: 'Fresh bread', targets: [draftTarget('post-1', 'instagram', 'acc-ig-page', { id: 'ig' })] });
    const fake = createFakeApi({ posts: [post], accounts: liveAccounts() });
    window.localStorage.setItem(REMEMBERED, 'post-1');
    const { user } = await openCompose(fake);

    const variant = screen.getByRole('textbox', { name: 'Caption for Instagram · Crumb & Co' });
    expect(variant).toHaveValue('Fresh bread');
    expect(screen.getByText('Same as the post')).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Post text' }), ' today');
    expect(variant).toHaveValue('Fresh bread today');

    await user.type(variant, ' #sourdough');
    expect(screen.getByText('Edited for Instagram')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Post text' }), '!');
    expect(variant).toHaveValue('Fresh bread today #sourdough');
    await waitFor(() => expect(savedPost(fake)?.targets[0]?.caption).toBe('Fresh bread today #sourdough'));

    await user.click(screen.getByRole('button', { name: "Reset to the post's text" }));
    expect(variant).toHaveValue('Fresh bread today!');
    expect(screen.getByText('Same as the post')).toBeInTheDocument();
    await waitFor(() => expect(savedPost(fake)?.targets[0]?.caption).toBeNull());
  });
});

describe('Compose: post types and options', () => {
  it("offers only the platform's post types, following the media until the owner picks one", async () => {
    const photo = mediaItem('loaf.jpg');
    const clip = mediaItem('oven.mp4', { probe: { kind: 'video' } });
    const post = draftPost('post-1', { mediaIds: [photo.id], targets: [draftTarget('post-1', 'instagram', null, { id: 'ig' })] });
    const fake = createFakeApi({ posts: [post], media: [photo, clip] });
    window.localStorage.setItem(REMEMBERED, 'post-1');
    const { user } = await openCompose(fake);

    const types = screen.getByRole('radiogroup', { name: 'Post type' });
    expect(within(types).getAllByRole('radio').map((radio) => radio.closest('label')?.textContent)).toEqual(['Feed post', 'Carousel', 'Reel', 'Story']);
    expect(within(types).getByRole('radio', { name: 'Feed post' })).toBeChecked();

    await user.click(within(types).getByRole('radio', { name: 'Story' }));
    await user.click(screen.getByRole('button', { name: 'Remove loaf.jpg' }));
    expect(within(types).getByRole('radio', { name: 'Story' })).toBeChecked();
    await waitFor(() => expect(savedPost(fake)?.targets[0]?.postType).toBe('story'));
  });

  it("offers TikTok's privacy levels from the account's settings, with nothing chosen and interactions off", async () => {
    const clip = mediaItem('oven.mp4', { probe: { kind: 'video' } });
    const tiktok = liveAccount('acc-tiktok', { tiktokCreator: TIKTOK_CREATOR });
    const post = draftPost('post-1', { mediaIds: [clip.id], targets: [draftTarget('post-1', 'tiktok', 'acc-tiktok', { id: 'tt', postType: 'video' })] });
    const fake = createFakeApi({ posts: [post], media: [clip], accounts: [tiktok] });
    window.localStorage.setItem(REMEMBERED, 'post-1');
    const { user } = await openCompose(fake);

    const privacy = screen.getByRole('radiogroup', { name: 'Who can see this post' });
    expect(within(privacy).getAllByRole('radio').map((radio) => radio.closest('label')?.textContent)).toEqual(['Everyone', 'Friends', 'Only you']);
    expect(within(privacy).getAllByRole('radio').filter((radio) => (radio as HTMLInputElement).checked)).toEqual([]);

    expect(screen.getByRole('switch', { name: 'Allow comments' })).not.toBeChecked();
    expect(screen.getByRole('switch', { name: 'Allow comments' })).toBeEnabled();
    expect(screen.getByRole('switch', { name: 'Allow duets' })).toBeDisabled();
    expect(screen.getByText('Turned off in your TikTok settings.')).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Allow stitches' })).not.toBeChecked();

    await user.click(within(privacy).getByRole('radio', { name: 'Only you' }));
    await user.click(screen.getByRole('switch', { name: 'Disclose commercial content' }));
    await user.click(screen.getByRole('checkbox', { name: /Branded content/ }));

    // Branded content cannot be private: "Only you" is cleared and offered no more.
    expect(within(privacy).getByRole('radio', { name: 'Only you' })).toBeDisabled();
    expect(within(privacy).getByRole('radio', { name: 'Only you' })).not.toBeChecked();
    await waitFor(() =>
      expect(savedPost(fake)?.targets[0]?.options).toMatchObject({ privacyLevel: null, discloseCommercialContent: true, brandedContent: true, promotesOwnBusiness: false }),
    );
  });

  it('asks for the link of a Facebook link post', async () => {
    const post = draftPost('post-1', { targets: [draftTarget('post-1', 'facebook', 'acc-page', { id: 'fb', postType: 'link' })] });
    const fake = createFakeApi({ posts: [post], accounts: liveAccounts() });
    window.localStorage.setItem(REMEMBERED, 'post-1');
    const { user } = await openCompose(fake);

    await user.type(screen.getByRole('textbox', { name: 'Link' }), 'https://crumb.co/menu');

    expect(screen.getByRole('region', { name: 'Facebook preview' })).toHaveTextContent('crumb.co');
    await waitFor(() => expect(savedPost(fake)?.targets[0]?.options).toMatchObject({ link: 'https://crumb.co/menu' }));
  });
});
