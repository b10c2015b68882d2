import { useCallback, useEffect, useState } from 'react';
import type { BucketCredentials, BucketSettings, BucketTestReport, ErrorResult, Result } from '../../../../preload/contract';
import { useAppServices } from '../../app/AppServicesContext';
import { settle } from '../../bridge/settle';

export interface StagingBucketState {
  /** The saved bucket (null: none); undefined while loading. Never holds the secret. */
  saved: BucketSettings | null | undefined;
  loadError: ErrorResult | null;
  reload(): void;
  test(credentials: BucketCredentials): Promise<Result<BucketTestReport>>;
  save(credentials: BucketCredentials): Promise<Result<BucketSettings>>;
  remove(): Promise<Result<null>>;
}

/** The saved bucket and the `staging.*` calls; what is saved is kept as main answers. */
export function useStagingBucket(): StagingBucketState {
  const { api } = useAppServices();
  const [saved, setSaved] = useState<BucketSettings | null | undefined>(undefined);
  const [loadError, setLoadError] = useState<ErrorResult | null>(null);

  const reload = useCallback(() => {
    void settle(() => api.staging.get()).then((result) => {
      if (result.ok) {
        setSaved(result.value);
        setLoadError(null);
      } else {
        setLoadError(result);
      }
    });
  }, [api]);
  useEffect(reload, [reload]);

  return {
    saved,
    loadError,
    reload,
    test: (credentials) => settle(() => api.staging.test(credentials)),
    async save(credentials) {
      const result = await settle(() => api.staging.save(credentials));
      if (result.ok) setSaved(result.value);
      return result;
    },
    async remove() {
      const result = await settle(() => api.staging.remove());
      if (result.ok) setSaved(null);
      return result;
    },
  };
}
