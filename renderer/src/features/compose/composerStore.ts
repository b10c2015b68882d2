/**
 * The composer: the one draft open for editing, what the platforms say about it, the media it
 * shows, and how its saving goes. Every edit goes through `edit`, which keeps the draft, saves it
 * (autosave.ts) and checks it (liveValidation.ts). A new post is made in main on its first edit,
 * so opening Compose to look around leaves no empty drafts behind.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { OutpostApi } from '../../../../preload/api';
import { MAX_POST_MEDIA } from '../../../../preload/contract';
import type {
  ErrorResult,
  MediaFixRequest,
  MediaImportResult,
  MediaItem,
  MediaKind,
  PostDraft,
  PostEditorState,
  PostType,
  PostValidation,
  Result,
} from '../../../../preload/contract';
import type { NavigationStore } from '../../app/navigationStore';
import { settle } from '../../bridge/settle';
import { describeError } from '../../lib/describeError';
import { createAutosaver, type Autosaver, type AutosaveTiming, type SaveStatus } from './autosave';
import {
  addMedia,
  blankDraft,
  chosenTypesOf,
  isCreated,
  isSent,
  replaceMedia,
  updateTarget,
  withSuggestedTypes,
} from './draftEdits';
import { createLiveValidation, type LiveValidation } from './liveValidation';
import type { RememberedPost } from './rememberedPost';

export type ImportFailure = Extract<MediaImportResult, { outcome: 'failed' }>;

export interface ComposerState {
  /** loading: a post is opening; ready: the draft can be edited; failed: the post could not open. */
  phase: 'loading' | 'ready' | 'failed';
  openError: ErrorResult | null;
  /** The draft as the owner has it now, saved or not. */
  draft: PostDraft;
  /** Main's last word on the draft; null before the first check. */
  validation: PostValidation | null;
  /** Library items by id: undefined while loading, null when the library no longer has it. */
  media: Readonly<Record<string, MediaItem | null>>;
  /** Targets whose post type the owner picked; the others follow their media. */
  chosenTypes: ReadonlySet<string>;
  save: SaveStatus;
  /** How many files are being imported now. */
  importing: number;
  /** The files of the last import that could not be added, each with why. */
  importFailures: readonly ImportFailure[];

  /**
   * Compose is shown. The first time: opens what was open before a reload or restart, else a new
   * post. Later: reloads the open post unless it has unsaved changes, since another screen may
   * have changed it or moved it to the bin (then a new post takes its place).
   */
  resume(): Promise<void>;
  /** Shows a saved post in the composer (the drafts list's "Edit"). */
  openPostInComposer(postId: string): Promise<void>;
  /** Saves the open post and starts a new, empty one (made in main on its first edit). */
  startNewPost(): Promise<void>;
  edit(change: (draft: PostDraft) => PostDraft): void;
  /** The owner picked a target's post type: it stops following the media. */
  choosePostType(targetId: string, postType: PostType): void;
  /** Saves now; resolves with whether everything is saved. */
  saveNow(): Promise<boolean>;
  /** The page is going away: sends unsaved edits at once (see Autosaver.sendNow). */
  sendBeforeClosing(): void;
  importFiles(files: readonly File[]): Promise<void>;
  dismissImportFailures(): void;
  /** Applies a fix to one of the post's media; resolves with the new item that replaced it. */
  applyFix(mediaId: string, fix: MediaFixRequest): Promise<Result<{ original: MediaItem | null; fixed: MediaItem | null }>>;
  /** Main's full check before scheduling; null when there is nothing to check yet. */
  checkBeforeScheduling(): Promise<Result<PostValidation> | null>;
}

export type ComposerStore = StoreApi<ComposerState>;

export interface ComposerDependencies {
  api: OutpostApi;
  navigation: NavigationStore;
  rememberedPost: RememberedPost;
  timing?: AutosaveTiming;
}

/** What one open draft runs: its saver, its checker, and the creation of a new post in main. */
interface DraftSession {
  autosaver: Autosaver;
  validation: LiveValidation;
  creating: Promise<Result<PostEditorState>> | null;
}

const NOTHING_TO_SAVE: Result<never> = {
  ok: false,
  code: 'VALIDATION_FAILED',
  message: 'This post could not be saved, so the fix was not applied.',
  action: 'Try again once the post is saved.',
};

export function createComposerStore({ api, navigation, rememberedPost, timing }: ComposerDependencies): ComposerStore {
  return createStore<ComposerState>()((set, get) => {
    let resumed = false;
    const loadingMedia = new Set<string>();

    const kindOf = (mediaId: string): MediaKind | undefined => get().media[mediaId]?.probe.kind;

    const isCurrent = (candidate: DraftSession) => candidate === session;

    /** Makes the post in main (once per session) and gives the local draft its id. */
    const ensureCreated = (owner: DraftSession): Promise<Result<PostEditorState>> => {
      owner.creating ??= settle(() => api.posts.create()).then((created) => {
        if (!created.ok) {
          owner.creating = null;
          return created;
        }
        if (isCurrent(owner)) {
          const { id, createdAt, updatedAt } = created.value.post;
          set({ draft: { ...get().draft, id, createdAt, updatedAt } });
          rememberedPost.remember(id);
          owner.validation.schedule();
        }
        return created;
      });
      return owner.creating;
    };

    /**
     * A save answered. Edits made while it was in flight win: the local draft keeps them and
     * takes only what main assigns; with no such edits, main's copy and its validation are shown.
     */
    const mergeSaved = (sent: PostDraft, saved: PostEditorState) => {
      const local = get().draft;
      if (local.id !== sent.id) return;
      if (local === sent) set({ draft: saved.post, validation: saved.validation });
      else set({ draft: { ...local, createdAt: saved.post.createdAt, updatedAt: saved.post.updatedAt } });
    };

    const persist = async (owner: DraftSession): Promise<ErrorResult | null> => {
      if (!isCreated(get().draft)) {
        const created = await ensureCreated(owner);
        if (!created.ok) return created;
      }
      if (!isCurrent(owner)) return null;
      const sent = get().draft;
      const saved = await settle(() => api.posts.save(sent));
      if (!saved.ok) return saved;
      if (isCurrent(owner)) mergeSaved(sent, saved.value);
      return null;
    };

    const createSession = (): DraftSession => {
      const owner: DraftSession = {
        creating: null,
        autosaver: createAutosaver({
          save: () => persist(owner),
          onStatus: (status) => {
            if (isCurrent(owner)) set({ save: status });
          },
          timing,
        }),
        validation: createLiveValidation({
          current: () => (isCurrent(owner) && isCreated(get().draft) ? get().draft : null),
          validate: (draft) => settle(() => api.posts.validate(draft)),
          show: (validation) => {
            if (isCurrent(owner)) set({ validation });
          },
        }),
      };
      return owner;
    };

    let session = createSession();

    /** Retires the open draft's saver and checker (after a flush) and starts fresh ones. */
    const startSession = (): DraftSession => {
      session.autosaver.dispose();
      session.validation.dispose();
      session = createSession();
      return session;
    };

    /** Fetches the library items the draft names that are not known yet. */
    const loadMedia = async (draft: PostDraft) => {
      const missing = draft.mediaIds.filter((id) => get().media[id] === undefined && !loadingMedia.has(id));
      if (missing.length === 0) return;
      missing.forEach((id) => loadingMedia.add(id));
      const answers = await Promise.all(missing.map((mediaId) => settle(() => api.media.get({ mediaId }))));
      const found: Record<string, MediaItem | null> = {};
      missing.forEach((id, index) => {
        const answer = answers[index];
        loadingMedia.delete(id);
        if (answer?.ok) found[id] = answer.value;
        else if (answer?.code === 'NOT_FOUND') found[id] = null;
      });
      set({ media: { ...get().media, ...found } });
    };

    /** Saves the open draft before another one replaces it; false (and nothing replaced) if it cannot be saved. */
    const closeOpenDraft = (): Promise<boolean> => session.autosaver.flush();

    const showBlank = () => {
      startSession();
      rememberedPost.forget();
      set({ phase: 'ready', openError: null, draft: blankDraft(), validation: null, chosenTypes: new Set(), save: { state: 'idle' }, importFailures: [] });
    };

    const open = async (postId: string, { quietly }: { quietly: boolean }) => {
      const owner = startSession();
      set({ phase: 'loading', openError: null, validation: null, save: { state: 'idle' }, importFailures: [] });
      const opened = await settle(() => api.posts.get({ postId }));
      if (!isCurrent(owner)) return;
      if (!opened.ok) {
        if (opened.code === 'NOT_FOUND') rememberedPost.forget();
        if (quietly) showBlank();
        else set({ phase: 'failed', openError: opened });
        return;
      }
      rememberedPost.remember(postId);
      set({ phase: 'ready', draft: opened.value.post, validation: opened.value.validation, chosenTypes: new Set() });
      await loadMedia(opened.value.post);
      if (isCurrent(owner)) set({ chosenTypes: chosenTypesOf(get().draft, kindOf) });
    };

    return {
      phase: 'loading',
      openError: null,
      draft: blankDraft(),
      validation: null,
      media: {},
      chosenTypes: new Set(),
      save: { state: 'idle' },
      importing: 0,
      importFailures: [],

      async resume() {
        if (!resumed) {
          resumed = true;
          const remembered = rememberedPost.read();
          if (remembered) await open(remembered, { quietly: true });
          else showBlank();
          return;
        }
        const { phase, draft, save } = get();
        if (phase !== 'ready' || !isCreated(draft) || (save.state !== 'idle' && save.state !== 'saved')) return;
        const owner = session;
        const fresh = await settle(() => api.posts.get({ postId: draft.id }));
        // Anything the owner did meanwhile wins over what was stored.
        if (!isCurrent(owner) || get().draft !== draft) return;
        if (fresh.ok) {
          set({ draft: fresh.value.post, validation: fresh.value.validation });
          void loadMedia(fresh.value.post);
        } else if (fresh.code === 'NOT_FOUND') {
          showBlank();
        }
      },

      async openPostInComposer(postId) {
        resumed = true;
        navigation.getState().goTo('compose');
        if (get().draft.id === postId && get().phase === 'ready') return;
        if (!(await closeOpenDraft())) return;
        await open(postId, { quietly: false });
      },

      async startNewPost() {
        resumed = true;
        navigation.getState().goTo('compose');
        if (!(await closeOpenDraft())) return;
        showBlank();
      },

      edit(change) {
        // A post on its way or out keeps what was sent: nothing is changed, so nothing autosaves.
        if (get().phase !== 'ready' || isSent(get().draft)) return;
        const before = get().draft;
        const changed = change(before);
        if (changed === before) return;
        const draft = withSuggestedTypes(changed, kindOf, get().chosenTypes);
        set({ draft });
        const owner = session;
        if (!isCreated(draft)) void ensureCreated(owner);
        owner.autosaver.changed();
        owner.validation.schedule({ now: !isTyping(before, draft) });
        void loadMedia(draft);
      },

      choosePostType(targetId, postType) {
        set({ chosenTypes: new Set([...get().chosenTypes, targetId]) });
        get().edit((draft) => updateTarget(draft, targetId, (target) => ({ ...target, postType })));
      },

      saveNow() {
        return session.autosaver.flush();
      },

      sendBeforeClosing() {
        session.autosaver.sendNow();
      },

      async importFiles(files) {
        if (files.length === 0) return;
        const owner = session;
        set({ importing: get().importing + files.length, importFailures: [] });
        const imported = await settle(() => api.importFiles(files));
        set({ importing: Math.max(0, get().importing - files.length) });
        if (!imported.ok) {
          const fileName = files.length === 1 ? (files[0]?.name ?? '') : `${files.length} files`;
          set({ importFailures: [{ outcome: 'failed', fileName, message: describeError(imported) }] });
          return;
        }
        const importedFiles = imported.value.flatMap((result) => (result.outcome === 'imported' ? [result] : []));
        const failures = imported.value.filter((result): result is ImportFailure => result.outcome === 'failed');
        // The post keeps what fits; the rest stay in the library and are named, never dropped silently.
        const { fits, overflow } = fitIntoPost(get().draft.mediaIds, importedFiles.map((result) => result.item.id));
        const tooMany = importedFiles.filter((result) => overflow.includes(result.item.id)).map((result): ImportFailure => ({
          outcome: 'failed',
          fileName: result.fileName,
          message: `A post holds at most ${MAX_POST_MEDIA} photos and videos; this one is in your library but not in the post.`,
        }));
        const items = importedFiles.map((result) => result.item);
        set({ media: { ...get().media, ...Object.fromEntries(items.map((item) => [item.id, item])) }, importFailures: [...failures, ...tooMany] });
        if (isCurrent(owner) && fits.length > 0) get().edit((draft) => addMedia(draft, fits));
      },

      dismissImportFailures() {
        set({ importFailures: [] });
      },

      async applyFix(mediaId, fix) {
        const owner = session;
        // Main fixes the post as saved, so whatever the owner has must be saved first.
        if (!(await owner.autosaver.flush()) || !isCreated(get().draft)) return NOTHING_TO_SAVE;
        const before = get().draft;
        const fixed = await settle(() => api.posts.applyMediaFix({ postId: before.id, mediaId, fix }));
        if (!fixed.ok) return fixed;
        const fixedId = fixed.value.fixedMediaId;
        if (isCurrent(owner)) {
          const local = get().draft;
          if (local === before) {
            set({ draft: fixed.value.post, validation: fixed.value.validation });
          } else {
            // Edits made while main worked stay; the fixed item goes in, and the result is saved.
            set({ draft: replaceMedia(local, mediaId, fixedId) });
            owner.autosaver.changed();
            owner.validation.schedule();
          }
        }
        await loadMedia(get().draft);
        return { ok: true, value: { original: get().media[mediaId] ?? null, fixed: get().media[fixedId] ?? null } };
      },

      async checkBeforeScheduling() {
        // A post that is not saved is not ready, whatever the platforms would say about it.
        if (!(await get().saveNow())) {
          const { save } = get();
          return save.state === 'failed' ? save.error : NOTHING_TO_SAVE;
        }
        const draft = get().draft;
        if (!isCreated(draft)) return null;
        const checked = await settle(() => api.posts.validate(draft));
        if (checked.ok && get().draft === draft) set({ validation: checked.value });
        return checked;
      },
    };
  });
}

// ---------------------------------------------------------------------------------------------
// The entry points other screens call
// ---------------------------------------------------------------------------------------------

let runningComposer: ComposerStore | null = null;

/** Makes the functions below reach this app's composer (startAppServices); returns a function that stops. */
export function registerComposer(store: ComposerStore): () => void {
  runningComposer = store;
  return () => {
    if (runningComposer === store) runningComposer = null;
  };
}

function composer(): ComposerStore {
  if (!runningComposer) throw new Error('The composer is not running: call registerComposer first.');
  return runningComposer;
}

/** Saves whatever the composer has open, opens `postId` in it and shows Compose. */
export function openPostInComposer(postId: string): Promise<void> {
  return composer().getState().openPostInComposer(postId);
}

/** Saves whatever the composer has open, starts a new post and shows Compose. */
export function startNewPost(): Promise<void> {
  return composer().getState().startNewPost();
}

/** Text changed (the post's or a caption variant): the owner is typing, so checks wait for a pause. */
function isTyping(before: PostDraft, after: PostDraft): boolean {
  if (before.body !== after.body) return true;
  const captions = new Map(before.targets.map((target) => [target.id, target.caption]));
  return after.targets.some((target) => captions.has(target.id) && captions.get(target.id) !== target.caption);
}

/** Which new items still fit in a post that already has `current` (up to MAX_POST_MEDIA), in order. */
function fitIntoPost(current: readonly string[], added: readonly string[]): { fits: string[]; overflow: string[] } {
  const fresh = [...new Set(added)].filter((id) => !current.includes(id));
  const room = Math.max(0, MAX_POST_MEDIA - current.length);
  return { fits: fresh.slice(0, room), overflow: fresh.slice(room) };
}
