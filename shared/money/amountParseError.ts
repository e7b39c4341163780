import type { SyntaxProblem } from './amountSyntax';
import { localeSeparators, separatorName, type LocaleSeparators } from './localeSeparators';

/** Why typed text was refused as an amount or decimal number. */
export type AmountParseErrorCode =
  | 'EMPTY'
  | 'NOT_A_NUMBER'
  | 'WRONG_SEPARATOR'
  | 'BAD_GROUPING'
  | 'TOO_MANY_DECIMALS'
  | 'NEGATIVE_NOT_ALLOWED'
  | 'TOO_LARGE'
  | 'WRONG_CURRENCY';

/** A refused amount: a code for the program, a sentence saying how to fix it for the person. */
export type AmountParseError = { code: AmountParseErrorCode; message: string };

/** What the messages about one typed value need: the text, its locale, examples in it. */
export type MessageContext = {
  input: string;
  locale: string;
  /** The separators the input was read with (those of amounts, or of plain numbers). */
  separators: LocaleSeparators;
  /** "Enter an amount" or "Enter a number". */
  emptyPrompt: string;
  /** A typical value written the locale's way ("€1,234.56"). */
  example: string;
  /** The same, negative ("-€1,234.56"). */
  negativeExample: string;
  /** A value large enough to show both separators in every locale ("1.234.567,89"). */
  separatorExample: string;
};

const CODE_OF_PROBLEM: Record<SyntaxProblem, AmountParseErrorCode> = {
  EMPTY: 'EMPTY',
  NOT_A_NUMBER: 'NOT_A_NUMBER',
  NON_LATIN_DIGITS: 'NOT_A_NUMBER',
  MISPLACED_MINUS: 'NOT_A_NUMBER',
  MISSING_DECIMALS: 'NOT_A_NUMBER',
  FOREIGN_SEPARATOR: 'WRONG_SEPARATOR',
  TWO_DECIMAL_SEPARATORS: 'WRONG_SEPARATOR',
  GROUP_IN_DECIMALS: 'WRONG_SEPARATOR',
  BAD_GROUPING: 'BAD_GROUPING',
};

const MAX_QUOTED = 40;

/** The typed text as messages quote it: trimmed, and cut short when it is long. */
export function quoted(input: string): string {
  const text = input.trim();
  return `'${text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text}'`;
}

/** "In de-DE the decimal separator is ',' and the thousands separator is '.', e.g. …" */
export function separatorHint(context: MessageContext): string {
  const { decimal, group, currency } = context.separators;
  const plain = localeSeparators(context.locale);
  // Said only where it matters: fr-CH amounts use '.' although its other numbers use ','.
  const ofWhat =
    currency && (plain.decimal !== decimal || plain.group !== group)
      ? ` of amounts in ${currency}`
      : '';
  const groupText = group === '' ? '' : ` and the thousands separator is ${separatorName(group)}`;
  const decimalText = `the decimal separator${ofWhat} is ${separatorName(decimal)}`;
  return `In ${context.locale} ${decimalText}${groupText}, e.g. ${context.separatorExample}.`;
}

function syntaxMessage(problem: SyntaxProblem, context: MessageContext): string {
  const typed = quoted(context.input);
  const eg = `e.g. ${context.example}.`;
  switch (problem) {
    case 'EMPTY':
      return `${context.emptyPrompt}, ${eg}`;
    case 'NOT_A_NUMBER':
      return `${typed} is not a number. Type digits with the separators of ${context.locale}, ${eg}`;
    case 'NON_LATIN_DIGITS':
      return `${typed} uses digits this app cannot read. Type the digits 0 to 9, ${eg}`;
    case 'MISPLACED_MINUS':
      return (
        `${typed} has the minus sign in the wrong place. ` +
        `Put one minus sign before the number, e.g. ${context.negativeExample}.`
      );
    case 'MISSING_DECIMALS':
      return `${typed} ends with the decimal separator. Add the decimals or remove it, ${eg}`;
    case 'FOREIGN_SEPARATOR':
      return `${typed} uses a separator that ${context.locale} does not. ${separatorHint(context)}`;
    case 'TWO_DECIMAL_SEPARATORS':
      return `${typed} has more than one decimal separator. ${separatorHint(context)}`;
    case 'GROUP_IN_DECIMALS':
      return `${typed} has a thousands separator among the decimals. ${separatorHint(context)}`;
    case 'BAD_GROUPING':
      return `${typed} has a thousands separator in the wrong place. ${separatorHint(context)}`;
  }
}

/** The error for a malformed number, with a message that says how to write it instead. */
export function syntaxError(problem: SyntaxProblem, context: MessageContext): AmountParseError {
  return { code: CODE_OF_PROBLEM[problem], message: syntaxMessage(problem, context) };
}
