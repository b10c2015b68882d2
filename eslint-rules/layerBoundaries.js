/**
 * Keeps the process boundaries of DESIGN.md in the code, in the spirit of VS Code's
 * `code-layering` and Signal's `file-suffix` rules:
 *  - only main/electron/ and preload/index.ts import 'electron' (everything else gets what it
 *    needs passed in, so it runs and is tested under plain Node);
 *  - the renderer never imports main/, nor any preload file but the contract and the api
 *    builder, nor Node built-ins;
 *  - preload/contract.ts imports nothing but zod, because all three sides compile it;
 *  - preload/api.ts imports nothing but the contract.
 */
import { builtinModules } from 'node:module';
import path from 'node:path';

const repositoryRoot = path.resolve(import.meta.dirname, '..');
const builtins = new Set(builtinModules);

const toPosix = (p) => p.split(path.sep).join('/');
const isElectron = (source) => source === 'electron' || source.startsWith('electron/');
const isNodeBuiltin = (source) => source.startsWith('node:') || builtins.has(source.split('/')[0]);

/** The repository-relative path an import points at, or null for a package import. */
function resolveInRepository(fromFile, source) {
  if (!source.startsWith('.')) return null;
  return toPosix(path.relative(repositoryRoot, path.resolve(path.dirname(fromFile), source)));
}

function violation(file, source) {
  const target = resolveInRepository(path.join(repositoryRoot, file), source);
  const mayImportElectron =
    file.startsWith('main/electron/') || file === 'preload/index.ts' || file.startsWith('test/unit/main/electron/');

  if (isElectron(source) && !mayImportElectron) {
    return "Only main/electron/ and preload/index.ts may import 'electron'; pass what you need in as an argument.";
  }
  if (file === 'preload/contract.ts' && source !== 'zod') {
    return 'preload/contract.ts is compiled by main, preload and renderer: it may import only zod.';
  }
  if (file === 'preload/api.ts' && target !== 'preload/contract') {
    return 'preload/api.ts may import only the contract.';
  }
  if (file.startsWith('renderer/')) {
    if (isNodeBuiltin(source)) return 'The renderer runs in a sandbox without Node: no Node built-ins.';
    if (target?.startsWith('main/') || target === 'main') {
      return 'The renderer never imports main/; go through window.api and preload/contract.ts.';
    }
    if (target?.startsWith('preload/') && target !== 'preload/contract' && target !== 'preload/api') {
      return 'The renderer may import only preload/contract.ts and preload/api.ts from preload/.';
    }
  }
  return null;
}

export const layerBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the main / preload / renderer boundaries' },
    schema: [],
  },
  create(context) {
    const file = toPosix(path.relative(repositoryRoot, context.filename));
    const check = (node, source) => {
      if (typeof source !== 'string') return;
      const message = violation(file, source);
      if (message) context.report({ node, message: `${message} (import of '${source}')` });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments[0]?.type === 'Literal') {
          check(node, node.arguments[0].value);
        }
      },
    };
  },
};
