/**
 * Which post the composer had open, kept in the window's local storage so a reload or a restart
 * opens the same draft. Storage can be refused (a locked-down profile); the composer then simply
 * starts with a new post.
 */
const KEY = 'outpost.compose.openPostId';

export interface RememberedPost {
  read(): string | null;
  remember(postId: string): void;
  forget(): void;
}

export function createRememberedPost(storage: () => Storage): RememberedPost {
  const attempt = <T>(use: (store: Storage) => T, fallback: T): T => {
    try {
      return use(storage());
    } catch {
      return fallback;
    }
  };
  return {
    read: () => attempt((store) => store.getItem(KEY), null),
    remember: (postId) => attempt((store) => store.setItem(KEY, postId), undefined),
    forget: () => attempt((store) => store.removeItem(KEY), undefined),
  };
}
