import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { matchesGlob, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

// js-yaml comes with electron-builder (it is how electron-builder reads this file); it has no
// bundled types, hence the narrow signature.
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
// electron-builder's own schema check (what `electron-builder` runs first). Internal module path of
// app-builder-lib: if an upgrade moves it, update the path rather than dropping the check.
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(config: unknown, debugLogger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

const repositoryRoot = resolve(import.meta.dirname, '../../../..');
/** The parts of the configuration these tests read. */
interface BuilderConfig {
  directories: { output: string; buildResources: string };
  files: string[];
  extraMetadata: { main: string };
  electronFuses: Record<string, boolean>;
  linux: { target: string[]; category: string; maintainer: string };
  mac: { target: string[]; hardenedRuntime: boolean };
  win: { target: string[] };
  asarUnpack: string[];
  [key: string]: unknown;
}
const config = yaml.load(readFileSync(resolve(repositoryRoot, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

describe('electron-builder.yml', () => {
  it("passes electron-builder's schema validation", async () => {
    await expect(validateConfiguration(structuredClone(config), new DebugLogger(false))).resolves.toBeUndefined();
    // ...and the check is real: an unknown fuse is rejected.
    const broken = structuredClone(config);
    broken.electronFuses.runAsNodeButMisspelt = false;
    await expect(validateConfiguration(broken, new DebugLogger(false))).rejects.toThrow(/Invalid configuration object/);
  });

  it('names the app and where things go', () => {
    expect(config).toMatchObject({
      appId: 'app.outpost.desktop',
      productName: 'Outpost',
      directories: { output: 'release', buildResources: 'build' },
      asar: true,
      extraMetadata: { main: 'out/main/index.js' },
    });
  });

  it('ships only the bundles and package.json, without source maps', () => {
    expect(config.files).toEqual(['out/**', 'package.json', '!**/*.map']);
  });

  it('unpacks the native media code from app.asar: sharp and libvips, ffmpeg and ffprobe', () => {
    // The files the OS must load or run, as installed here; each must match an asarUnpack pattern.
    const ffmpeg = (require('@ffmpeg-installer/ffmpeg') as { path: string }).path;
    const ffprobe = (require('@ffprobe-installer/ffprobe') as { path: string }).path;
    const sharpAddon = readdirSync(resolve(repositoryRoot, `node_modules/@img/sharp-${process.platform}-${process.arch}/lib`))
      .filter((name) => name.endsWith('.node'))
      .map((name) => resolve(repositoryRoot, `node_modules/@img/sharp-${process.platform}-${process.arch}/lib`, name));
    expect(sharpAddon).toHaveLength(1);
    for (const file of [ffmpeg, ffprobe, ...sharpAddon, require.resolve('sharp')]) {
      const inApp = relative(repositoryRoot, file).split(sep).join('/');
      expect(config.asarUnpack.some((pattern) => matchesGlob(inApp, pattern)), inApp).toBe(true);
    }
  });

  it('points extraMetadata.main at the main bundle package.json also names', () => {
    const pkg = JSON.parse(readFileSync(resolve(repositoryRoot, 'package.json'), 'utf8')) as { main: string };
    expect(config.extraMetadata.main).toBe(pkg.main);
  });

  it('sets every fuse of the security baseline', () => {
    expect(config.electronFuses).toStrictEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds AppImage and deb on Linux, dmg on macOS and nsis on Windows', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Office');
    expect(config.linux.maintainer).toMatch(/^.+ <[^@\s]+@[^@\s]+>$/);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.mac.hardenedRuntime).toBe(true);
    expect(config.win.target).toEqual(['nsis']);
  });

  it('has an app icon large enough for every target (512x512 PNG)', () => {
    const icon = readFileSync(resolve(repositoryRoot, config.directories.buildResources, 'icon.png'));
    expect(icon.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(icon.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
    expect(icon.readUInt32BE(20)).toBeGreaterThanOrEqual(512);
  });
});
