import type { EInvoiceProblem } from '../../../shared/einvoice/eInvoiceProblems';
import { fieldId } from '../../components/forms/formIssues';
import type { Route } from '../../navigation/routes';

/** Where a problem is fixed: the screen and the id of the input to focus there. */
export type FieldLink = { route: Route; elementId: string };

// Problem fields that name a group rather than one input: the input that starts it.
const FIRST_INPUT: Readonly<Record<string, string>> = {
  'customer.directDebit': 'customer.directDebit.mandateId',
};

/**
 * The field a problem of the e-invoice checks links to: 'company.*' in the settings form,
 * 'customer.*' in the document's customer's form; null for 'document' (nothing to edit).
 */
export function eInvoiceFieldLink(problem: EInvoiceProblem, customerId: string): FieldLink | null {
  const field = FIRST_INPUT[problem.field] ?? problem.field;
  if (field.startsWith('company.')) {
    return { route: { screen: 'settings' }, elementId: fieldId('settings', field) };
  }
  if (field.startsWith('customer.')) {
    const path = field.slice('customer.'.length);
    return { route: { screen: 'customer', id: customerId }, elementId: fieldId('customer', path) };
  }
  return null;
}

const WAIT_MS = 5000;
const STEP_MS = 100;

/**
 * Focuses an input once its screen has rendered it (screens load their data first), and
 * scrolls it into view; gives up quietly after a few seconds.
 */
export function focusWhenShown(elementId: string): void {
  const started = Date.now();
  const attempt = () => {
    const element = document.getElementById(elementId);
    if (element) {
      element.scrollIntoView({ block: 'center' });
      element.focus();
      return;
    }
    if (Date.now() - started < WAIT_MS) setTimeout(attempt, STEP_MS);
  };
  attempt();
}
