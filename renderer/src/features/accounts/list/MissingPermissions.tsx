import { useId } from 'react';
import type { MissingPermission } from '../../../../../preload/contract';
import { Button } from '../../../ui/Button';

/** Permissions the account lacks, grouped by the feature that needs them, and the way to ask for them again. */
export function MissingPermissions({ missing, onAskAgain }: { missing: readonly MissingPermission[]; onAskAgain: () => void }) {
  const headingId = useId();
  const byFeature = Map.groupBy(missing, (item) => item.feature);
  return (
    <section className="missing-permissions" aria-labelledby={headingId}>
      <h4 id={headingId} className="details-heading">
        Missing permissions
      </h4>
      <p>You did not allow these, so Outpost cannot do what they are for:</p>
      <ul className="missing-permissions__list">
        {[...byFeature].map(([feature, items]) => (
          <li key={feature}>
            <span className="missing-permissions__feature">{feature}</span>
            {': needs '}
            {items.map((item, index) => (
              <span key={item.permission}>
                {index > 0 ? ', ' : null}
                <code>{item.permission}</code>
              </span>
            ))}
          </li>
        ))}
      </ul>
      <div>
        <Button variant="primary" onPress={onAskAgain}>
          Ask for them again
        </Button>
      </div>
    </section>
  );
}
