import type {
  AccountSummary,
  DraftsQuery,
  MediaFixRequest,
  MediaItem,
  PostDraft,
  MediaFixResult,
  PostEditorState,
  PostSummary,
  PostValidation,
} from '../../preload/contract';
import type { StagingBucket } from '../platforms/staging/mediaStagingHost';
import { isDiskFull } from '../store/databaseErrors';
import { buildValidationContext } from './buildValidationContext';
import { draftMediaIds } from './draftMedia';
import type { DraftsRepository } from './draftsRepository';
import { excerptOf } from './excerpt';
import { MediaNotInPostError, PostDiskFullError } from './postErrors';
import { validatePost } from './validation/validatePost';

/** What the composer needs of the media library. */
export interface PostsMediaLibrary {
  itemsByIds(ids: readonly string[]): ReadonlyMap<string, MediaItem>;
  /** Makes the fixed item (a new one; the original stays in the library). */
  applyFix(id: string, fix: MediaFixRequest): Promise<MediaItem>;
}

export interface PostsServiceDeps {
  drafts: DraftsRepository;
  media: PostsMediaLibrary;
  /** A connected account by id (undefined when unknown or disconnected). */
  account(id: string): AccountSummary | undefined;
  /** The storage bucket as saved in Settings: some targets need one (validateInstagramTarget, validateTikTokTarget). */
  staging: Pick<StagingBucket, 'capabilities'>;
}

export interface PostsService {
  create(): PostEditorState;
  get(postId: string): PostEditorState;
  /** Autosave: stores the draft and says what the platforms would make of it. */
  save(draft: PostDraft): PostEditorState;
  /** Validation only, without writing: runs as the owner types. */
  validate(draft: PostDraft): PostValidation;
  listDrafts(query: DraftsQuery): PostSummary[];
  duplicate(postId: string): PostEditorState;
  delete(postId: string): void;
  restore(postId: string): void;
  /** Makes the fixed item and puts it in the original's place in the post and every target. */
  applyMediaFix(postId: string, mediaId: string, fix: MediaFixRequest): Promise<MediaFixResult>;
}

/**
 * The composer's side of main, behind the `posts.*` channels. Everything here is local: drafts in
 * SQLite, probes from the library, accounts as last checked; no network call (issue 5).
 */
export function createPostsService(deps: PostsServiceDeps): PostsService {
  const sources = {
    mediaByIds: (ids: readonly string[]) => deps.media.itemsByIds(ids),
    account: deps.account,
    stagingCapabilities: () => deps.staging.capabilities(),
  };
  const validate = (draft: PostDraft) => validatePost(draft, buildValidationContext(draft, sources));
  const editorState = (post: PostDraft): PostEditorState => ({ post, validation: validate(post) });

  return {
    create: () => editorState(writing(() => deps.drafts.create())),
    get: (postId) => editorState(deps.drafts.get(postId)),
    save: (draft) => editorState(writing(() => deps.drafts.save(draft))),
    validate,
    duplicate: (postId) => editorState(writing(() => deps.drafts.duplicate(postId))),
    delete: (postId) => writing(() => deps.drafts.delete(postId)),
    restore: (postId) => writing(() => deps.drafts.restore(postId)),

    listDrafts(query) {
      const listings = deps.drafts.listDrafts(query);
      const thumbnails = deps.media.itemsByIds(listings.flatMap((listing) => listing.mediaIds.slice(0, 1)));
      return listings.map(({ id, body, mediaIds, targets, createdAt, updatedAt }) => ({
        id,
        excerpt: excerptOf(body),
        thumbnailUrl: mediaIds[0] === undefined ? null : (thumbnails.get(mediaIds[0])?.thumbnailUrl ?? null),
        mediaCount: mediaIds.length,
        targets,
        createdAt,
        updatedAt,
      }));
    },

    async applyMediaFix(postId, mediaId, fix) {
      if (!draftMediaIds(deps.drafts.get(postId)).includes(mediaId)) throw new MediaNotInPostError(mediaId);
      const fixed = await deps.media.applyFix(mediaId, fix).catch((error: unknown) => {
        throw inOwnersWords(error);
      });
      // Re-read inside the replacement: the owner may have kept typing while the fix ran.
      return { ...editorState(writing(() => deps.drafts.replaceMedia(postId, mediaId, fixed.id))), fixedMediaId: fixed.id };
    },
  };
}

/** A write that fails for lack of space says so in the owner's words; the transaction rolled back. */
const inOwnersWords = (error: unknown) => (isDiskFull(error) ? new PostDiskFullError(error) : error);

function writing<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw inOwnersWords(error);
  }
}
