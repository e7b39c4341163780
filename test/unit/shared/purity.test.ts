import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// shared/ must run in the renderer, the main process and tests alike. Two guards prove it:
// the ESLint rule (which `npm test` runs over the tree) and an allow-list scan of the sources.

const root = join(import.meta.dirname, '..', '..', '..');
const eslint = new ESLint({ cwd: root });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return (result?.messages ?? [])
    .filter((message) => message.severity === 2)
    .map((message) => message.ruleId ?? 'fatal');
}

const forbiddenImports = [
  'react',
  'react-dom/client',
  'dexie',
  'electron',
  '@mui/material',
  '@emotion/react',
  'zustand',
  'jspdf',
  'node:fs',
  'fs',
  'fs/promises',
  'node:fs/promises',
  'path',
  'crypto',
  'node:test',
];

describe('the shared/ purity lint rule', () => {
  it.each(forbiddenImports)("refuses an import of '%s' in shared/", async (specifier) => {
    const code = `import * as mod from '${specifier}';\nexport const used = mod;\n`;
    const [result] = await eslint.lintText(code, { filePath: join(root, 'shared/example.ts') });
    const restricted = (result?.messages ?? []).filter(
      (message) => message.ruleId === 'no-restricted-imports',
    );
    expect(restricted).toHaveLength(1);
    expect(restricted[0]?.severity).toBe(2);
    expect(restricted[0]?.message).toContain('shared/ must stay pure');
  });

  it('refuses a type-only import of a UI library in shared/', async () => {
    const code = `import type { ReactNode } from 'react';\nexport type Node = ReactNode;\n`;
    expect(await ruleIds(code, 'shared/example.ts')).toContain('no-restricted-imports');
  });

  it.each(['window', 'document', 'localStorage', 'process', 'setTimeout'])(
    'refuses the global %s in shared/',
    async (name) => {
      const code = `export const used = ${name};\n`;
      expect(await ruleIds(code, 'shared/example.ts')).toEqual(['no-restricted-globals']);
    },
  );

  it.each(['react', 'dexie', '@mui/material', 'zustand'])(
    "allows an import of '%s' in renderer/",
    async (specifier) => {
      const code = `import * as mod from '${specifier}';\nexport const used = mod;\n`;
      expect(await ruleIds(code, 'renderer/example.tsx')).toEqual([]);
    },
  );

  it('allows window and document in renderer/', async () => {
    const code = 'export const title = document.title + window.location.href;\n';
    expect(await ruleIds(code, 'renderer/example.tsx')).toEqual([]);
  });

  it('allows zod, decimal.js and relative imports in shared/', async () => {
    const code = [
      "import { z } from 'zod';",
      "import DecimalJs from 'decimal.js';",
      "import { ok } from '../result';",
      'export const used = [z, DecimalJs, ok];',
      '',
    ].join('\n');
    expect(await ruleIds(code, 'shared/money/example.ts')).toEqual([]);
  });
});

const allowedPackages = new Set(['zod', 'decimal.js']);

function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return typeScriptFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('the sources of shared/', () => {
  const files = typeScriptFiles(join(root, 'shared'));

  it('exist, so the scan below checks something', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it('import only relative paths, zod and decimal.js', () => {
    const offences = files.flatMap((file) => {
      // preProcessFile also sees re-exports, dynamic import() and require() calls.
      const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
      return importedFiles
        .map(({ fileName }) => fileName)
        .filter((name) => !name.startsWith('./') && !name.startsWith('../'))
        .filter((name) => !allowedPackages.has(name))
        .map((name) => `${relative(root, file)} imports '${name}'`);
    });
    expect(offences).toEqual([]);
  });
});
