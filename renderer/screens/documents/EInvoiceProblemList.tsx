import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Link from '@mui/material/Link';
import type { EInvoiceProblem } from '../../../shared/einvoice/eInvoiceProblems';
import { navigate } from '../../navigation/navigationStore';
import { eInvoiceFieldLink, focusWhenShown } from './eInvoiceFieldLinks';

export type EInvoiceProblemListProps = {
  problems: readonly EInvoiceProblem[];
  /** The document's customer: 'customer.*' problems open its form. */
  customerId: string;
  title: string;
  /** A sentence under the list: what happens until they are fixed. */
  help?: string | undefined;
  /** 'status' where the list shows while looking, 'alert' where it answers an action. */
  role?: 'status' | 'alert';
  testId: string;
  /** The accessible name of the list, where a screen wants one to point at. */
  listLabel?: string | undefined;
};

function openField(problem: EInvoiceProblem, customerId: string): void {
  const link = eInvoiceFieldLink(problem, customerId);
  if (!link) return;
  navigate(link.route);
  focusWhenShown(link.elementId);
}

/**
 * What the e-invoice checks found, each problem a link that opens the screen with the
 * field that fixes it focused (company settings or the document's customer); a problem
 * only a new document can fix is plain text. Used wherever an e-invoice is made: the
 * export and the e-mail that attaches it.
 */
export function EInvoiceProblemList({
  problems,
  customerId,
  title,
  help,
  role = 'status',
  testId,
  listLabel,
}: EInvoiceProblemListProps) {
  return (
    <Alert severity="warning" role={role} data-testid={testId}>
      <AlertTitle>{title}</AlertTitle>
      <ul aria-label={listLabel} style={{ margin: 0, paddingLeft: 20 }}>
        {problems.map((problem) => (
          <li key={`${problem.field}|${problem.message}`}>
            {eInvoiceFieldLink(problem, customerId) ? (
              <Link
                component="button"
                type="button"
                color="inherit"
                onClick={() => openField(problem, customerId)}
                sx={{ textAlign: 'left', verticalAlign: 'baseline', font: 'inherit' }}
              >
                {problem.message}
              </Link>
            ) : (
              problem.message
            )}
          </li>
        ))}
      </ul>
      {help}
    </Alert>
  );
}
