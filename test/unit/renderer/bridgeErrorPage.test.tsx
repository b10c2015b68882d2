import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BridgeErrorPage } from '../../../renderer/src/app/BridgeErrorPage';
import { BridgeUnavailableError } from '../../../renderer/src/bridge/getApi';

describe('bridge error page', () => {
  it('explains in a full page why the app cannot start and how to open it properly', () => {
    render(<BridgeErrorPage detail={new BridgeUnavailableError().message} />);

    expect(screen.getByRole('heading', { level: 1, name: "Outpost can't start here" })).toBeInTheDocument();
    expect(screen.getByText(/could not reach its background service/)).toBeInTheDocument();
    expect(screen.getByText('npm run dev:browser')).toBeInTheDocument();
  });
});
