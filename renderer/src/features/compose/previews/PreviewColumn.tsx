import type { ComponentType } from 'react';
import type { AccountSummary, MediaItem, Platform } from '../../../../../preload/contract';
import { PLATFORMS, PlatformIcon } from '../../accounts/platforms';
import { captionOfTarget, mediaOfTarget } from '../draftEdits';
import { accountOf, targetName } from '../targets/targetNames';
import { useComposer } from '../useComposer';
import { FacebookPreview } from './FacebookPreview';
import { InstagramPreview } from './InstagramPreview';
import type { PreviewProps } from './previewProps';
import { TikTokPreview } from './TikTokPreview';
import './Previews.css';

const PREVIEWS: Record<Platform, ComponentType<PreviewProps>> = {
  instagram: InstagramPreview,
  facebook: FacebookPreview,
  tiktok: TikTokPreview,
};

/** How each destination will look, redrawn as the owner types. */
export function PreviewColumn({ accounts }: { accounts: readonly AccountSummary[] }) {
  const draft = useComposer((state) => state.draft);
  const media = useComposer((state) => state.media);
  if (draft.targets.length === 0) {
    return <p className="preview-note">Add a destination to see how the post will look there.</p>;
  }
  const perPlatform = (platform: Platform) => draft.targets.filter((target) => target.platform === platform).length;

  return (
    <div className="previews">
      {draft.targets.map((target) => {
        const Preview = PREVIEWS[target.platform];
        const account = accountOf(target, accounts);
        const platform = PLATFORMS[target.platform].name;
        // Named by platform alone where that is unique, which is what people look for.
        const label = perPlatform(target.platform) > 1 ? `${platform} preview · ${account?.displayName ?? 'account to choose'}` : `${platform} preview`;
        const items = mediaOfTarget(draft, target).flatMap((id): MediaItem[] => (media[id] ? [media[id]] : []));
        return (
          <section key={target.id} aria-label={label} className="preview">
            <h3 className="preview__title">
              <PlatformIcon platform={target.platform} size="sm" />
              {targetName(target, accounts)}
            </h3>
            <Preview target={target} caption={captionOfTarget(draft, target)} items={items} account={account} />
          </section>
        );
      })}
    </div>
  );
}
