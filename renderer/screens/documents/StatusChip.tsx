import Chip from '@mui/material/Chip';
import type { QuoteStatus } from '../../../shared/documents/quoteStates';
import type { InvoiceListStatus } from '../../data/documentQueryPlan';
import { invoiceStatusName, quoteStatusName, statusColor } from './documentStatus';

/** The status of an invoice or quote as a small coloured label. */
export function StatusChip(
  props: { kind: 'invoice'; status: InvoiceListStatus } | { kind: 'quote'; status: QuoteStatus },
) {
  const label =
    props.kind === 'invoice' ? invoiceStatusName(props.status) : quoteStatusName(props.status);
  return (
    <Chip
      size="small"
      label={label}
      color={statusColor(props.status)}
      variant={props.status === 'draft' ? 'outlined' : 'filled'}
      data-status={props.status}
    />
  );
}
