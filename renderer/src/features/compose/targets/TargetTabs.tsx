import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import type { AccountSummary } from '../../../../../preload/contract';
import { PlatformIcon } from '../../accounts/platforms';
import { useComposer } from '../useComposer';
import { TargetPanel } from './TargetPanel';
import { targetName } from './targetNames';
import './Targets.css';

export interface TargetTabsProps {
  accounts: readonly AccountSummary[];
  /** The open tab (a target id); the first when null or gone. */
  selected: string | null;
  onSelect: (targetId: string | null) => void;
}

/** One tab per destination, named for it ("Instagram · Rosie's Bakery"); a dot marks one with errors. */
export function TargetTabs({ accounts, selected, onSelect }: TargetTabsProps) {
  const targets = useComposer((state) => state.draft.targets);
  const validation = useComposer((state) => state.validation);
  if (targets.length === 0) {
    return (
      <p className="target-tabs__empty">
        Add where this post goes. You can add a platform now and choose its account later.
      </p>
    );
  }
  const open = selected !== null && targets.some((target) => target.id === selected) ? selected : targets[0]!.id;
  const hasErrors = (targetId: string) =>
    validation?.issues.some((issue) => issue.targetId === targetId && issue.severity === 'error') ?? false;

  return (
    <Tabs className="target-tabs" selectedKey={open} onSelectionChange={(key) => onSelect(String(key))}>
      <TabList aria-label="Destinations" className="target-tabs__list" items={targets}>
        {(target) => (
          <Tab id={target.id} className="target-tabs__tab">
            <PlatformIcon platform={target.platform} size="sm" />
            {targetName(target, accounts)}
            {hasErrors(target.id) ? <span className="target-tabs__dot" aria-hidden="true" /> : null}
          </Tab>
        )}
      </TabList>
      {targets.map((target) => (
        <TabPanel key={target.id} id={target.id} className="target-tabs__panel">
          <TargetPanel target={target} accounts={accounts} onRemoved={() => onSelect(null)} />
        </TabPanel>
      ))}
    </Tabs>
  );
}
