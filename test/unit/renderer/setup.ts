import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { installColorScheme } from './colorScheme';

beforeEach(() => {
  installColorScheme('light');
  window.history.replaceState(null, '', '/');
  delete document.documentElement.dataset.theme;
});

afterEach(() => {
  cleanup();
});
