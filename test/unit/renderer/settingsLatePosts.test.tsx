import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeApi } from './fakeApi';
import { renderSection } from './renderApp';

const latePosts = () => screen.getByRole('region', { name: 'Late posts' });
const graceChoices = () => within(latePosts()).getByRole('radiogroup', { name: 'Send a late post if Outpost is back within' });

describe('Settings: late posts', () => {
  it('shows the grace window, two hours by default, and what happens to posts missed beyond it', async () => {
    await renderSection('settings', 'Settings', createFakeApi());

    await screen.findByRole('region', { name: 'Late posts' });
    expect(within(graceChoices()).getAllByRole('radio').map((radio) => radio.closest('label')?.textContent)).toEqual([
      '15 min',
      '1 hour',
      '2 hours',
      '6 hours',
      '24 hours',
      'Off',
    ]);
    expect(within(graceChoices()).getByRole('radio', { name: '2 hours' })).toBeChecked();
    expect(graceChoices()).toHaveAccessibleDescription(
      'A post that was due while Outpost was closed or this computer was asleep still goes out, marked late, if Outpost is back within 2 hours. Later than that, it is held as “missed” in the Calendar, where you can publish it now, give it a new time or skip it.',
    );
  });

  it('saves another window at once, and says what "Off" means', async () => {
    const fake = createFakeApi();
    const { user } = await renderSection('settings', 'Settings', fake);
    await screen.findByRole('region', { name: 'Late posts' });

    await user.click(within(graceChoices()).getByRole('radio', { name: '6 hours' }));
    await waitFor(() => expect(fake.preferences.catchUpGraceMinutes).toBe(360));
    expect(await within(latePosts()).findByText('Saved')).toBeInTheDocument();

    await user.click(within(graceChoices()).getByRole('radio', { name: 'Off' }));
    await waitFor(() => expect(fake.preferences.catchUpGraceMinutes).toBe(0));
    expect(fake.callsTo('settings.set')).toEqual([{ catchUpGraceMinutes: 360 }, { catchUpGraceMinutes: 0 }]);
    expect(graceChoices()).toHaveAccessibleDescription(/is never sent late: it is held as “missed” in the Calendar/);
  });
});
