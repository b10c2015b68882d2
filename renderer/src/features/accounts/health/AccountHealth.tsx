import type { AccountSummary } from '../../../../../preload/contract';
import { CheckIcon, WarningIcon } from '../../../ui/icons';
import { useTimeZone } from '../../settings/useTimeZone';
import { healthWords } from './healthWords';
import './AccountHealth.css';

/** An account's health in words, never only a colour: a label with its icon, then why or what next. */
export function AccountHealth({ account, where }: { account: AccountSummary; where: 'card' | 'details' }) {
  const timeZone = useTimeZone();
  const { tone, label, details } = healthWords(account, new Date(), timeZone, where);
  return (
    <div className={`account-health account-health--${tone}`}>
      <p className="account-health__label">
        {tone === 'ok' ? <CheckIcon size={16} /> : <WarningIcon size={16} />}
        <span>{label}</span>
      </p>
      {details.map((detail) => (
        <p key={detail} className="account-health__detail">
          {detail}
        </p>
      ))}
    </div>
  );
}
