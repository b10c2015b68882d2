import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { createFakeApi, liveAccounts, type FakeApi } from '../fakeApi';
import { draftPost, draftTarget } from '../fakeComposer';
import { renderApp } from '../renderApp';

const REMEMBERED = 'outpost.compose.openPostId';

beforeEach(() => {
  window.localStorage.clear();
});

/** Croissant Friday: out on Instagram, going out on the Page right now. */
function sentPost(): FakeApi {
  return createFakeApi({
    accounts: liveAccounts(),
    posts: [
      draftPost('post-out', {
        body: 'Croissant Friday',
        targets: [
          draftTarget('post-out', 'instagram', 'acc-ig-page', { id: 'ig', status: 'published' }),
          draftTarget('post-out', 'facebook', 'acc-page', { id: 'fb', status: 'publishing' }),
        ],
      }),
    ],
  });
}

async function openSentPost(fake: FakeApi) {
  window.localStorage.setItem(REMEMBERED, 'post-out');
  window.history.replaceState(null, '', '#/compose');
  const rendered = renderApp(fake);
  await screen.findByText('Published posts keep what was sent. Duplicate it to post again.');
  return rendered;
}

describe('Compose: a post that is out, or on its way', () => {
  it('shows what was sent, read-only, with how each destination stands', async () => {
    await openSentPost(sentPost());

    expect(screen.queryByRole('textbox', { name: 'Post text' })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Post text' })).toHaveTextContent('Croissant Friday');
    const destinations = screen.getByRole('region', { name: 'Destinations' });
    expect(within(destinations).getAllByRole('listitem').map((row) => row.textContent)).toEqual([
      'Instagram · Crumb & CoPublished',
      'Facebook · Crumb & Co BakeryPublishing',
    ]);
    expect(screen.queryByRole('button', { name: /Add destination/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Continue to scheduling' })).toBeDisabled();
  });

  it('saves nothing: not when leaving, not with Ctrl+S, and offers no scheduling with Ctrl+Enter', async () => {
    const fake = sentPost();
    const { user } = await openSentPost(fake);

    await user.keyboard('{Control>}s{/Control}');
    await user.keyboard('{Control>}{Enter}{/Control}');
    act(() => {
      fireEvent.blur(window);
    });
    await user.click(screen.getByRole('link', { name: 'Drafts' }));
    await screen.findByRole('heading', { level: 1, name: 'Drafts' });

    expect(fake.callsTo('posts.save')).toEqual([]);
    expect(fake.callsTo('posts.create')).toEqual([]);
    expect(screen.queryByRole('dialog', { name: 'Schedule post' })).not.toBeInTheDocument();
  });

  it('duplicates the post into a new draft that can be edited', async () => {
    const fake = sentPost();
    const { user } = await openSentPost(fake);

    await user.click(screen.getByRole('button', { name: 'Duplicate' }));

    expect(fake.callsTo('posts.duplicate')).toEqual([{ postId: 'post-out' }]);
    const text = await screen.findByRole('textbox', { name: 'Post text' });
    expect(text).toHaveValue('Croissant Friday');
    const copy = fake.composer.posts.at(-1);
    expect(copy?.id).not.toBe('post-out');
    expect(copy?.targets.map((target) => target.status)).toEqual(['draft', 'draft']);
    expect(window.localStorage.getItem(REMEMBERED)).toBe(copy?.id);

    await user.type(text, ', again');
    await waitFor(() => expect(fake.composer.posts.find((post) => post.id === copy?.id)?.body).toBe('Croissant Friday, again'));
    expect(fake.composer.posts.find((post) => post.id === 'post-out')?.body).toBe('Croissant Friday');
  });

  it('leaves a scheduled post editable: it has not gone anywhere yet', async () => {
    const fake = createFakeApi({
      accounts: liveAccounts(),
      posts: [draftPost('post-1', { body: 'Mince pies', targets: [draftTarget('post-1', 'instagram', 'acc-ig-page', { status: 'scheduled' })] })],
    });
    window.localStorage.setItem(REMEMBERED, 'post-1');
    window.history.replaceState(null, '', '#/compose');
    renderApp(fake);

    expect(await screen.findByRole('textbox', { name: 'Post text' })).toHaveValue('Mince pies');
    expect(screen.queryByText('Published posts keep what was sent. Duplicate it to post again.')).not.toBeInTheDocument();
  });
});
