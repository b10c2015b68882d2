import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PostDraft } from '../../../../preload/contract';
import { createFakeApi, liveAccounts } from '../fakeApi';
import { draftPost, draftTarget, mediaItem } from '../fakeComposer';
import { issue, measuringValidation, openCompose } from './composeFixtures';

const REMEMBERED = 'outpost.compose.openPostId';

beforeEach(() => {
  window.localStorage.clear();
});

const photo = mediaItem('loaf.jpg');
const crumb = mediaItem('crumb.jpg');
const clip = mediaItem('oven.mp4', { probe: { kind: 'video' } });

/** Opens Compose on one post with the live accounts and the photo, the second photo and the clip in the library. */
async function composeWith(post: PostDraft) {
  const fake = createFakeApi({ posts: [post], media: [photo, crumb, clip], accounts: liveAccounts() });
  fake.composer.validate = measuringValidation();
  window.localStorage.setItem(REMEMBERED, post.id);
  const rendered = await openCompose(fake);
  return { ...rendered, fake };
}

const savedOptions = (fake: ReturnType<typeof createFakeApi>) => fake.composer.posts.at(-1)?.targets[0]?.options;

describe('Compose: first comment', () => {
  it('an Instagram feed post takes a first comment, counted against its limit and saved with the destination', async () => {
    const post = draftPost('post-1', { mediaIds: [photo.id], targets: [draftTarget('post-1', 'instagram', 'acc-ig-page', { id: 'ig', postType: 'feed' })] });
    const { user, fake } = await composeWith(post);

    const field = screen.getByRole('textbox', { name: 'First comment' });
    expect(field).toHaveAccessibleDescription(/Posted under the post right after it goes out.*0 \/ 2,200 characters/);
    await user.click(field);
    await user.paste(' #sourdough #bakery');
    expect(screen.getByText('18 / 2,200 characters')).toBeInTheDocument();
    // Kept as typed; the spaces around it are dropped when it goes out, and the count already leaves them out.
    await waitFor(() => expect(savedOptions(fake)).toMatchObject({ platform: 'instagram', firstComment: ' #sourdough #bakery' }));

    await user.clear(field);
    await user.paste('   ');
    await waitFor(() => expect(savedOptions(fake)).toMatchObject({ firstComment: null }));
  });

  it('a Facebook post takes one whatever its type; an Instagram story does not', async () => {
    const post = draftPost('post-1', {
      mediaIds: [photo.id],
      targets: [
        draftTarget('post-1', 'facebook', 'acc-fb-page', { id: 'fb', postType: 'photo' }),
        draftTarget('post-1', 'instagram', 'acc-ig-page', { id: 'ig', postType: 'story' }),
      ],
    });
    const { user, fake } = await composeWith(post);

    await user.click(screen.getByRole('tab', { name: /^Facebook/ }));
    await user.click(screen.getByRole('textbox', { name: 'First comment' }));
    await user.paste('Order ahead: https://crumb.example');
    await waitFor(() => expect(fake.composer.posts.at(-1)?.targets[0]?.options).toMatchObject({ platform: 'facebook', firstComment: 'Order ahead: https://crumb.example' }));
    expect(screen.queryByRole('textbox', { name: /^Alt text/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: /^Instagram/ }));
    expect(screen.queryByRole('textbox', { name: 'First comment' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /^Alt text/ })).not.toBeInTheDocument();
  });

  it('shows main’s message about the first comment with the destination’s other options', async () => {
    const post = draftPost('post-1', { mediaIds: [photo.id], targets: [draftTarget('post-1', 'instagram', 'acc-ig-page', { id: 'ig', postType: 'feed' })] });
    const fake = createFakeApi({ posts: [post], media: [photo], accounts: liveAccounts() });
    fake.composer.validate = measuringValidation(() => [
      issue({
        key: 'ig:instagram.first_comment.too_long:',
        targetId: 'ig',
        subject: 'options',
        code: 'instagram.first_comment.too_long',
        message: 'The first comment has 2,203 characters; Instagram takes up to 2,200. Remove 3.',
      }),
    ]);
    window.localStorage.setItem(REMEMBERED, 'post-1');
    await openCompose(fake);
    expect(await screen.findByText('The first comment has 2,203 characters; Instagram takes up to 2,200. Remove 3.')).toBeInTheDocument();
  });
});

describe('Compose: alt text on Instagram photos', () => {
  it('a carousel asks for a description of each photo, not of its videos, and keeps each by photo', async () => {
    const post = draftPost('post-1', {
      mediaIds: [photo.id, clip.id, crumb.id],
      targets: [draftTarget('post-1', 'instagram', 'acc-ig-page', { id: 'ig', postType: 'carousel' })],
    });
    const { user, fake } = await composeWith(post);

    const fields = screen.getAllByRole('textbox', { name: /^Alt text for/ });
    expect(fields).toHaveLength(2);
    expect(fields[0]).toHaveAccessibleName('Alt text for loaf.jpg');
    expect(fields[1]).toHaveAccessibleName('Alt text for crumb.jpg');
    expect(screen.getByText('Describe each photo for people who use screen readers.')).toBeInTheDocument();

    await user.click(screen.getByRole('textbox', { name: 'Alt text for crumb.jpg' }));
    await user.paste('A slice showing an open crumb');
    await waitFor(() => expect(savedOptions(fake)).toMatchObject({ altTexts: { [crumb.id]: 'A slice showing an open crumb' } }));
    expect(within(screen.getByRole('textbox', { name: 'Alt text for crumb.jpg' }).closest('.text-field') as HTMLElement).getByText('29 / 1,000 characters')).toBeInTheDocument();

    // Emptied, the description is gone rather than saved as spaces.
    await user.clear(screen.getByRole('textbox', { name: 'Alt text for crumb.jpg' }));
    await waitFor(() => expect(savedOptions(fake)).toMatchObject({ altTexts: {} }));
  });

  it('a feed post asks for its one photo only; a reel for none', async () => {
    const post = draftPost('post-1', { mediaIds: [photo.id, crumb.id], targets: [draftTarget('post-1', 'instagram', 'acc-ig-page', { id: 'ig', postType: 'feed' })] });
    const { user } = await composeWith(post);
    expect(screen.getAllByRole('textbox', { name: /^Alt text for/ })).toHaveLength(1);
    expect(screen.getByRole('textbox', { name: 'Alt text for loaf.jpg' })).toBeInTheDocument();
    expect(screen.getByText('Describe the photo for people who use screen readers.')).toBeInTheDocument();

    await user.click(within(screen.getByRole('radiogroup', { name: 'Post type' })).getByRole('radio', { name: 'Reel' }));
    expect(screen.queryByRole('textbox', { name: /^Alt text for/ })).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'First comment' })).toBeInTheDocument();
  });
});
