/**
 * One Vite config for the three bundles, chosen by `--mode`:
 *   renderer (default)  renderer/index.html            -> out/renderer/
 *   preload             preload/index.ts (one CJS file) -> out/preload/index.cjs
 *   main                main/index.ts (ESM)            -> out/main/index.js
 * `npm run build` runs all three. The preload is a single CommonJS file with its dependencies
 * inlined because a sandboxed preload can only `require` Electron's own modules.
 */
import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';

const root = import.meta.dirname;
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
};

/** Node built-ins, Electron and runtime dependencies stay external in main; electron-builder ships them. */
const mainExternals = [
  'electron',
  ...builtinModules,
  ...builtinModules.map((name) => `node:${name}`),
  /^node:/,
  ...Object.keys(pkg.dependencies ?? {}).map((name) => new RegExp(`^${name}(/.*)?$`)),
];

function rendererConfig(): UserConfig {
  return {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: [react()],
    build: { outDir: resolve(root, 'out/renderer'), emptyOutDir: true, sourcemap: true },
  };
}

function preloadConfig(): UserConfig {
  return {
    build: {
      outDir: resolve(root, 'out/preload'),
      emptyOutDir: true,
      minify: false,
      lib: { entry: resolve(root, 'preload/index.ts'), formats: ['cjs'], fileName: () => 'index.cjs' },
      rollupOptions: { external: ['electron'] },
    },
  };
}

function mainConfig(): UserConfig {
  return {
    build: {
      outDir: resolve(root, 'out/main'),
      emptyOutDir: true,
      minify: false,
      sourcemap: true,
      target: 'node24',
      ssr: resolve(root, 'main/index.ts'),
      rollupOptions: { external: mainExternals, output: { format: 'es', entryFileNames: 'index.js' } },
    },
    ssr: { noExternal: true, external: ['electron'] },
  };
}

export default defineConfig(({ mode }) => {
  if (mode === 'preload') return preloadConfig();
  if (mode === 'main') return mainConfig();
  return rendererConfig();
});
