import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as ComposerStoreModule from '../../../../renderer/src/features/compose/composerStore';
import { openPostInComposer, startNewPost } from '../../../../renderer/src/features/compose/composerStore';
import { createFakeApi, liveAccounts, type FakeApi } from '../fakeApi';
import { draftPost, draftTarget, mediaItem } from '../fakeComposer';
import { renderSection } from '../renderApp';

// The composer is another screen's work: here it is enough that the drafts list asks for it.
vi.mock('../../../../renderer/src/features/compose/composerStore', async (importOriginal) => ({
  ...(await importOriginal<typeof ComposerStoreModule>()),
  openPostInComposer: vi.fn(async () => undefined),
  startNewPost: vi.fn(async () => undefined),
}));

/** 13:00 in Paris, the fake's time zone. */
const NOW = new Date('2025-12-10T12:00:00.000Z');

const croissants = mediaItem('croissants.jpg');

/** Lemon: edited this morning, to the bakery's Instagram and Page; Sourdough: TikTok, no account yet; one without text. */
function seededPosts() {
  return [
    draftPost('post-lemon', {
      body: 'Lemon drizzle is back this weekend!',
      mediaIds: [croissants.id, mediaItem('lemons.jpg').id],
      targets: [draftTarget('post-lemon', 'instagram', 'acc-ig-page'), draftTarget('post-lemon', 'facebook', 'acc-page')],
      createdAt: '2025-11-02T09:00:00.000Z',
      updatedAt: '2025-12-10T07:05:00.000Z',
    }),
    draftPost('post-sourdough', {
      body: 'Sourdough class on Saturday, two seats left',
      targets: [draftTarget('post-sourdough', 'tiktok')],
      createdAt: '2025-12-06T09:00:00.000Z',
      updatedAt: '2025-12-07T12:00:00.000Z',
    }),
    draftPost('post-blank', { createdAt: '2025-11-20T09:00:00.000Z', updatedAt: '2025-11-20T09:00:00.000Z' }),
    // Scheduled: not a draft any more, so never listed.
    draftPost('post-scheduled', {
      body: 'Christmas opening hours',
      targets: [draftTarget('post-scheduled', 'facebook', 'acc-page', { status: 'scheduled' })],
    }),
  ];
}

function bakery(): FakeApi {
  return createFakeApi({ accounts: liveAccounts(), posts: seededPosts(), media: [croissants, mediaItem('lemons.jpg')] });
}

async function openDrafts(fake: FakeApi = bakery()) {
  const rendered = await renderSection('drafts', 'Drafts', fake);
  await screen.findByRole('grid', { name: 'Drafts' });
  return rendered;
}

const rowNames = () => within(screen.getByRole('grid', { name: 'Drafts' })).getAllByRole('row').map((row) => row.getAttribute('aria-label'));
const row = (name: string | RegExp) => within(screen.getByRole('grid', { name: 'Drafts' })).getByRole('row', { name });
const lastListQuery = (fake: FakeApi) => fake.callsTo('posts.listDrafts').at(-1);

async function chooseRowAction(user: Awaited<ReturnType<typeof openDrafts>>['user'], name: string, action: string) {
  await user.click(within(row(name)).getByRole('button', { name: `Actions for ${name}` }));
  await user.click(await screen.findByRole('menuitem', { name: action }));
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  vi.clearAllMocks();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('Drafts: the list', () => {
  it('shows each draft, last edited first: its text, where it goes, and when it was edited', async () => {
    await openDrafts();

    expect(rowNames()).toEqual([
      'Lemon drizzle is back this weekend!',
      'Sourdough class on Saturday, two seats left',
      'Draft without text',
    ]);
    const lemon = row('Lemon drizzle is back this weekend!');
    const goesTo = within(lemon).getByRole('list', { name: 'Goes to' });
    expect(within(goesTo).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['InstagramCrumb & Co', 'FacebookCrumb & Co Bakery']);
    expect(lemon).toHaveTextContent('Edited today at 08:05');
    expect(lemon.querySelector('img')).toHaveAttribute('src', croissants.thumbnailUrl);
    expect(lemon).toHaveTextContent('+1');

    const sourdough = row('Sourdough class on Saturday, two seats left');
    expect(sourdough).toHaveTextContent('TikTokaccount not chosen');
    expect(sourdough).toHaveTextContent('Edited 3 days ago');
    expect(row('Draft without text')).toHaveTextContent('No accounts chosen yet');
    expect(row('Draft without text')).toHaveTextContent('Edited 20 Nov');
    expect(screen.getByRole('status')).toHaveTextContent('3 drafts');
  });

  it('searches as the owner types, once they pause', async () => {
    const { user, fake } = await openDrafts();
    const before = fake.callsTo('posts.listDrafts').length;

    await user.type(screen.getByRole('searchbox', { name: 'Search drafts' }), 'lemon');

    await waitFor(() => expect(rowNames()).toEqual(['Lemon drizzle is back this weekend!']));
    expect(fake.callsTo('posts.listDrafts').slice(before)).toEqual([{ sort: 'updated', search: 'lemon' }]);
    expect(screen.getByRole('status')).toHaveTextContent('1 draft matches');
  });

  it('sorts by creation or by text', async () => {
    const { user, fake } = await openDrafts();

    await user.click(screen.getByRole('button', { name: 'Sort: Last edited' }));
    await user.click(screen.getByRole('menuitemradio', { name: 'Created' }));
    await waitFor(() => expect(lastListQuery(fake)).toEqual({ sort: 'created' }));
    await waitFor(() => expect(rowNames()[0]).toBe('Sourdough class on Saturday, two seats left'));

    await user.click(screen.getByRole('button', { name: 'Sort: Created' }));
    await user.click(screen.getByRole('menuitemradio', { name: 'Text A–Z' }));
    await waitFor(() => expect(lastListQuery(fake)).toEqual({ sort: 'text' }));
    await waitFor(() =>
      expect(rowNames()).toEqual(['Draft without text', 'Lemon drizzle is back this weekend!', 'Sourdough class on Saturday, two seats left']),
    );
  });

  it('filters by account, and "Any account" shows them all again', async () => {
    const { user, fake } = await openDrafts();
    const account = screen.getByRole('combobox', { name: 'Account' });
    expect(account).toHaveValue('Any account');

    await user.click(account);
    await user.click(await screen.findByRole('option', { name: 'Crumb & Co Bakery (Facebook)' }));

    await waitFor(() => expect(lastListQuery(fake)).toEqual({ sort: 'updated', accountId: 'acc-page' }));
    await waitFor(() => expect(rowNames()).toEqual(['Lemon drizzle is back this weekend!']));

    await user.clear(account);
    await user.type(account, 'any');
    await user.click(await screen.findByRole('option', { name: 'Any account' }));
    await waitFor(() => expect(rowNames()).toHaveLength(3));
    expect(lastListQuery(fake)).toEqual({ sort: 'updated' });
  });
});

describe('Drafts: actions', () => {
  it('opens a draft in the composer with a click or with Enter', async () => {
    const { user } = await openDrafts();

    await user.click(row('Sourdough class on Saturday, two seats left'));
    expect(openPostInComposer).toHaveBeenLastCalledWith('post-sourdough');

    act(() => row('Lemon drizzle is back this weekend!').focus());
    await user.keyboard('{ArrowDown}{Enter}');
    expect(openPostInComposer).toHaveBeenLastCalledWith('post-sourdough');
    await user.keyboard('{ArrowUp}{Enter}');
    expect(openPostInComposer).toHaveBeenLastCalledWith('post-lemon');
  });

  it('opens a draft from its actions menu, and starts a new post from the button', async () => {
    const { user } = await openDrafts();

    await chooseRowAction(user, 'Lemon drizzle is back this weekend!', 'Open');
    expect(openPostInComposer).toHaveBeenCalledExactlyOnceWith('post-lemon');

    await user.click(screen.getByRole('button', { name: 'New post' }));
    expect(startNewPost).toHaveBeenCalledOnce();
  });

  it('deletes a draft at once, and Undo brings it back', async () => {
    const { user, fake } = await openDrafts();

    await chooseRowAction(user, 'Lemon drizzle is back this weekend!', 'Delete');

    expect(rowNames()).not.toContain('Lemon drizzle is back this weekend!');
    const toast = await screen.findByRole('alertdialog', { name: 'Draft deleted' });
    expect(toast).toHaveTextContent('Lemon drizzle is back this weekend!');
    expect(fake.callsTo('posts.delete')).toEqual([{ postId: 'post-lemon' }]);
    expect(fake.composer.binned.has('post-lemon')).toBe(true);

    await user.click(within(toast).getByRole('button', { name: 'Undo' }));

    await waitFor(() => expect(rowNames()).toContain('Lemon drizzle is back this weekend!'));
    expect(fake.callsTo('posts.restore')).toEqual([{ postId: 'post-lemon' }]);
    expect(fake.composer.binned.has('post-lemon')).toBe(false);
    expect(screen.queryByRole('alertdialog', { name: 'Draft deleted' })).not.toBeInTheDocument();
  });

  it('moves focus to the row that took the deleted one’s place', async () => {
    const { user } = await openDrafts();

    await chooseRowAction(user, 'Lemon drizzle is back this weekend!', 'Delete');

    await waitFor(() => expect(row('Sourdough class on Saturday, two seats left')).toHaveFocus());
  });

  it('keeps Undo working after the owner has moved to another section', async () => {
    const { user, fake } = await openDrafts();
    await chooseRowAction(user, 'Sourdough class on Saturday, two seats left', 'Delete');
    const toast = await screen.findByRole('alertdialog', { name: 'Draft deleted' });

    await user.click(screen.getByRole('link', { name: 'Calendar' }));
    await user.click(within(toast).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(fake.composer.binned.size).toBe(0));
    await user.click(screen.getByRole('link', { name: 'Drafts' }));

    await waitFor(() => expect(rowNames()).toContain('Sourdough class on Saturday, two seats left'));
  });

  it('stays deleted when no one presses Undo; a refused delete puts the row back and says why', async () => {
    const fake = bakery();
    fake.handle('posts.delete', () => ({ ok: false, code: 'DISK_FULL', message: 'The disk is full.', action: 'Free some space, then try again.' }));
    const { user } = await openDrafts(fake);

    await chooseRowAction(user, 'Lemon drizzle is back this weekend!', 'Delete');

    const problem = await screen.findByRole('alertdialog', { name: 'The draft could not be deleted' });
    expect(problem).toHaveTextContent('The disk is full. Free some space, then try again.');
    await waitFor(() => expect(rowNames()).toContain('Lemon drizzle is back this weekend!'));
    expect(screen.queryByRole('alertdialog', { name: 'Draft deleted' })).not.toBeInTheDocument();
  });

  it('duplicates a draft: the copy is listed first, with the same text and targets', async () => {
    const { user, fake } = await openDrafts();

    await chooseRowAction(user, 'Sourdough class on Saturday, two seats left', 'Duplicate');

    await waitFor(() =>
      expect(rowNames()).toEqual([
        'Sourdough class on Saturday, two seats left',
        'Lemon drizzle is back this weekend!',
        'Sourdough class on Saturday, two seats left',
        'Draft without text',
      ]),
    );
    expect(fake.callsTo('posts.duplicate')).toEqual([{ postId: 'post-sourdough' }]);
    expect(await screen.findByRole('alertdialog', { name: 'Draft duplicated' })).toBeInTheDocument();
    const copy = within(screen.getByRole('grid', { name: 'Drafts' })).getAllByRole('row')[0]!;
    expect(copy).toHaveTextContent('TikTokaccount not chosen');
  });
});

describe('Drafts: nothing to show', () => {
  it('says calmly that there are no drafts yet, and offers a new post', async () => {
    const { user } = await renderSection('drafts', 'Drafts', createFakeApi());

    const empty = await screen.findByRole('region', { name: 'No drafts yet' });
    expect(empty).toHaveTextContent('saved on this computer as you type');
    await user.click(within(empty).getByRole('button', { name: 'New post' }));
    expect(startNewPost).toHaveBeenCalledOnce();
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
  });

  it('says when nothing matches the search, and shows everything again on request', async () => {
    const { user } = await openDrafts();
    const search = screen.getByRole('searchbox', { name: 'Search drafts' });

    await user.type(search, 'croissant');

    const empty = await screen.findByRole('region', { name: 'No drafts match' });
    expect(screen.queryByRole('region', { name: 'No drafts yet' })).not.toBeInTheDocument();
    await user.click(within(empty).getByRole('button', { name: 'Show all drafts' }));

    await waitFor(() => expect(rowNames()).toHaveLength(3));
    expect(search).toHaveValue('');
  });
});
