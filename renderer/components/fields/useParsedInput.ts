import { useEffect, useState } from 'react';
import type { Result } from '../../../shared/result';

type ParsedInputOptions<T> = {
  /** The value the form holds. */
  value: T;
  /** The value as the field shows it ('' for an empty value). */
  format: (value: T) => string;
  /** Reads typed text; '' must parse to the empty value. */
  parse: (text: string) => Result<T, { message: string }>;
  onChange: (value: T) => void;
  /** Told when typed text cannot be read (its message) and when it can again (null). */
  onParseError?: ((message: string | null) => void) | undefined;
};

/**
 * Free typing in a field whose value is not text (an amount, a number). What the user types
 * stays as typed until they leave the field or press Enter; then it is parsed: valid text
 * becomes the value and is shown formatted, invalid text stays in the field with the
 * parser's message, and the form's value is left as it was (the form learns of the problem
 * through onParseError, so it can refuse to save).
 */
export function useParsedInput<T>({
  value,
  format,
  parse,
  onChange,
  onParseError,
}: ParsedInputOptions<T>) {
  const formatted = format(value);
  const [text, setText] = useState(formatted);
  // The formatted value the text was last set from: when the form's value (or the locale)
  // changes from outside, the field shows the new value instead of the old text.
  const [shownFor, setShownFor] = useState(formatted);
  const [parseError, setParseError] = useState<string | null>(null);
  if (formatted !== shownFor) {
    setShownFor(formatted);
    setText(formatted);
    setParseError(null);
  }

  useEffect(() => {
    onParseError?.(parseError);
    return () => onParseError?.(null);
  }, [parseError, onParseError]);

  const commit = () => {
    const parsed = parse(text);
    // Reported here as well as from the effect: a submit right after (Enter, or the click
    // that caused this blur) must know before React has rendered.
    if (!parsed.ok) {
      setParseError(parsed.error.message);
      onParseError?.(parsed.error.message);
      return;
    }
    setParseError(null);
    onParseError?.(null);
    const shown = format(parsed.value);
    setText(shown);
    setShownFor(shown);
    if (shown !== formatted) onChange(parsed.value);
  };

  return {
    text,
    parseError,
    inputProps: {
      value: text,
      onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
        setText(event.target.value),
      onBlur: commit,
      onKeyDown: (event: React.KeyboardEvent) => {
        // Enter commits before a form's implicit submit reads the value.
        if (event.key === 'Enter') commit();
      },
    },
  };
}
