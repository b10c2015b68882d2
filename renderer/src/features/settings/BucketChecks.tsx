import type { BucketCheck, BucketTestReport } from '../../../../preload/contract';
import { CheckIcon, CloseIcon, InfoIcon } from '../../ui/icons';

const CHECK_NAMES: Record<BucketCheck['name'], string> = {
  upload: 'Upload a test file',
  privateLink: 'Read it through a private link',
  publicAddress: 'Read it at the public address',
  remove: 'Delete it again',
};

const OUTCOME_WORDS: Record<BucketCheck['outcome'], string> = { ok: 'Passed', failed: 'Failed', skipped: 'Skipped' };

const OUTCOME_ICONS: Record<BucketCheck['outcome'], typeof CheckIcon> = { ok: CheckIcon, failed: CloseIcon, skipped: InfoIcon };

/** The connection test's checks in order, each with its outcome in words and main's explanation. */
export function BucketChecks({ report }: { report: BucketTestReport }) {
  return (
    <ul className="row-list bucket-checks" aria-label="Connection test">
      {report.checks.map((check) => {
        const Icon = OUTCOME_ICONS[check.outcome];
        return (
          <li key={check.name} className={`bucket-check bucket-check--${check.outcome}`}>
            <Icon size={16} />
            <div className="bucket-check__text">
              <span className="bucket-check__name">
                {CHECK_NAMES[check.name]}: <span className="bucket-check__outcome">{OUTCOME_WORDS[check.outcome]}</span>
              </span>
              <span className="bucket-check__message">{check.message}</span>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
