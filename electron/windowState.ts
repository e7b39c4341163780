// The main window opens where it was closed, at the size it had, unless that place is no
// longer on any screen (a monitor was unplugged, the resolution changed): then it opens
// centred on the primary screen. Pure, so the arithmetic is tested without Electron.

export type Bounds = { x: number; y: number; width: number; height: number };
export type WindowState = { bounds: Bounds; maximized: boolean };

/** The settings key of the main window's state. */
export type WindowSettings = { 'window.state': WindowState };

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 800 };
export const MIN_WINDOW_SIZE = { width: 800, height: 560 };

/** How much of a window must be on a screen to count as visible: enough to grab its title. */
const MIN_VISIBLE = { width: 160, height: 60 };

function isFiniteInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) < 1_000_000;
}

/** The saved state read back from the settings file, or null when it is missing or damaged. */
export function parseWindowState(raw: unknown): WindowState | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { bounds, maximized } = raw as { bounds?: unknown; maximized?: unknown };
  if (typeof bounds !== 'object' || bounds === null) return null;
  const { x, y, width, height } = bounds as Record<string, unknown>;
  if (![x, y, width, height].every(isFiniteInt)) return null;
  if ((width as number) <= 0 || (height as number) <= 0) return null;
  return {
    bounds: { x: x as number, y: y as number, width: width as number, height: height as number },
    maximized: maximized === true,
  };
}

function overlap(a: Bounds, b: Bounds): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

function centred(size: { width: number; height: number }, area: Bounds): Bounds {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return {
    x: area.x + Math.floor((area.width - width) / 2),
    y: area.y + Math.floor((area.height - height) / 2),
    width,
    height,
  };
}

/**
 * Where to open the window: the saved bounds moved and shrunk as little as needed to lie
 * on the screen they mostly overlap; or, when no screen shows enough of them (or nothing
 * was saved), the saved or default size centred on the primary screen. `workAreas` are the
 * screens' work areas (without task bars), the primary first.
 */
export function restoreWindowState(
  saved: WindowState | null,
  workAreas: readonly Bounds[],
): WindowState {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_WINDOW_SIZE };
  if (saved === null) return { bounds: centred(DEFAULT_WINDOW_SIZE, primary), maximized: false };

  let best: { area: Bounds; visible: number } | null = null;
  for (const area of workAreas) {
    const shared = overlap(saved.bounds, area);
    if (shared.width < MIN_VISIBLE.width || shared.height < MIN_VISIBLE.height) continue;
    const visible = shared.width * shared.height;
    if (best === null || visible > best.visible) best = { area, visible };
  }
  const size = {
    width: Math.max(saved.bounds.width, MIN_WINDOW_SIZE.width),
    height: Math.max(saved.bounds.height, MIN_WINDOW_SIZE.height),
  };
  if (best === null) return { bounds: centred(size, primary), maximized: saved.maximized };

  const { area } = best;
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return {
    bounds: {
      x: clamp(saved.bounds.x, area.x, area.x + area.width - width),
      y: clamp(saved.bounds.y, area.y, area.y + area.height - height),
      width,
      height,
    },
    maximized: saved.maximized,
  };
}
