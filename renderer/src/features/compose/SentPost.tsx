import { useState } from 'react';
import type { AccountSummary } from '../../../../preload/contract';
import { Button } from '../../ui/Button';
import { CopyIcon, InfoIcon } from '../../ui/icons';
import { PlatformIcon } from '../accounts/platforms';
import { StatusMark } from '../calendar/StatusMark';
import { PreviewColumn } from './previews/PreviewColumn';
import { targetName } from './targets/targetNames';
import { useComposer } from './useComposer';
import { useDuplicatePost } from './useDuplicatePost';

/**
 * A post that is being published or is out, read-only: what was sent, where, and how each
 * destination stands. Changing it would change nothing on the platforms, so the way on is a copy.
 */
export function SentPost({ accounts }: { accounts: readonly AccountSummary[] }) {
  const draft = useComposer((state) => state.draft);
  const duplicate = useDuplicatePost();
  const [isCopying, setCopying] = useState(false);

  const copy = async () => {
    setCopying(true);
    await duplicate(draft.id);
    setCopying(false);
  };

  return (
    <div className="compose-layout">
      <div className="compose-layout__main">
        <div className="sent-post-banner">
          <InfoIcon size={18} />
          <p>Published posts keep what was sent. Duplicate it to post again.</p>
          <Button variant="primary" isPending={isCopying} onPress={() => void copy()}>
            <CopyIcon size={16} />
            Duplicate
          </Button>
        </div>

        <section className="card compose-card" aria-labelledby="sent-post-text-title">
          <h2 id="sent-post-text-title" className="compose-card__title">
            Post text
          </h2>
          <p className="sent-post__text">{draft.body.trim() || 'No text.'}</p>
        </section>

        <section className="card compose-card" aria-labelledby="sent-post-destinations-title">
          <h2 id="sent-post-destinations-title" className="compose-card__title">
            Destinations
          </h2>
          <ul className="row-list sent-post__targets">
            {draft.targets.map((target) => (
              <li key={target.id} className="sent-post__target">
                <PlatformIcon platform={target.platform} size="sm" />
                <span className="sent-post__target-name">{targetName(target, accounts)}</span>
                <StatusMark status={target.status} />
              </li>
            ))}
          </ul>
        </section>
      </div>

      <aside className="compose-layout__previews" aria-labelledby="compose-previews-title">
        <h2 id="compose-previews-title" className="compose-card__title">
          Previews
        </h2>
        <PreviewColumn accounts={accounts} />
      </aside>
    </div>
  );
}
