import { act, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { MediaItem, PostDraft } from '../../../../preload/contract';
import { createFakeApi, liveAccounts, type FakeApi } from '../fakeApi';
import { draftPost, draftTarget, mediaItem } from '../fakeComposer';
import { issue, measuringValidation, openCompose } from './composeFixtures';

const REMEMBERED = 'outpost.compose.openPostId';

beforeEach(() => {
  window.localStorage.clear();
});

async function composeWith(post: PostDraft, media: MediaItem[], setUp: (fake: FakeApi) => void = () => {}) {
  const fake = createFakeApi({ posts: [post], media, accounts: liveAccounts() });
  setUp(fake);
  window.localStorage.setItem(REMEMBERED, post.id);
  const rendered = await openCompose(fake);
  return { ...rendered, fake };
}

const tileNames = () =>
  within(screen.getByRole('grid', { name: 'Photos and videos in this post' }))
    .getAllByRole('row')
    .map((row) => row.querySelector('.media-tile__name')?.textContent);

describe('Compose: the media strip', () => {
  it('adds picked files, says which could not be added and why, and lets the destinations follow', async () => {
    const loaf = mediaItem('loaf.jpg');
    const post = draftPost('post-1', { mediaIds: [loaf.id], targets: [draftTarget('post-1', 'instagram', 'acc-ig-page', { id: 'ig' })] });
    const { user, fake, container } = await composeWith(post, [loaf]);

    const picker = container.querySelector<HTMLInputElement>('input[type="file"]')!;
    expect(picker).toHaveAttribute('accept', 'image/*,video/*,.heic');
    expect(picker).toHaveAttribute('multiple');
    await user.upload(picker, [new File(['rolls'], 'rolls.jpg', { type: 'image/jpeg' }), new File([], 'empty.jpg', { type: 'image/jpeg' })]);

    await waitFor(() => expect(tileNames()).toEqual(['loaf.jpg', 'rolls.jpg']));
    const failure = screen.getByRole('alert');
    expect(failure).toHaveTextContent('One file could not be added');
    expect(failure).toHaveTextContent('empty.jpg: This file is empty. Export it again and import the new copy.');
    expect(screen.getByRole('radio', { name: 'Carousel' })).toBeChecked();
    await waitFor(() => expect(fake.composer.posts[0]?.mediaIds).toHaveLength(2));
  });

  it('reorders with the keyboard alone: the handle, Enter, arrows, Enter', async () => {
    const [a, b, c] = [mediaItem('a.jpg'), mediaItem('b.jpg'), mediaItem('c.jpg')];
    const post = draftPost('post-1', { mediaIds: [a.id, b.id, c.id] });
    const { user, fake } = await composeWith(post, [a, b, c]);
    expect(tileNames()).toEqual(['a.jpg', 'b.jpg', 'c.jpg']);

    act(() => screen.getByRole('button', { name: 'Drag c.jpg' }).focus());
    await user.keyboard('{Enter}');
    const before = await waitFor(() => {
      const target = document.activeElement;
      expect(target).toHaveAttribute('aria-label', expect.stringMatching(/^Insert/));
      return target;
    });
    while (document.activeElement?.getAttribute('aria-label') !== 'Insert before a.jpg') {
      await user.keyboard('{ArrowLeft}');
      if (document.activeElement === before) await user.keyboard('{ArrowUp}');
    }
    await user.keyboard('{Enter}');

    await waitFor(() => expect(tileNames()).toEqual(['c.jpg', 'a.jpg', 'b.jpg']));
    await waitFor(() => expect(fake.composer.posts[0]?.mediaIds).toEqual([c.id, a.id, b.id]));
  });

  it('removes an item from the post', async () => {
    const [a, b] = [mediaItem('a.jpg'), mediaItem('b.jpg')];
    const { user, fake } = await composeWith(draftPost('post-1', { mediaIds: [a.id, b.id] }), [a, b]);

    await user.click(screen.getByRole('button', { name: 'Remove a.jpg' }));

    expect(tileNames()).toEqual(['b.jpg']);
    await waitFor(() => expect(fake.composer.posts[0]?.mediaIds).toEqual([b.id]));
  });
});

describe('Compose: fixing media', () => {
  const png = mediaItem('cake.png', { probe: { format: 'png' } });
  const pngNeedsJpeg = (post: PostDraft) =>
    post.mediaIds.includes(png.id)
      ? [
          issue({
            key: 'ig-png',
            targetId: 'ig',
            subject: 'media',
            mediaId: png.id,
            message: 'Instagram takes JPEG photos only. Convert it to JPEG.',
            fix: { kind: 'convert_to_jpeg', mediaId: png.id, label: 'Convert to JPEG' },
          }),
        ]
      : [];

  it('converts in one click, says what changed, and the message goes away', async () => {
    const post = draftPost('post-1', { mediaIds: [png.id], targets: [draftTarget('post-1', 'instagram', 'acc-ig-page', { id: 'ig' })] });
    const { user, fake } = await composeWith(post, [png], (fake) => (fake.composer.validate = measuringValidation(pngNeedsJpeg)));

    const problems = await screen.findByRole('group', { name: 'Problems with cake.png' });
    expect(problems).toHaveTextContent('Instagram · Crumb & Co: Instagram takes JPEG photos only. Convert it to JPEG.');
    await user.click(within(problems).getByRole('button', { name: 'Convert to JPEG' }));

    expect(fake.callsTo('posts.applyMediaFix')).toEqual([{ postId: 'post-1', mediaId: png.id, fix: { kind: 'convert_to_jpeg' } }]);
    expect(await screen.findByText('cake.png converted to JPEG')).toBeInTheDocument();
    expect(screen.getByText('This post uses the new copy; the original stays in your media library.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Problems with cake.png' })).not.toBeInTheDocument());
  });

  it('crops in the crop tool, starting on the suggested frame, in pixels of the full-size picture', async () => {
    const panorama = mediaItem('panorama.jpg', { probe: { width: 3000, height: 1000 } });
    const needsCrop = (post: PostDraft) =>
      post.mediaIds.includes(panorama.id)
        ? [
            issue({
              key: 'ig-aspect',
              targetId: 'ig',
              subject: 'media',
              mediaId: panorama.id,
              message: 'This photo is 3:1; Instagram accepts 4:5 to 1.91:1. Crop it.',
              fix: { kind: 'crop', mediaId: panorama.id, label: 'Crop to fit Instagram', aspect: { min: 0.8, max: 1.91, suggested: 0.8 } },
            }),
          ]
        : [];
    const post = draftPost('post-1', {
      mediaIds: [panorama.id],
      targets: [draftTarget('post-1', 'instagram', 'acc-ig-page', { id: 'ig' }), draftTarget('post-1', 'tiktok', null, { id: 'tt' })],
    });
    const { user, fake } = await composeWith(post, [panorama], (fake) => (fake.composer.validate = measuringValidation(needsCrop)));

    await user.click(await screen.findByRole('button', { name: 'Crop…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Crop panorama.jpg' });
    const frames = within(dialog).getByRole('radiogroup', { name: 'Frame' });
    expect(within(frames).getAllByRole('radio').map((radio) => radio.closest('label')?.textContent)).toEqual([
      'Instagram 4:5',
      'Instagram 1:1',
      'Instagram 1.91:1',
      'TikTok 9:16',
    ]);
    expect(within(frames).getByRole('radio', { name: 'Instagram 4:5' })).toBeChecked();
    expect(dialog).toHaveTextContent('4:5, 800 × 1000 pixels');

    await user.click(within(frames).getByRole('radio', { name: 'Instagram 1:1' }));
    expect(dialog).toHaveTextContent('1:1, 1000 × 1000 pixels');
    await user.click(within(dialog).getByRole('button', { name: 'Apply crop' }));

    await waitFor(() =>
      expect(fake.callsTo('posts.applyMediaFix')).toEqual([
        { postId: 'post-1', mediaId: panorama.id, fix: { kind: 'crop', left: 1000, top: 0, width: 1000, height: 1000 } },
      ]),
    );
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Crop panorama.jpg' })).not.toBeInTheDocument());
    expect(await screen.findByText('panorama.jpg cropped')).toBeInTheDocument();
  });
});

describe('Compose: previews', () => {
  it('draws the Instagram feed card and grid, and the TikTok cover, from what the owner typed', async () => {
    const [a, b] = [mediaItem('a.jpg'), mediaItem('b.jpg')];
    const post = draftPost('post-1', {
      mediaIds: [a.id, b.id],
      targets: [
        draftTarget('post-1', 'instagram', 'acc-ig-page', { id: 'ig', postType: 'carousel' }),
        draftTarget('post-1', 'tiktok', null, { id: 'tt', postType: 'photo' }),
      ],
    });
    const { user } = await composeWith(post, [a, b]);

    await user.click(screen.getByRole('textbox', { name: 'Post text' }));
    await user.paste(`Our new spelt loaf is here, baked slowly overnight with a long ferment for a deep flavour and a crackling crust. #spelt @crumbandco`);

    const instagram = screen.getByRole('region', { name: 'Instagram preview' });
    expect(within(instagram).getAllByText('crumbandco').length).toBeGreaterThan(0);
    expect(instagram).toHaveTextContent('CC'); // the avatar: initials, as pictures are not fetched
    expect(instagram).toHaveTextContent('… more');
    expect(within(instagram).getByLabelText('1 of 2')).toBeInTheDocument();
    expect(within(instagram).getByRole('img', { name: 'Your profile grid, with this post first' })).toBeInTheDocument();

    const tiktok = screen.getByRole('region', { name: 'TikTok preview' });
    expect(tiktok).toHaveTextContent('@your_account');
    expect(tiktok).toHaveTextContent('Our new spelt loaf');
  });
});
