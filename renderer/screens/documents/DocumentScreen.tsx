import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, type ReactNode } from 'react';
import type { BusinessSettings } from '../../../shared/schemas/settings';
import { useSettings } from '../../app/useSettings';
import { LoadingScreen } from '../../components/LoadingScreen';
import { getDb } from '../../data/database';
import type { StoredDocument } from '../../data/db';
import { getDocument, newDraft } from '../../data/documentsRepository';
import { toSalesDocument } from '../../data/storedDocument';
import { t } from '../../i18n/t';
import { navigate } from '../../navigation/navigationStore';
import { DocumentEditor } from './DocumentEditor';
import type { EditableDraft } from './draftEditing';

export type DocumentScreenProps = {
  kind: 'invoice' | 'quote';
  /** A document id, or 'new' for a new draft. */
  id: string;
  /** The read-only view of a document that is no longer a draft. */
  renderFinal: (doc: StoredDocument, settings: BusinessSettings) => ReactNode;
};

/**
 * One invoice or quote: the editor while it is a draft, its read-only view once posted
 * (sent). The stored document is watched, so the screen turns into the view the moment
 * posting commits.
 */
export function DocumentScreen({ kind, id, renderFinal }: DocumentScreenProps) {
  const settings = useSettings();
  if (settings === undefined) return <LoadingScreen />;
  if (settings === null) return <Alert severity="info">{t('documents.setupFirst')}</Alert>;
  return id === 'new' ? (
    <NewDocument kind={kind} settings={settings} />
  ) : (
    <StoredDocumentScreen kind={kind} id={id} settings={settings} renderFinal={renderFinal} />
  );
}

function NewDocument({
  kind,
  settings,
}: {
  kind: 'invoice' | 'quote';
  settings: BusinessSettings;
}) {
  const [draft, setDraft] = useState<EditableDraft | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void newDraft(getDb(), kind).then((result) => {
      if (!current) return;
      if (result.ok) setDraft(result.value as EditableDraft);
      else setProblem(result.error.message);
    });
    return () => {
      current = false;
    };
  }, [kind]);
  if (problem !== null) return <Alert severity="error">{problem}</Alert>;
  if (draft === null) return <LoadingScreen />;
  // Its first save gives it an address of its own, which mounts the stored screen instead.
  return <DocumentEditor initial={draft} isNew settings={settings} onFinal={() => undefined} />;
}

function StoredDocumentScreen({
  kind,
  id,
  settings,
  renderFinal,
}: {
  kind: 'invoice' | 'quote';
  id: string;
  settings: BusinessSettings;
  renderFinal: DocumentScreenProps['renderFinal'];
}) {
  const stored = useLiveQuery(() => getDocument(getDb(), id), [id]);
  // Editor or view is decided when the document first loads and when this window posts it.
  // A draft posted in another window meanwhile keeps its editor here, so nothing typed is
  // lost: saving is then refused by the repository with its reason.
  const [mode, setMode] = useState<'editor' | 'view' | null>(null);
  if (stored && mode === null) setMode(stored.status === 'draft' ? 'editor' : 'view');
  if (stored === undefined) return <LoadingScreen />;
  if (stored === null || stored.kind !== kind) {
    return (
      <Alert
        severity="warning"
        action={
          <Button
            color="inherit"
            onClick={() => navigate({ screen: kind === 'invoice' ? 'invoices' : 'quotes' })}
          >
            {t(kind === 'invoice' ? 'invoices.backToList' : 'quotes.backToList')}
          </Button>
        }
      >
        {t('common.notFound')}
      </Alert>
    );
  }
  if (mode === 'view' || (mode === null && stored.status !== 'draft')) {
    return <>{renderFinal(stored, settings)}</>;
  }
  // Keyed by id: the editor reads the stored draft once and then owns what is typed.
  return (
    <DocumentEditor
      key={stored.id}
      initial={toSalesDocument(stored) as EditableDraft}
      isNew={false}
      settings={settings}
      onFinal={() => setMode('view')}
    />
  );
}
