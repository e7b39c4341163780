import { useLiveQuery } from 'dexie-react-hooks';
import { useSettings } from '../../app/useSettings';
import { LoadingScreen } from '../../components/LoadingScreen';
import { getDb } from '../../data/database';
import { getDocument } from '../../data/documentsRepository';
import { DocumentScreen } from '../documents/DocumentScreen';
import { CreditNoteScreen } from './CreditNoteScreen';
import { InvoiceView } from './InvoiceView';

/**
 * One invoice: the editor while it is a draft ('new' starts one), the read-only view once
 * posted. A credit note opens on the same route (its id), with a screen of its own.
 */
export function InvoiceScreen({ id }: { id: string }) {
  const settings = useSettings();
  const stored = useLiveQuery(
    () => (id === 'new' ? Promise.resolve(null) : getDocument(getDb(), id)),
    [id],
  );
  if (stored === undefined) return <LoadingScreen />;
  if (stored?.kind === 'creditNote' && settings) {
    return <CreditNoteScreen doc={stored} settings={settings} />;
  }
  return <DocumentScreen kind="invoice" id={id} renderFinal={(doc) => <InvoiceView doc={doc} />} />;
}
