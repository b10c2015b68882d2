import { useState } from 'react';
import type { AccountSummary } from '../../../../../preload/contract';
import { PlatformIcon } from '../platforms';

/** "Rosie's Bakery" → "RB": the first letter of the first and last words. */
function initialsOf(name: string): string {
  const words = name.split(/\s+/).filter((word) => /\p{L}|\p{N}/u.test(word));
  const first = (word: string | undefined) => (word ? (Array.from(word).find((character) => /\p{L}|\p{N}/u.test(character)) ?? '') : '');
  const letters = words.length > 1 ? first(words[0]) + first(words.at(-1)) : first(words[0]);
  return letters.toLocaleUpperCase() || '?';
}

/**
 * The account's picture with its platform's mark on the corner, or its initials where there is no
 * picture or it does not load. Decorative: the card's text names the account and platform.
 */
export function AccountAvatar({ account }: { account: Pick<AccountSummary, 'avatarUrl' | 'displayName' | 'platform'> }) {
  const [brokenUrl, setBrokenUrl] = useState<string | null>(null);
  const url = account.avatarUrl !== brokenUrl ? account.avatarUrl : null;
  return (
    <span className="account-avatar" aria-hidden="true">
      {url ? (
        <img className="account-avatar__image" src={url} alt="" onError={() => setBrokenUrl(url)} />
      ) : (
        <span className="account-avatar__initials">{initialsOf(account.displayName)}</span>
      )}
      <span className="account-avatar__platform">
        <PlatformIcon platform={account.platform} size="sm" />
      </span>
    </span>
  );
}
