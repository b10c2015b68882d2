import { useEffect, useState } from 'react';
import type { ErrorResult, MediaDetails } from '../../../../preload/contract';
import { useAppServices } from '../../app/AppServicesContext';
import { settle } from '../../bridge/settle';

export type MediaDetailsState =
  | { kind: 'loading' }
  /** `sourceName`: the name of the item a fix made this one from; null when there is none (any more). */
  | { kind: 'ready'; details: MediaDetails; sourceName: string | null }
  | { kind: 'failed'; error: ErrorResult };

/**
 * An item's details as main has them when they open (the posts that use it change as the owner
 * works), with the name of the item it was made from.
 */
export function useMediaDetails(mediaId: string): MediaDetailsState {
  const { api } = useAppServices();
  const [state, setState] = useState<MediaDetailsState>({ kind: 'loading' });

  useEffect(() => {
    let isCurrent = true;
    setState({ kind: 'loading' });
    void (async () => {
      const result = await settle(() => api.media.get({ mediaId }));
      if (!result.ok) {
        if (isCurrent) setState({ kind: 'failed', error: result });
        return;
      }
      const sourceId = result.value.derivedFrom?.mediaId;
      const source = sourceId ? await settle(() => api.media.get({ mediaId: sourceId })) : null;
      if (isCurrent) setState({ kind: 'ready', details: result.value, sourceName: source?.ok ? source.value.originalName : null });
    })();
    return () => {
      isCurrent = false;
    };
  }, [api, mediaId]);

  return state;
}
