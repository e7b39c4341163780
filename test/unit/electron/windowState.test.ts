import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_SIZE,
  MIN_WINDOW_SIZE,
  parseWindowState,
  restoreWindowState,
  type Bounds,
} from '../../../electron/windowState';
import { PROPERTY_RUNS } from '../propertyRuns';

const laptop: Bounds = { x: 0, y: 0, width: 1920, height: 1050 };
const rightMonitor: Bounds = { x: 1920, y: -200, width: 2560, height: 1400 };

describe('parseWindowState', () => {
  it('reads a saved state', () => {
    const state = { bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: true };
    expect(parseWindowState(state)).toEqual(state);
  });

  it.each([
    ['nothing', undefined],
    ['text', 'big'],
    ['no bounds', { maximized: true }],
    ['a missing coordinate', { bounds: { x: 1, width: 10, height: 10 } }],
    ['fractions', { bounds: { x: 1.5, y: 0, width: 10, height: 10 } }],
    ['a zero width', { bounds: { x: 0, y: 0, width: 0, height: 10 } }],
    ['absurd numbers', { bounds: { x: 1e12, y: 0, width: 10, height: 10 } }],
    ['text numbers', { bounds: { x: '1', y: 0, width: 10, height: 10 } }],
  ])('gives null for %s', (_case, raw) => {
    expect(parseWindowState(raw)).toBeNull();
  });
});

describe('restoreWindowState', () => {
  it('centres the default size on the primary screen the first time', () => {
    expect(restoreWindowState(null, [laptop, rightMonitor])).toEqual({
      bounds: { x: 320, y: 125, ...DEFAULT_WINDOW_SIZE },
      maximized: false,
    });
  });

  it('reopens where the window was on a second screen, maximised if it was', () => {
    const saved = { bounds: { x: 2000, y: -100, width: 1400, height: 900 }, maximized: true };
    expect(restoreWindowState(saved, [laptop, rightMonitor])).toEqual(saved);
  });

  it('moves a window that hangs over the edge back onto its screen', () => {
    const saved = { bounds: { x: 1500, y: 900, width: 1000, height: 700 }, maximized: false };
    expect(restoreWindowState(saved, [laptop]).bounds).toEqual({
      x: 920,
      y: 350,
      width: 1000,
      height: 700,
    });
  });

  it('centres a window whose screen was unplugged on the primary screen', () => {
    const saved = { bounds: { x: 2500, y: 100, width: 1400, height: 900 }, maximized: false };
    expect(restoreWindowState(saved, [laptop]).bounds).toEqual({
      x: 260,
      y: 75,
      width: 1400,
      height: 900,
    });
  });

  it('shrinks a window larger than the screen, and grows one below the minimum', () => {
    const huge = { bounds: { x: 0, y: 0, width: 5000, height: 3000 }, maximized: false };
    expect(restoreWindowState(huge, [laptop]).bounds).toEqual(laptop);
    const tiny = { bounds: { x: 10, y: 10, width: 200, height: 100 }, maximized: false };
    expect(restoreWindowState(tiny, [laptop]).bounds).toMatchObject(MIN_WINDOW_SIZE);
  });

  it('always opens a window that lies wholly on one screen', () => {
    const area = fc.record({
      x: fc.integer({ min: -5000, max: 5000 }),
      y: fc.integer({ min: -5000, max: 5000 }),
      width: fc.integer({ min: 1024, max: 4000 }),
      height: fc.integer({ min: 700, max: 3000 }),
    });
    const saved = fc.record({
      bounds: fc.record({
        x: fc.integer({ min: -20000, max: 20000 }),
        y: fc.integer({ min: -20000, max: 20000 }),
        width: fc.integer({ min: 1, max: 10000 }),
        height: fc.integer({ min: 1, max: 10000 }),
      }),
      maximized: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.option(saved, { nil: null }),
        fc.array(area, { minLength: 1, maxLength: 4 }),
        (state, areas) => {
          const { bounds } = restoreWindowState(state, areas);
          const onOne = areas.some(
            (screen) =>
              bounds.x >= screen.x &&
              bounds.y >= screen.y &&
              bounds.x + bounds.width <= screen.x + screen.width &&
              bounds.y + bounds.height <= screen.y + screen.height,
          );
          expect(onOne).toBe(true);
        },
      ),
      { numRuns: PROPERTY_RUNS },
    );
  });
});
