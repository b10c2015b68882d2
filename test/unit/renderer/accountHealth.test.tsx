import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AccountHealth, AccountSummary } from '../../../preload/contract';
import { createFakeApi, liveAccount, liveAccounts } from './fakeApi';
import { renderSection } from './renderApp';

/** Sunday 7 December 2025, 11:00 in Paris (the fake owner's time zone). */
const NOW = new Date('2025-12-07T10:00:00.000Z');

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});

afterEach(() => {
  vi.useRealTimers();
});

function withHealth(id: string, health: Partial<AccountHealth>): AccountSummary {
  const account = liveAccount(id);
  return { ...account, health: { ...account.health, ...health } };
}

async function showAccounts(accounts: AccountSummary[], timezone = 'Europe/Paris') {
  await renderSection('accounts', 'Accounts', createFakeApi({ accounts, preferences: { timezone } }));
  return screen.findByRole('region', { name: 'Connected accounts' });
}

/** The health part of an account's card: its label and detail lines, in order. */
function healthOf(name: string): string[] {
  const card = screen.getByRole('listitem', { name });
  return [...card.querySelectorAll('.account-health p')].map((line) => line.textContent ?? '');
}

describe('Accounts: health in words', () => {
  it('says Connected, and that the sign-in renews itself where Outpost refreshes it', async () => {
    await showAccounts(liveAccounts());

    expect(healthOf('Crumb & Co Bakery')).toEqual(['Connected']);
    expect(healthOf('Crumb Market Stall')).toEqual(['Connected', 'Sign-in renews automatically']);
    expect(healthOf('Crumb & Co on TikTok')).toEqual(['Connected', 'Sign-in renews automatically']);
  });

  it('gives the expiry date and the days left when a sign-in expires within a week', async () => {
    await showAccounts([
      withHealth('acc-ig-direct', { state: 'expiring', tokenExpiresAt: '2025-12-12T09:00:00.000Z' }),
    ]);

    expect(healthOf('Crumb Market Stall')).toEqual([
      'Expiring soon',
      'Expires on 12 Dec (in 5 days)',
      'Reconnect before then to keep posting.',
    ]);
    const card = screen.getByRole('listitem', { name: 'Crumb Market Stall' });
    // Reconnecting is what the owner should do now, so it is the card's main button.
    expect(within(card).getByRole('button', { name: 'Reconnect Crumb Market Stall (Instagram)' })).toHaveClass('button--primary');
  });

  it("says when Meta's data access ends", async () => {
    await showAccounts([withHealth('acc-page', { state: 'expiring', dataAccessExpiresAt: '2025-12-09T08:00:00.000Z' })]);

    expect(healthOf('Crumb & Co Bakery')).toEqual([
      'Expiring soon',
      'Data access ends on 9 Dec (in 2 days)',
      'Reconnect before then to keep posting.',
    ]);
  });

  it("counts days in the owner's time zone", async () => {
    // 23:30 UTC on 7 December is already 8 December in Paris, but still 7 December in New York.
    const account = withHealth('acc-tiktok', { state: 'expiring', tokenExpiresAt: '2025-12-07T23:30:00.000Z' });

    await showAccounts([account], 'Europe/Paris');
    expect(healthOf('Crumb & Co on TikTok')[1]).toBe('Expires on 8 Dec (tomorrow)');
  });

  it("counts days in the owner's time zone (another zone, another day)", async () => {
    const account = withHealth('acc-tiktok', { state: 'expiring', tokenExpiresAt: '2025-12-07T23:30:00.000Z' });

    await showAccounts([account], 'America/New_York');
    expect(healthOf('Crumb & Co on TikTok')[1]).toBe('Expires on 7 Dec (today)');
  });

  it('says a reconnect is needed, and why, with Reconnect as the main button', async () => {
    await showAccounts([
      withHealth('acc-ig-page', { state: 'needs_reconnect', reason: 'Instagram says the password changed.' }),
      liveAccount('acc-page'),
    ]);

    expect(healthOf('Crumb & Co')).toEqual(['Reconnect needed', 'Instagram says the password changed.']);
    const card = screen.getByRole('listitem', { name: 'Crumb & Co' });
    expect(within(card).getByRole('button', { name: 'Reconnect Crumb & Co (Instagram)' })).toHaveClass('button--primary');
    const page = screen.getByRole('listitem', { name: 'Crumb & Co Bakery' });
    expect(within(page).getByRole('button', { name: 'Reconnect Crumb & Co Bakery (Facebook)' })).not.toHaveClass('button--primary');
  });

  it('names the features a missing permission affects, each once', async () => {
    await showAccounts([
      withHealth('acc-ig-page', {
        state: 'missing_permission',
        missingPermissions: [
          { permission: 'instagram_basic', feature: 'Publish to Instagram' },
          { permission: 'instagram_content_publish', feature: 'Publish to Instagram' },
          { permission: 'instagram_manage_insights', feature: 'Instagram insights' },
        ],
      }),
    ]);

    expect(healthOf('Crumb & Co')).toEqual([
      'Missing permission',
      'Affects: Publish to Instagram and Instagram insights.',
      'You can ask for it again in Details.',
    ]);
  });
});

describe('Accounts: who each account is', () => {
  it('shows the username, the platform, the Page an Instagram account comes through, and a Demo badge only for demo accounts', async () => {
    await showAccounts(liveAccounts());

    expect(screen.getByRole('listitem', { name: 'Crumb & Co' })).toHaveTextContent(
      'Crumb & Co@crumbandco · Instagram account via Crumb & Co Bakery',
    );
    expect(screen.getByRole('listitem', { name: 'Crumb Market Stall' })).toHaveTextContent(
      'Crumb Market Stall@crumbmarket · Instagram account',
    );
    expect(screen.getByRole('listitem', { name: 'Crumb & Co Bakery' })).toHaveTextContent('Crumb & Co BakeryFacebook Page');
    expect(screen.queryByText('Demo', { exact: true })).not.toBeInTheDocument();
  });

  it("shows the account's picture, or its initials when it has none or it does not load", async () => {
    await showAccounts(liveAccounts());

    const withPicture = screen.getByRole('listitem', { name: 'Crumb & Co' });
    const picture = withPicture.querySelector('img');
    expect(picture).toHaveAttribute('src', 'data:image/png;base64,iVBORw0KGgo=');
    expect(picture).toHaveAttribute('alt', '');
    expect(screen.getByRole('listitem', { name: 'Crumb & Co Bakery' }).querySelector('.account-avatar')).toHaveTextContent('CB');

    fireEvent.error(picture!);

    expect(withPicture.querySelector('img')).toBeNull();
    expect(withPicture.querySelector('.account-avatar')).toHaveTextContent('CC');
  });
});
