import type { PostSummary } from '../../../../preload/contract';
import { useAppServices } from '../../app/AppServicesContext';
import { describeError } from '../../lib/describeError';
import { showToast, type ToastContent } from '../../ui/toast/toastQueue';
import { openPostInComposer } from '../compose/composerStore';
import type { DraftAction } from './DraftActions';
import { draftName } from './draftWords';

/**
 * What a draft's actions do. Delete takes the row away at once and offers Undo in a toast; the
 * toast's Undo works from any section, since it talks to the app's drafts store, not this screen.
 */
export function useDraftActions(): (draft: PostSummary, action: DraftAction) => void {
  const { drafts, toasts } = useAppServices();
  const toast = (content: ToastContent) => void showToast(toasts, content);

  const undoDelete = async (draft: PostSummary) => {
    const restored = await drafts.getState().restore(draft.id);
    if (!restored.ok) toast({ tone: 'error', title: 'The draft could not be brought back', body: describeError(restored) });
  };

  const remove = async (draft: PostSummary) => {
    const removed = await drafts.getState().remove(draft.id);
    if (!removed.ok) {
      toast({ tone: 'error', title: 'The draft could not be deleted', body: describeError(removed) });
      return;
    }
    toast({
      tone: 'info',
      title: 'Draft deleted',
      body: draftName(draft),
      action: { label: 'Undo', onAction: () => void undoDelete(draft) },
    });
  };

  const duplicate = async (draft: PostSummary) => {
    const copied = await drafts.getState().duplicate(draft.id);
    toast(
      copied.ok
        ? { tone: 'success', title: 'Draft duplicated', body: draftName(draft) }
        : { tone: 'error', title: 'The draft could not be duplicated', body: describeError(copied) },
    );
  };

  return (draft, action) => {
    if (action === 'open') void openPostInComposer(draft.id);
    if (action === 'duplicate') void duplicate(draft);
    if (action === 'delete') void remove(draft);
  };
}
