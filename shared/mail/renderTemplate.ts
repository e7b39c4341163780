import { err, ok, type Result } from '../result';
import {
  PLACEHOLDERS,
  resolvePlaceholder,
  type MailDocumentKind,
  type Placeholder,
  type TemplateValues,
} from './templatePlaceholders';

/** Why a template cannot be used: a placeholder the app does not know, or a value it lacks. */
export type TemplateError =
  | { code: 'UNKNOWN_PLACEHOLDER'; message: string; placeholders: string[] }
  | { code: 'MISSING_VALUE'; message: string; placeholders: Placeholder[] };

// {{ and }} are literal braces; {name} is a placeholder. A brace without its partner (or
// braces around a line break) is plain text, so "{" alone in a body is harmless.
const TOKEN = /\{\{|\}\}|\{([^{}\r\n]{1,100})\}/g;

const KIND_NOUNS: Record<MailDocumentKind, string> = {
  invoice: 'invoice',
  quote: 'quote',
  creditNote: 'credit note',
};

function list(names: readonly string[]): string {
  const braced = names.map((name) => `{${name}}`);
  if (braced.length <= 1) return braced.join('');
  return `${braced.slice(0, -1).join(', ')} and ${braced[braced.length - 1]}`;
}

const KNOWN = PLACEHOLDERS.map((name) => `{${name}}`).join(', ');

function unknownError(names: string[]): TemplateError {
  const what = names.length === 1 ? 'placeholder' : 'placeholders';
  return {
    code: 'UNKNOWN_PLACEHOLDER',
    message: `Unknown ${what} ${list(names)}. Use ${KNOWN}; write {{ and }} for a brace.`,
    placeholders: names,
  };
}

/** The placeholders a template uses, known and unknown, each once in order of appearance. */
export function findPlaceholders(
  template: string,
  kind?: MailDocumentKind,
): { known: Placeholder[]; unknown: string[] } {
  const known = new Set<Placeholder>();
  const unknown = new Set<string>();
  for (const match of template.matchAll(TOKEN)) {
    const name = match[1];
    if (name === undefined) continue;
    const placeholder = resolvePlaceholder(name, kind);
    if (placeholder === null) unknown.add(name.trim());
    else known.add(placeholder);
  }
  return { known: [...known], unknown: [...unknown] };
}

/** Checks that a template uses only placeholders the app fills in; returns those it uses. */
export function validateTemplate(
  template: string,
  kind?: MailDocumentKind,
): Result<Placeholder[], TemplateError> {
  const { known, unknown } = findPlaceholders(template, kind);
  return unknown.length > 0 ? err(unknownError(unknown)) : ok(known);
}

/**
 * Fills in a template. Values are inserted as they are (a brace in a customer's name is not
 * read as a placeholder). Refuses unknown placeholders, and placeholders whose value the
 * document does not have, naming them.
 */
export function renderTemplate(
  template: string,
  values: TemplateValues,
  kind?: MailDocumentKind,
): Result<string, TemplateError> {
  const checked = validateTemplate(template, kind);
  if (!checked.ok) return checked;
  const missing = checked.value.filter((name) => values[name] === null);
  if (missing.length > 0) {
    const noun = kind === undefined ? 'document' : KIND_NOUNS[kind];
    return err({
      code: 'MISSING_VALUE',
      message: `The message uses ${list(missing)}, which this ${noun} does not have. Remove it from the template.`,
      placeholders: missing,
    });
  }
  const text = template.replace(TOKEN, (token: string, name: string | undefined) => {
    if (name === undefined) return token.charAt(0);
    const placeholder = resolvePlaceholder(name, kind);
    // validateTemplate has seen every token; an unknown one here is a programming error.
    if (placeholder === null) throw new Error(`unvalidated placeholder {${name}}`);
    return values[placeholder] ?? '';
  });
  return ok(text);
}
