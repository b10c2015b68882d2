import type { AccountSummary, PostTarget, TargetMeasure } from '../../../../../preload/contract';
import { PlatformIcon } from '../../accounts/platforms';
import { targetName } from '../targets/targetNames';
import './TargetCounters.css';

const NUMBER = new Intl.NumberFormat('en-GB');

/** Within this share of a limit the counter turns to the warning colour. */
const NEAR_LIMIT = 0.9;

type Level = 'fine' | 'near' | 'over';

function levelOf(used: number, max: number | null): Level {
  if (max === null) return 'fine';
  if (used > max) return 'over';
  return used >= max * NEAR_LIMIT ? 'near' : 'fine';
}

/** Words for what the colour shows, for those who do not see it. */
const LEVEL_WORDS: Record<Level, string> = { fine: '', near: ' (near the limit)', over: ' (over the limit)' };

function Count({ used, max, noun }: { used: number; max: number | null; noun: string }) {
  const level = levelOf(used, max);
  // "1 / 30 hashtags" counts against a limit; without one it is "1 hashtag".
  const words = max === null && used === 1 ? noun.replace(/s$/, '') : noun;
  return (
    <span className={`target-counter target-counter--${level}`}>
      {max === null ? NUMBER.format(used) : `${NUMBER.format(used)} / ${NUMBER.format(max)}`} {words}
      {LEVEL_WORDS[level] ? <span className="visually-hidden">{LEVEL_WORDS[level]}</span> : null}
    </span>
  );
}

export interface TargetCountersProps {
  id?: string;
  targets: readonly PostTarget[];
  measures: readonly TargetMeasure[];
  accounts: readonly AccountSummary[];
}

/**
 * The live counts under a caption, one line per destination, as main measured them: characters
 * (and hashtags and mentions where the platform caps them) against each platform's limit.
 */
export function TargetCounters({ id, targets, measures, accounts }: TargetCountersProps) {
  const lines = targets.flatMap((target) => {
    const measure = measures.find((candidate) => candidate.targetId === target.id);
    return measure ? [{ target, measure }] : [];
  });
  if (lines.length === 0) return null;
  return (
    <ul id={id} className="target-counters" aria-label="Counts per destination">
      {lines.map(({ target, measure }) => (
        <li key={target.id} className="target-counters__line">
          <PlatformIcon platform={target.platform} size="sm" />
          <span className="target-counters__name">{targetName(target, accounts)}:</span>
          <Count {...measure.characters} noun="characters" />
          {measure.hashtags.max !== null || measure.hashtags.used > 0 ? <Count {...measure.hashtags} noun="hashtags" /> : null}
          {measure.mentions.max !== null || measure.mentions.used > 0 ? <Count {...measure.mentions} noun="mentions" /> : null}
        </li>
      ))}
    </ul>
  );
}
