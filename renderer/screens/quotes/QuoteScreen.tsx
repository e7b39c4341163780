import { DocumentScreen } from '../documents/DocumentScreen';
import { QuoteView } from './QuoteView';

/** One quote: the editor while it is a draft ('new' starts one), the read-only view once sent. */
export function QuoteScreen({ id }: { id: string }) {
  return <DocumentScreen kind="quote" id={id} renderFinal={(doc) => <QuoteView doc={doc} />} />;
}
