import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pathInside } from '../../../../../electron/services/files/atomicWrite';
import { PROPERTY_RUNS } from '../../../propertyRuns';

const folder = path.resolve('/srv/exports');

describe('pathInside', () => {
  it('joins a plain name to the folder', () => {
    expect(pathInside(folder, 'INV-2026-0007 Acme Ltd.pdf')).toBe(
      path.join(folder, 'INV-2026-0007 Acme Ltd.pdf'),
    );
  });

  it.each([
    '..',
    '.',
    '../x.pdf',
    '..\\x.pdf',
    'a/b.pdf',
    '/etc/passwd',
    'C:\\x.pdf',
    'x\u0000.pdf',
    'x\n.pdf',
    '.hidden.pdf',
    'x.pdf.',
    '',
    'CON',
  ])('refuses %j', (name) => {
    expect(pathInside(folder, name)).toBeNull();
  });

  it('refuses a relative folder', () => {
    expect(pathInside('exports', 'a.pdf')).toBeNull();
  });

  it('never gives a path outside the folder, whatever the name', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (name) => {
        const target = pathInside(folder, name);
        if (target !== null) expect(path.dirname(target)).toBe(folder);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});
