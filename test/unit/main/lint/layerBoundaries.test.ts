import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * Runs the project's real ESLint configuration on source text placed at chosen paths, so this is
 * exactly what `npm run lint` reports for such a file.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'outpost/layer-boundaries').map((m) => m.message);
}

describe('layer boundaries lint rule', () => {
  const refused: [string, string][] = [
    ['main/store/leak.ts', "import { app } from 'electron';\nexport const x = app;"],
    ['main/core.ts', "import { safeStorage } from 'electron';\nexport const x = safeStorage;"],
    ['main/ipc/leak.ts', "const electron = require('electron');\nexport default electron;"],
    ['main/store/lazy.ts', "export const load = () => import('electron');"],
    ['preload/api.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;"],
    ['renderer/src/leak.ts', "import { app } from 'electron';\nexport const x = app;"],
    ['renderer/src/reach.ts', "import { createOutpostCore } from '../../main/core';\nexport const x = createOutpostCore;"],
    ['renderer/src/features/deep.ts', "export * from '../../../main/store/preferences';"],
    ['renderer/src/preloadReach.ts', "import '../../preload/index';"],
    ['renderer/src/node.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;"],
    ['renderer/src/node2.ts', "import path from 'path';\nexport const x = path;"],
    ['preload/contract.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;"],
    ['preload/contract.ts', "import { z } from 'zod';\nimport { x } from '../main/core';\nexport const y = [z, x];"],
  ];
  it.each(refused)('refuses %s: %s', async (filePath, code) => {
    expect(await boundaryErrors(filePath, code)).not.toEqual([]);
  });

  const allowed: [string, string][] = [
    ['main/electron/window.ts', "import { BrowserWindow } from 'electron';\nexport const x = BrowserWindow;"],
    ['preload/index.ts', "import { contextBridge } from 'electron';\nexport const x = contextBridge;"],
    ['main/store/fine.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;"],
    ['renderer/src/ok.ts', "import type { Preferences } from '../../preload/contract';\nexport type X = Preferences;"],
    ['renderer/src/ok2.ts', "import { createOutpostApi } from '../../preload/api';\nexport const x = createOutpostApi;"],
    ['preload/contract.ts', "import { z } from 'zod';\nexport const x = z;"],
    ['preload/api.ts', "import { channelNames } from './contract';\nexport const x = channelNames;"],
  ];
  it.each(allowed)('allows %s: %s', async (filePath, code) => {
    expect(await boundaryErrors(filePath, code)).toEqual([]);
  });
});
