import { useMemo, useState } from 'react';
import type { FieldIssue } from '../../../shared/schemas/validationIssues';
import type { BusinessSettings } from '../../../shared/schemas/settings';
import { notify } from '../../app/notifications';
import { summaryErrors } from '../../components/forms/formIssues';
import { useParseErrors } from '../../components/forms/useParseErrors';
import { customerDefaultsFor } from '../../data/customerClassesRepository';
import { getDb } from '../../data/database';
import type { DataError } from '../../data/dataError';
import type { StoredCustomer, StoredDocument } from '../../data/db';
import { refreshDraftPrices, saveDraft } from '../../data/documentsRepository';
import { getProducts } from '../../data/productsRepository';
import { toSalesDocument } from '../../data/storedDocument';
import { t } from '../../i18n/t';
import {
  creditDraftIssues,
  previewCredit,
  withDerivedCredit,
  type CreditContext,
} from './creditDraft';
import { withCustomer, type EditableDraft } from './draftEditing';
import { draftTotals, issuesByLineId, withoutIssuesAt } from './draftIssues';
import { replaceRoute } from './replaceRoute';
import { useCustomerVat } from './useCustomerVat';
import { lineTreatmentFor, withVatTreatmentSwitched } from './vatTreatmentSwitch';

/** The editor's paths of a repository refusal, or one message for the whole document. */
export function refusalIssues(error: DataError, draft: EditableDraft): FieldIssue[] {
  const issues =
    error.issues && error.issues.length > 0 ? error.issues : [{ path: '', message: error.message }];
  return issuesByLineId(issues, draft);
}

/**
 * A message as the summary lists it: which line or discount it is about ("Line 2: Enter a
 * description…"), unless the message says so itself, as posting messages do.
 */
function withPlace(path: string, message: string, draft: EditableDraft): string {
  const lineId = /^lines\.([^.]+)/.exec(path)?.[1];
  const index = lineId === undefined ? -1 : draft.lines.findIndex((line) => line.id === lineId);
  if (index >= 0 && !message.startsWith('Line ')) {
    return t('documents.summary.line', { number: index + 1, message });
  }
  const adjustment = /^adjustments\.(\d+)/.exec(path)?.[1];
  if (adjustment !== undefined) {
    return t('documents.summary.adjustment', { number: Number(adjustment) + 1, message });
  }
  return message;
}

/**
 * The state of the draft editor: the draft as typed, the messages of the last refused save
 * or post, and the actions that go through the repositories. Nothing typed is lost when a
 * save is refused; the draft stays as it is with the messages next to its fields. A credit
 * note's figures are derived from its invoice (`credit`), as posting derives them.
 */
export function useDraftEditor(
  initial: EditableDraft,
  isNew: boolean,
  settings: BusinessSettings,
  credit: CreditContext | null = null,
) {
  const db = getDb();
  const [draft, setDraft] = useState(initial);
  const [saved, setSaved] = useState(!isNew);
  const [dirty, setDirty] = useState(false);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  // Whether the messages shown come from a refused save or a refused post: the summary
  // says which did not happen.
  const [refusedBy, setRefusedBy] = useState<'save' | 'post'>('save');
  const [busy, setBusy] = useState(false);
  const parse = useParseErrors();
  const creditPreview = useMemo(
    () => (draft.kind === 'creditNote' && credit ? previewCredit(draft, credit) : null),
    [draft, credit],
  );
  const totals = useMemo(
    () => (creditPreview?.ok ? creditPreview.value.totals : draftTotals(draft, settings.vatMode)),
    [creditPreview, draft, settings.vatMode],
  );
  const customerVat = useCustomerVat(db, draft.customerId, settings.vatMode);

  /** Applies a change typed by the user and drops the messages of the fields it touched. */
  const change = (
    next: EditableDraft | ((current: EditableDraft) => EditableDraft),
    ...touched: string[]
  ) => {
    setDraft(next);
    setDirty(true);
    if (touched.length > 0) {
      setIssues((current) => touched.reduce((left, path) => withoutIssuesAt(left, path), current));
    }
  };

  const chooseCustomer = async (customer: StoredCustomer | null) => {
    if (customer === null) {
      change((current) => ({ ...current, customerId: '' }), 'customerId', 'customer');
      return;
    }
    const defaults = await customerDefaultsFor(db, customer.id);
    if (!defaults.ok) {
      setIssues([{ path: 'customerId', message: defaults.error.message }]);
      return;
    }
    // The lines follow the VAT treatment of the new customer: from the old one's to its.
    const before = draft.customerId ? await customerDefaultsFor(db, draft.customerId) : null;
    const from = lineTreatmentFor(before?.ok ? before.value : null, settings.vatMode);
    const to = lineTreatmentFor(defaults.value, settings.vatMode);
    const products =
      to === 'domestic' && from !== 'domestic'
        ? await getProducts(
            db,
            draft.lines.flatMap((line) => line.productId ?? []),
          )
        : new Map();
    customerVat.remember(customer.id, defaults.value);
    change(
      (current) =>
        withVatTreatmentSwitched(
          withCustomer(current, customer.id, defaults.value),
          from,
          to,
          products,
        ),
      'customerId',
      'customer',
    );
  };

  /**
   * Saves the draft; the stored document, or null when refused (messages set). Text that
   * could not be read as a number refuses the save too: its old value must not be stored.
   */
  const save = async (
    options: { quiet?: boolean; keepRoute?: boolean } = {},
  ): Promise<StoredDocument | null> => {
    if (parse.hasParseErrorsNow()) {
      setIssues([]);
      setRefusedBy('save');
      return null;
    }
    const creditProblems = draft.kind === 'creditNote' ? creditDraftIssues(draft) : [];
    if (creditProblems.length > 0) {
      setIssues(creditProblems);
      setRefusedBy('save');
      return null;
    }
    const toSave =
      draft.kind === 'creditNote'
        ? withDerivedCredit(draft, creditPreview?.ok ? creditPreview.value : null)
        : draft;
    setBusy(true);
    try {
      const result = await saveDraft(db, toSave);
      if (!result.ok) {
        setIssues(refusalIssues(result.error, draft));
        setRefusedBy('save');
        return null;
      }
      setIssues([]);
      setDraft(toSalesDocument(result.value) as EditableDraft);
      setDirty(false);
      setSaved(true);
      if (!options.quiet) notify(t('documents.saved'));
      if (!options.keepRoute) showStored();
      return result.value;
    } finally {
      setBusy(false);
    }
  };

  /**
   * A new draft lives at #/invoices/new until its first save; then the address becomes its
   * own. That remounts the screen from the database, so callers that still have work to do
   * after saving pass keepRoute and call this when done.
   */
  const showStored = () => {
    // Credit notes open on the invoice route, by their id.
    if (isNew) replaceRoute({ screen: draft.kind === 'quote' ? 'quote' : 'invoice', id: draft.id });
  };

  /** The stored draft, saved first when it has unsaved changes (the route stays). */
  const ensureSaved = async (): Promise<StoredDocument | null> =>
    !saved || dirty
      ? save({ quiet: true, keepRoute: true })
      : ((await db.documents.get(draft.id)) ?? null);

  const refreshPrices = async () => {
    const stored = await ensureSaved();
    if (!stored) return;
    const result = await refreshDraftPrices(db, stored.id);
    if (!result.ok) {
      setIssues(refusalIssues(result.error, draft));
      return;
    }
    setDraft(toSalesDocument(result.value.document) as EditableDraft);
    setDirty(false);
    showStored();
    notify(
      result.value.missingProducts > 0
        ? t('documents.prices.updatedSomeMissing', {
            count: result.value.updatedLines,
            missing: result.value.missingProducts,
          })
        : t('documents.prices.updated', { count: result.value.updatedLines }),
    );
  };

  return {
    draft,
    totals,
    /** A credit note's invoice and prior credits; null for invoices and quotes. */
    credit,
    /** What posting a credit note would credit now, or why it would refuse; else null. */
    creditPreview,
    /** The customer's effective defaults (null without a customer) and new lines' VAT. */
    customerDefaults: customerVat.defaults,
    lineTreatment: customerVat.lineTreatment,
    saved,
    dirty,
    busy,
    setBusy,
    issues,
    setIssues,
    refusedBy,
    /** Shows the messages of a refused post (the draft itself was saved). */
    postRefused: (error: DataError) => {
      setIssues(refusalIssues(error, draft));
      setRefusedBy('post');
    },
    /** Messages for the summary at the top: refused fields and unreadable numbers. */
    summary: summaryErrors(issues, parse.parseErrors).map((error) => ({
      ...error,
      message: withPlace(error.path, error.message, draft),
    })),
    reporterFor: parse.reporterFor,
    hasParseErrors: parse.hasParseErrors,
    change,
    chooseCustomer,
    save,
    ensureSaved,
    showStored,
    refreshPrices,
  };
}

export type DraftEditor = ReturnType<typeof useDraftEditor>;
