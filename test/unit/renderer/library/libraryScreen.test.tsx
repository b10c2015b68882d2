import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as ComposerStoreModule from '../../../../renderer/src/features/compose/composerStore';
import { openPostInComposer } from '../../../../renderer/src/features/compose/composerStore';
import { createFakeApi, type FakeApi } from '../fakeApi';
import { draftPost, draftTarget, mediaItem } from '../fakeComposer';
import { renderSection } from '../renderApp';

// The composer is another screen's work: here it is enough that the library asks for it.
vi.mock('../../../../renderer/src/features/compose/composerStore', async (importOriginal) => ({
  ...(await importOriginal<typeof ComposerStoreModule>()),
  openPostInComposer: vi.fn(async () => undefined),
}));

/** A phone photo straight off the camera: HEIC, stored sideways, with location and camera details. */
const beachHeic = mediaItem('beach.heic', {
  probe: {
    format: 'heic',
    byteSize: 3_200_000,
    width: 4032,
    height: 3024,
    orientation: 6,
    colorSpace: 'Display P3',
    hasLocation: true,
    hasCameraDetails: true,
  },
});
/** The same photo after "Convert to JPEG", used by a draft. */
const beachJpeg = mediaItem('beach.jpg', { derivedFrom: { mediaId: beachHeic.id, fix: 'convert_to_jpeg' } });
/** A shop tour a scheduled post uses. */
const shopTour = mediaItem('shop-tour.mp4', { probe: { kind: 'video' } });

function bakery(): FakeApi {
  return createFakeApi({
    media: [beachHeic, beachJpeg, shopTour],
    posts: [
      draftPost('post-lemon', { body: 'Lemon drizzle is back this weekend!', mediaIds: [beachJpeg.id] }),
      draftPost('post-xmas', {
        body: 'Christmas opening hours',
        mediaIds: [shopTour.id],
        targets: [draftTarget('post-xmas', 'facebook', 'acc-page', { status: 'scheduled' })],
      }),
    ],
  });
}

async function openLibrary(fake: FakeApi = bakery()) {
  const rendered = await renderSection('library', 'Library', fake);
  await screen.findByRole('grid', { name: 'Photos and videos' });
  return rendered;
}

const grid = () => screen.getByRole('grid', { name: 'Photos and videos' });
const tileNames = () => within(grid()).getAllByRole('row').map((row) => row.getAttribute('aria-label'));
const tile = (name: string) => within(grid()).getByRole('row', { name });
const lastListQuery = (fake: FakeApi) => fake.callsTo('media.list').at(-1);

/** The facts of the details as "term: value" lines. */
function factsIn(details: HTMLElement): string[] {
  return Array.from(details.querySelectorAll('dt')).map((term) => `${term.textContent}: ${term.nextElementSibling?.textContent}`);
}

/** A window wide enough for the details to sit beside the grid. */
function widenWindow() {
  const narrow = window.matchMedia;
  window.matchMedia = (query: string) =>
    query.includes('min-width') ? ({ ...narrow(query), matches: true } as MediaQueryList) : narrow(query);
}

/** The picker's input, which the Import button opens (hidden, as file inputs are). */
function fileInput(): HTMLInputElement {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('No file input.');
  return input;
}

const photoFile = (name: string, bytes = 'jpeg bytes of the market stall') => new File([bytes], name, { type: 'image/jpeg' });

beforeEach(() => {
  vi.clearAllMocks();
});

describe('Library: the grid', () => {
  it('has its own section in the sidebar, after Drafts', async () => {
    const { user } = await renderSection('drafts', 'Drafts', bakery());

    await user.click(screen.getByRole('link', { name: 'Library' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Library' })).toBeInTheDocument();
  });

  it('shows each item with its name, kind, size or length, and whether any post uses it', async () => {
    await openLibrary();

    expect(tileNames()).toEqual(['beach.heic', 'beach.jpg', 'shop-tour.mp4']);
    expect(tile('beach.heic')).toHaveTextContent('beach.heic');
    expect(tile('beach.heic')).toHaveTextContent('3.1 MB');
    expect(tile('beach.heic')).toHaveTextContent('Photo');
    expect(tile('beach.heic')).toHaveTextContent('Unused');
    expect(tile('beach.jpg')).toHaveTextContent('In 1 post');
    expect(tile('shop-tour.mp4')).toHaveTextContent('0:32');
    expect(tile('shop-tour.mp4')).toHaveTextContent('Video');
    expect(tile('shop-tour.mp4').querySelector('img')).toHaveAttribute('src', shopTour.thumbnailUrl);
  });

  it('searches by name as the owner types, once they pause', async () => {
    const { user, fake } = await openLibrary();
    const before = fake.callsTo('media.list').length;

    await user.type(screen.getByRole('searchbox', { name: 'Search by name' }), 'beach');

    await waitFor(() => expect(tileNames()).toEqual(['beach.heic', 'beach.jpg']));
    expect(fake.callsTo('media.list').slice(before)).toEqual([{ usage: 'all', search: 'beach' }]);
  });

  it('filters by kind and by use', async () => {
    const { user, fake } = await openLibrary();
    const kind = screen.getByRole('radiogroup', { name: 'Kind' });
    const use = screen.getByRole('radiogroup', { name: 'Use' });
    expect(within(kind).getByRole('radio', { name: 'All' })).toBeChecked();

    await user.click(within(kind).getByRole('radio', { name: 'Videos' }));
    await waitFor(() => expect(tileNames()).toEqual(['shop-tour.mp4']));
    expect(lastListQuery(fake)).toEqual({ usage: 'all', kind: 'video' });

    await user.click(within(kind).getByRole('radio', { name: 'Photos' }));
    await user.click(within(use).getByRole('radio', { name: 'Unused' }));
    await waitFor(() => expect(tileNames()).toEqual(['beach.heic']));
    expect(lastListQuery(fake)).toEqual({ usage: 'unused', kind: 'image' });

    await user.click(within(use).getByRole('radio', { name: 'Used' }));
    await waitFor(() => expect(tileNames()).toEqual(['beach.jpg']));
  });

  it('says when nothing matches, and shows everything again on request', async () => {
    const { user } = await openLibrary();
    const search = screen.getByRole('searchbox', { name: 'Search by name' });

    await user.type(search, 'croissant');

    const empty = await screen.findByRole('region', { name: 'Nothing matches' });
    await user.click(within(empty).getByRole('button', { name: 'Show everything' }));
    await waitFor(() => expect(tileNames()).toHaveLength(3));
    expect(search).toHaveValue('');
  });

  it('says calmly that the library is empty, and how to fill it', async () => {
    await renderSection('library', 'Library', createFakeApi());

    const empty = await screen.findByRole('region', { name: 'Your library is empty' });
    expect(empty).toHaveTextContent('Import photos and videos, or drop them here.');
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
  });
});

describe('Library: details', () => {
  it('shows the probe in plain words, in a dialog in a narrow window', async () => {
    const { user } = await openLibrary();

    await user.click(tile('beach.heic'));

    const details = await screen.findByRole('dialog', { name: 'beach.heic' });
    expect(within(details).getByRole('img', { name: 'Preview of beach.heic' })).toHaveAttribute('src', beachHeic.previewUrl);
    expect(factsIn(details)).toEqual([
      'Kind: Photo, HEIC',
      'Size: 4032 × 3024 pixels, 4:3 landscape',
      'Orientation: Turned 90° clockwise by a tag in the file',
      'Colour space: Display P3',
      'File size: 3.1 MB',
      'Private details: Has location data and camera details',
    ]);
    expect(await within(details).findByText('No post uses it yet.')).toBeInTheDocument();
  });

  it('opens with the keyboard: arrows move between tiles, Enter opens one', async () => {
    const { user } = await openLibrary();

    act(() => tile('beach.heic').focus());
    await user.keyboard('{ArrowRight}{Enter}');

    expect(await screen.findByRole('dialog', { name: 'beach.jpg' })).toBeInTheDocument();
  });

  it('gives a video its length, codecs and frame rate', async () => {
    const { user } = await openLibrary();

    await user.click(tile('shop-tour.mp4'));

    const details = await screen.findByRole('dialog', { name: 'shop-tour.mp4' });
    expect(factsIn(details)).toEqual([
      'Kind: Video, MP4',
      'Size: 1080 × 1920 pixels, 9:16 portrait',
      'Orientation: Upright',
      'Colour space: Not stated in the file',
      'File size: 45.8 MB',
      'Length: 0:32',
      'Video: H.264 at 30 frames a second',
      'Sound: AAC, 48 kHz',
      'Private details: No location data or camera details',
    ]);
  });

  it('says what a fixed item was made from, and opens the posts that use it in the composer', async () => {
    const { user } = await openLibrary();

    await user.click(tile('beach.jpg'));

    const details = await screen.findByRole('dialog', { name: 'beach.jpg' });
    await waitFor(() => expect(factsIn(details)).toContain('Made from: beach.heic by Convert to JPEG'));
    await user.click(within(details).getByRole('button', { name: 'Open “Lemon drizzle is back this weekend!” in the composer' }));
    expect(openPostInComposer).toHaveBeenCalledExactlyOnceWith('post-lemon');
  });

  it('marks the posts that are scheduled', async () => {
    const { user } = await openLibrary();

    await user.click(tile('shop-tour.mp4'));

    const details = await screen.findByRole('dialog', { name: 'shop-tour.mp4' });
    const uses = await within(details).findByRole('list');
    expect(within(uses).getByRole('listitem')).toHaveTextContent('Christmas opening hoursScheduled');
  });

  it('sits beside the grid in a wide window, with focus on its heading', async () => {
    widenWindow();
    const { user } = await openLibrary();

    await user.click(tile('beach.heic'));

    const panel = screen.getByRole('complementary', { name: 'beach.heic' });
    expect(screen.getByRole('heading', { level: 2, name: 'beach.heic' })).toHaveFocus();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(factsIn(panel)).toContain('Kind: Photo, HEIC');

    await user.click(tile('shop-tour.mp4'));
    expect(screen.getByRole('complementary', { name: 'shop-tour.mp4' })).toBeInTheDocument();

    await user.click(within(screen.getByRole('complementary', { name: 'shop-tour.mp4' })).getByRole('button', { name: 'Close details' }));
    expect(screen.queryByRole('complementary', { name: 'shop-tour.mp4' })).not.toBeInTheDocument();
    await waitFor(() => expect(tile('shop-tour.mp4')).toHaveFocus());
  });
});

describe('Library: delete', () => {
  it('deletes an item no post uses, after asking', async () => {
    const { user, fake } = await openLibrary();
    await user.click(tile('beach.heic'));
    const details = await screen.findByRole('dialog', { name: 'beach.heic' });

    await user.click(await within(details).findByRole('button', { name: 'Delete' }));
    const confirm = screen.getByRole('dialog', { name: 'Delete “beach.heic”?' });
    expect(confirm).toHaveTextContent('No post uses it.');
    expect(confirm).toHaveTextContent('the file you imported it from is not touched');
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));

    await waitFor(() => expect(tileNames()).toEqual(['beach.jpg', 'shop-tour.mp4']));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await screen.findByRole('alertdialog', { name: 'Deleted from your library' })).toHaveTextContent('beach.heic');
    expect(fake.composer.media.map((item) => item.originalName)).toEqual(['beach.jpg', 'shop-tour.mp4']);
    // The tile that had focus is gone: focus goes to the first tile, not the start of the page.
    await waitFor(() => expect(tile('beach.jpg')).toHaveFocus());
  });

  it('says a draft will lose the item, and takes it out of that draft', async () => {
    const { user, fake } = await openLibrary();
    await user.click(tile('beach.jpg'));
    const details = await screen.findByRole('dialog', { name: 'beach.jpg' });

    await user.click(await within(details).findByRole('button', { name: 'Delete' }));
    const confirm = screen.getByRole('dialog', { name: 'Delete “beach.jpg”?' });
    expect(confirm).toHaveTextContent('It will be removed from the draft that uses it: “Lemon drizzle is back this weekend!”.');
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));

    await waitFor(() => expect(tileNames()).not.toContain('beach.jpg'));
    expect(fake.composer.posts.find((post) => post.id === 'post-lemon')?.mediaIds).toEqual([]);
  });

  it('shows main’s reason when a scheduled post blocks the delete, and keeps everything', async () => {
    const { user, fake } = await openLibrary();
    await user.click(tile('shop-tour.mp4'));
    const details = await screen.findByRole('dialog', { name: 'shop-tour.mp4' });

    await user.click(await within(details).findByRole('button', { name: 'Delete' }));
    const confirm = screen.getByRole('dialog', { name: 'Delete “shop-tour.mp4”?' });
    expect(confirm).toHaveTextContent('A scheduled post uses it (“Christmas opening hours”)');
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));

    expect(await within(confirm).findByRole('alert')).toHaveTextContent(
      'The scheduled post “Christmas opening hours” uses this item. Unschedule that post, or wait until it is published, then delete the item.',
    );
    expect(fake.callsTo('media.delete')).toEqual([{ mediaId: shopTour.id }]);
    expect(fake.composer.media).toHaveLength(3);

    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(within(details).getByRole('button', { name: 'Delete' })).toHaveFocus());
    await user.keyboard('{Escape}'); // closes the details
    expect(tileNames()).toContain('shop-tour.mp4');
  });
});

describe('Library: import', () => {
  it('offers a file picker for several photos and videos', async () => {
    await openLibrary();

    const input = fileInput();
    expect(input).toHaveAttribute('type', 'file');
    expect(input).toHaveAttribute('accept', 'image/*,video/*,.heic');
    expect(input).toHaveAttribute('multiple');
  });

  it('says what became of each picked file: added, already there, or why not', async () => {
    const { user, fake } = await openLibrary();

    await user.upload(fileInput(), [
      photoFile('market.jpg'),
      photoFile('market copy.jpg'),
      photoFile('empty.jpg', ''),
    ]);

    const report = await screen.findByRole('region', { name: 'Import' });
    await waitFor(() =>
      expect(within(report).getByRole('status')).toHaveTextContent('1 added, 1 already in your library and 1 not imported.'),
    );
    const lines = within(within(report).getByRole('list', { name: 'Files' })).getAllByRole('listitem');
    expect(lines.map((line) => line.textContent)).toEqual([
      'market.jpgAdded',
      'market copy.jpgAlready in your library',
      'empty.jpgThis file is empty. Export it again and import the new copy.',
    ]);
    expect(fake.composer.importedFiles.map((file) => file.name)).toEqual(['market.jpg', 'market copy.jpg', 'empty.jpg']);
    await waitFor(() => expect(tileNames()).toContain('market.jpg'));

    await user.click(within(report).getByRole('button', { name: 'Dismiss the import report' }));
    expect(screen.queryByRole('region', { name: 'Import' })).not.toBeInTheDocument();
  });

  it('says so when the import could not run at all', async () => {
    const fake = bakery();
    fake.api = { ...fake.api, importFiles: async () => ({ ok: false, code: 'DISK_FULL', message: 'The disk is full.' }) };
    const { user } = await openLibrary(fake);

    await user.upload(fileInput(), [photoFile('market.jpg')]);

    const report = await screen.findByRole('region', { name: 'Import' });
    await waitFor(() => expect(within(report).getByRole('status')).toHaveTextContent('Nothing was imported: The disk is full.'));
  });

  it('imports files dropped on the grid, showing where they will go while they are dragged', async () => {
    const { fake } = await openLibrary();
    const zone = screen.getByRole('region', { name: 'Your media' });
    const files = [photoFile('stall.jpg')];
    const dragged = { dataTransfer: { types: ['Files'], files, dropEffect: 'none' } };

    fireEvent.dragEnter(zone, dragged);
    fireEvent.dragOver(zone, dragged);
    expect(zone).toHaveTextContent('Drop to add to your library');
    // Moving over a tile inside the zone is not leaving it.
    fireEvent.dragEnter(tile('beach.jpg'), dragged);
    fireEvent.dragLeave(zone, dragged);
    expect(zone).toHaveTextContent('Drop to add to your library');

    fireEvent.drop(tile('beach.jpg'), dragged);

    expect(zone).not.toHaveTextContent('Drop to add to your library');
    const report = await screen.findByRole('region', { name: 'Import' });
    await waitFor(() => expect(within(report).getByRole('status')).toHaveTextContent('1 added.'));
    expect(fake.composer.importedFiles.map((file) => file.name)).toEqual(['stall.jpg']);
    await waitFor(() => expect(tileNames()).toContain('stall.jpg'));
  });

  it('leaves drags that carry no files alone', async () => {
    const { fake } = await openLibrary();
    const zone = screen.getByRole('region', { name: 'Your media' });
    const text = { dataTransfer: { types: ['text/plain'], files: [] } };

    fireEvent.dragEnter(zone, text);
    expect(zone).not.toHaveTextContent('Drop to add to your library');
    fireEvent.drop(zone, text);

    expect(fake.composer.importedFiles).toEqual([]);
    expect(screen.queryByRole('region', { name: 'Import' })).not.toBeInTheDocument();
  });
});
