import { englishCatalogue, type Catalogue, type MessageKey } from './catalogue';

let active: Catalogue = englishCatalogue;

/** Switches the catalogue the UI reads its strings from. */
export function setCatalogue(catalogue: Catalogue): void {
  active = catalogue;
}

/**
 * The text of a message in the active catalogue, with `{name}` placeholders filled from
 * `values`. A missing value leaves its placeholder visible, so a gap shows in tests.
 */
export function t(key: MessageKey, values: Record<string, string | number> = {}): string {
  return active[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
