import { act, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { createFakeApi, liveAccounts } from '../fakeApi';
import { draftPost, draftTarget } from '../fakeComposer';
import { issue, measuringValidation, openCompose } from './composeFixtures';

const REMEMBERED = 'outpost.compose.openPostId';

beforeEach(() => {
  window.localStorage.clear();
});

function postWithInstagram(body = '') {
  return draftPost('post-1', { body, targets: [draftTarget('post-1', 'instagram', null, { id: 'ig' })] });
}

describe('Compose: the post text', () => {
  it('saves what the owner types without a Save button, and says so', async () => {
    const fake = createFakeApi();
    const { user } = await openCompose(fake);

    await user.type(screen.getByRole('textbox', { name: 'Post text' }), 'Fresh sourdough at 8');

    await waitFor(() => expect(fake.composer.posts.at(-1)?.body).toBe('Fresh sourdough at 8'));
    expect(await screen.findByText('Saved')).toBeInTheDocument();
    expect(window.localStorage.getItem(REMEMBERED)).toBe(fake.composer.posts.at(-1)?.id);
    expect(fake.callsTo('posts.create')).toHaveLength(1);
  });

  it('highlights hashtags and mentions behind the text, not inside addresses', async () => {
    const fake = createFakeApi({ posts: [postWithInstagram('Hi @rosie.bakes #sourdough, see https://crumb.co/#menu')] });
    window.localStorage.setItem(REMEMBERED, 'post-1');
    await openCompose(fake);

    const postText = screen.getByRole('textbox', { name: 'Post text' });
    const mirror = postText.parentElement?.querySelector('.post-text__mirror');
    const marks = [...(mirror?.querySelectorAll('mark') ?? [])].map((mark) => [mark.className, mark.textContent]);
    expect(marks).toEqual([
      ['post-text__mention', '@rosie.bakes'],
      ['post-text__hashtag', '#sourdough'],
    ]);
  });

  it("shows each destination's counters from main's measures, in the warning colour near the limit", async () => {
    const fake = createFakeApi({ posts: [postWithInstagram()] });
    fake.composer.validate = measuringValidation();
    window.localStorage.setItem(REMEMBERED, 'post-1');
    const { user } = await openCompose(fake);

    await user.click(screen.getByRole('textbox', { name: 'Post text' }));
    await user.paste(`${'a'.repeat(2000)} #one #two @three`);

    const counts = await screen.findByRole('list', { name: 'Counts per destination' });
    await waitFor(() => expect(within(counts).getByText(/2,017 \/ 2,200 characters/)).toBeInTheDocument());
    expect(within(counts).getByText(/2,017 \/ 2,200 characters/)).toHaveClass('target-counter--near');
    expect(within(counts).getByText(/2 \/ 30 hashtags/)).toHaveClass('target-counter--fine');
    expect(within(counts).getByText(/1 \/ 20 mentions/)).toBeInTheDocument();
    expect(counts).toHaveTextContent('Instagram · account to choose:');

    await user.paste('b'.repeat(300));
    await waitFor(() => expect(within(counts).getByText(/2,317 \/ 2,200 characters/)).toHaveClass('target-counter--over'));
    expect(within(counts).getByText(/over the limit/)).toBeInTheDocument();
  });

  it('shows caption messages under the text, named by destination', async () => {
    const fake = createFakeApi({ posts: [postWithInstagram()] });
    fake.composer.validate = measuringValidation((post) =>
      post.body.length > 10
        ? [issue({ key: 'long', targetId: 'ig', message: 'Instagram captions take up to 10 characters here. Shorten it.' })]
        : [],
    );
    window.localStorage.setItem(REMEMBERED, 'post-1');
    const { user } = await openCompose(fake);

    await user.type(screen.getByRole('textbox', { name: 'Post text' }), 'A long caption');

    const message = await screen.findByText('Instagram captions take up to 10 characters here. Shorten it.');
    expect(message.closest('li')).toHaveTextContent('Must fix: Instagram · account to choose: Instagram captions');
    expect(await screen.findByText('1 problem to fix')).toBeInTheDocument();
  });

  it('keeps the text in the editor when the disk is full, and says it is retrying', async () => {
    const fake = createFakeApi();
    fake.handle('posts.save', () => ({ ok: false, code: 'DISK_FULL', message: 'The disk is full.', action: 'Free some space.' }));
    const { user } = await openCompose(fake);

    await user.type(screen.getByRole('textbox', { name: 'Post text' }), 'Gingerbread is back');

    expect(await screen.findByText(/Couldn't save: The disk is full\. Retrying…/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Post text' })).toHaveValue('Gingerbread is back');
    expect(screen.getByRole('button', { name: 'Try now' })).toBeInTheDocument();
  });
});

describe('Compose: keyboard', () => {
  it('saves at once with Ctrl+S', async () => {
    const fake = createFakeApi({ posts: [postWithInstagram()] });
    window.localStorage.setItem(REMEMBERED, 'post-1');
    const { user } = await openCompose(fake);

    await user.type(screen.getByRole('textbox', { name: 'Post text' }), 'Open Sunday{Control>}s{/Control}');

    await waitFor(() => expect(fake.callsTo('posts.save')).toHaveLength(1));
    expect(fake.composer.posts[0]?.body).toBe('Open Sunday');
  });

  it('starts a new post with Ctrl+N after saving the open one, and puts the cursor in its text', async () => {
    const fake = createFakeApi({ posts: [postWithInstagram('Yesterday’s post')] });
    window.localStorage.setItem(REMEMBERED, 'post-1');
    const { user } = await openCompose(fake);
    await user.type(screen.getByRole('textbox', { name: 'Post text' }), ', edited');

    await user.keyboard('{Control>}n{/Control}');

    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Post text' })).toHaveValue(''));
    expect(screen.getByRole('textbox', { name: 'Post text' })).toHaveFocus();
    expect(fake.composer.posts[0]?.body).toBe('Yesterday’s post, edited');
    expect(window.localStorage.getItem(REMEMBERED)).toBeNull();
  });

  it('goes to the scheduling step with Ctrl+Enter, which lists what must be fixed first', async () => {
    const fake = createFakeApi({ posts: [postWithInstagram('Hello')] });
    fake.composer.validate = measuringValidation(() => [
      issue({ key: 'account', targetId: 'ig', subject: 'account', message: 'Choose the Instagram account this goes to.' }),
    ]);
    window.localStorage.setItem(REMEMBERED, 'post-1');
    const { user } = await openCompose(fake);
    act(() => screen.getByRole('textbox', { name: 'Post text' }).focus());

    await user.keyboard('{Control>}{Enter}{/Control}');

    const dialog = await screen.findByRole('dialog', { name: 'Schedule post' });
    expect(await within(dialog).findByText('Fix this before this post can be scheduled:')).toBeInTheDocument();
    expect(dialog).toHaveTextContent('Instagram · account to choose: Choose the Instagram account this goes to.');
    expect(fake.callsTo('posts.validate').length).toBeGreaterThan(0);
  });

  it('says a post with nothing to fix is ready, and asks when it goes out', async () => {
    const post = draftPost('post-1', { body: 'Hello', targets: [draftTarget('post-1', 'instagram', 'acc-ig-page')] });
    const fake = createFakeApi({ posts: [post], accounts: liveAccounts() });
    window.localStorage.setItem(REMEMBERED, 'post-1');
    const { user } = await openCompose(fake);

    await user.click(screen.getByRole('button', { name: 'Continue to scheduling' }));

    const dialog = await screen.findByRole('dialog', { name: 'Schedule post' });
    expect(await within(dialog).findByText('Ready to schedule. Choose when it goes out.')).toBeInTheDocument();
    expect(within(dialog).getByRole('radiogroup', { name: 'When' })).toBeInTheDocument();
  });

  it('offers no choice of time while something must be fixed first', async () => {
    const fake = createFakeApi({ posts: [postWithInstagram('Hello')] });
    fake.composer.validate = measuringValidation(() => [
      issue({ key: 'account', targetId: 'ig', subject: 'account', message: 'Choose the Instagram account this goes to.' }),
    ]);
    window.localStorage.setItem(REMEMBERED, 'post-1');
    const { user } = await openCompose(fake);

    await user.click(screen.getByRole('button', { name: 'Continue to scheduling' }));

    const dialog = await screen.findByRole('dialog', { name: 'Schedule post' });
    await within(dialog).findByText('Fix this before this post can be scheduled:');
    expect(within(dialog).queryByRole('radiogroup', { name: 'When' })).not.toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: 'Schedule' })).not.toBeInTheDocument();
    expect(fake.callsTo('schedule.plan')).toEqual([]);
  });
});
