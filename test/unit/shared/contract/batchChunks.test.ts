import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkBatch } from '../../../../shared/contract/batchChunks';
import { PROPERTY_RUNS } from '../../propertyRuns';

describe('chunkBatch', () => {
  it('splits by count and by bytes, keeping the order', () => {
    const files = [5, 5, 5, 9, 1, 1].map((byteLength, id) => ({ id, byteLength }));
    const chunks = chunkBatch(files, { maxFiles: 2, maxBytes: 10 });
    expect(chunks.map((chunk) => chunk.map((file) => file.id))).toEqual([[0, 1], [2], [3, 4], [5]]);
  });

  it('gives a file larger than the byte limit a chunk of its own', () => {
    const chunks = chunkBatch([{ byteLength: 50 }, { byteLength: 1 }], {
      maxFiles: 9,
      maxBytes: 10,
    });
    expect(chunks).toHaveLength(2);
  });

  it('returns no chunk for no files', () => {
    expect(chunkBatch([])).toEqual([]);
  });

  it('loses no file and keeps every chunk within the limits', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 30 }), { maxLength: 60 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 40 }),
        (sizes, maxFiles, maxBytes) => {
          const files = sizes.map((byteLength, id) => ({ id, byteLength }));
          const chunks = chunkBatch(files, { maxFiles, maxBytes });
          expect(chunks.flat()).toEqual(files);
          for (const chunk of chunks) {
            expect(chunk.length).toBeGreaterThan(0);
            expect(chunk.length).toBeLessThanOrEqual(maxFiles);
            const bytes = chunk.reduce((sum, file) => sum + file.byteLength, 0);
            if (chunk.length > 1) expect(bytes).toBeLessThanOrEqual(maxBytes);
          }
        },
      ),
      { numRuns: PROPERTY_RUNS },
    );
  });
});
