import { useAppServices } from '../../app/AppServicesContext';
import { settle } from '../../bridge/settle';
import { describeError } from '../../lib/describeError';
import { showToast } from '../../ui/toast/toastQueue';
import { openPostInComposer } from './composerStore';

/**
 * Copies a post as a new draft (its text, media and destinations, nothing of its schedule) and
 * opens the copy in Compose: how a published post is posted again. Resolves with whether it did;
 * a failure is told in a toast.
 */
export function useDuplicatePost(): (postId: string) => Promise<boolean> {
  const { api, toasts } = useAppServices();
  return async (postId) => {
    const copied = await settle(() => api.posts.duplicate({ postId }));
    if (!copied.ok) {
      showToast(toasts, { tone: 'error', title: 'The post could not be duplicated', body: describeError(copied) });
      return false;
    }
    await openPostInComposer(copied.value.post.id);
    return true;
  };
}
