import type { ValidationIssue } from '../../../preload/contract';
import { EXPIRY_WARNING_DAYS } from '../../accounts/health/accountHealth';
import { targetIssue, type TargetScope } from './targetScope';
import type { ContextAccount, ValidationContext } from './validationContext';
import { withArticle } from './wording';

export interface AccountCheck {
  issues: ValidationIssue[];
  /** The account, when it is one of the target's platform. */
  account: ContextAccount | null;
}

/** What the account's health means for this post, most urgent first; nothing when connected. */
function healthIssue(scope: TargetScope, account: ContextAccount): ValidationIssue | null {
  const issue = (severity: ValidationIssue['severity'], code: string, message: string) =>
    targetIssue(scope, { subject: 'account', severity, code: `account.${code}`, message });
  const who = account.displayName;
  switch (account.health) {
    case 'needs_reconnect':
      return issue('error', 'needs_reconnect', `${scope.rules.name} no longer accepts Outpost's sign-in for ${who}. Reconnect it in Accounts.`);
    case 'missing_permission':
      return issue('warning', 'missing_permission', `${who} has not given Outpost every permission it asks for, so posting may fail. See what is missing in Accounts.`);
    case 'expiring':
      return issue('info', 'expiring', `${who}'s sign-in ends within ${EXPIRY_WARNING_DAYS} days. Reconnect it in Accounts so that this post goes out.`);
    case 'connected':
      return null;
  }
}

/**
 * The account a target posts to. A post without one can still be saved (targets can be chosen
 * later), but not scheduled.
 */
export function checkAccount(scope: TargetScope, accountId: string | null, context: ValidationContext): AccountCheck {
  const { accountNoun, platform } = scope.rules;
  const refuse = (code: string, message: string): AccountCheck => ({
    issues: [targetIssue(scope, { subject: 'account', severity: 'error', code: `account.${code}`, message })],
    account: null,
  });
  if (accountId === null) return refuse('none', `Choose the ${accountNoun} to post to.`);
  const account = context.accounts.get(accountId);
  if (!account) return refuse('not_found', `The ${accountNoun} chosen for this post is no longer connected. Choose another, or connect it again in Accounts.`);
  if (account.platform !== platform) return refuse('wrong_platform', `${account.displayName} is not ${withArticle(accountNoun)}. Choose the ${accountNoun} to post to.`);
  const health = healthIssue(scope, account);
  return { issues: health ? [health] : [], account };
}
