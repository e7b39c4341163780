import { DocumentScreen } from '../documents/DocumentScreen';
import { InvoiceView } from './InvoiceView';

/** One invoice: the editor while it is a draft ('new' starts one), the read-only view once posted. */
export function InvoiceScreen({ id }: { id: string }) {
  return <DocumentScreen kind="invoice" id={id} renderFinal={(doc) => <InvoiceView doc={doc} />} />;
}
