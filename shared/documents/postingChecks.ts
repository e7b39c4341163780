import { compareIsoDates, type IsoDate } from '../dates/isoDate';
import type { CurrencyCode } from '../money/currencies';
import type { SellerVatMode } from '../tax/sellerVatMode';
import { checkVatTreatment, vatCategoryRules } from '../tax/vatCategories';
import { computeDocumentTotals, type DocumentAdjustment } from '../totals/documentTotals';
import type { PricedLine } from '../totals/lineAmounts';

/** The parties as they will be frozen into the document. */
export type PostingParty = {
  name: string;
  line1: string;
  city: string;
  country: string;
  vatId: string;
  taxId?: string | undefined;
};

/** What posting checks need of a draft; the stored document schema is wider. */
export type PostingCandidate = {
  kind: 'invoice' | 'quote' | 'creditNote';
  currency: CurrencyCode;
  issueDate: IsoDate;
  dueDate: IsoDate | null;
  lines: readonly (PricedLine & { description: string })[];
  adjustments: readonly DocumentAdjustment[];
};

/** One reason a draft cannot be posted, with the field a screen should point at. */
export type PostingProblem = { field: string; message: string };

/**
 * Checks the rules a document must meet before it is posted and becomes final. Shape
 * checks (types, lengths) are the schemas' job; these are the business rules that span
 * fields and records. Returns every problem at once, so a person can fix them in one go.
 */
export function checkPostingRules(
  draft: PostingCandidate,
  seller: PostingParty,
  buyer: PostingParty,
  vatMode: SellerVatMode,
): PostingProblem[] {
  const problems: PostingProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });

  if (draft.lines.length === 0) add('lines', 'Add at least one line before posting.');
  draft.lines.forEach((line, index) => {
    const name = `Line ${index + 1}`;
    if (!line.description.trim())
      add(`lines.${index}.description`, `${name}: enter a description.`);
    const vat = checkVatTreatment(line.vatCategory, line.vatRate, line.exemptionReason);
    if (vat) {
      const field = vat.code === 'EXEMPTION_REASON_REQUIRED' ? 'exemptionReason' : 'vatRate';
      add(`lines.${index}.${field}`, `${name}: ${vat.message}`);
    }
    if (vatMode.kind === 'smallBusinessExempt' && line.vatCategory !== 'exempt') {
      add(
        `lines.${index}.vatCategory`,
        `${name}: as a small business exempt from VAT you cannot charge VAT; set the line to "Exempt".`,
      );
    }
  });
  draft.adjustments.forEach((adjustment, index) => {
    const vat = checkVatTreatment(
      adjustment.vatCategory,
      adjustment.vatRate,
      adjustment.exemptionReason,
    );
    if (vat)
      add(
        `adjustments.${index}.vatRate`,
        `${adjustment.reason || 'Discount or charge'}: ${vat.message}`,
      );
  });

  const exemptReasons = new Set(
    [...draft.lines, ...draft.adjustments]
      .filter((item) => item.vatCategory === 'exempt')
      .map((item) => item.exemptionReason?.trim() ?? ''),
  );
  if (exemptReasons.size > 1) {
    add(
      'lines',
      'All exempt lines of one document need the same exemption reason, as only one is printed.',
    );
  }

  const needsBuyerVatId = draft.lines.find(
    (line) => vatCategoryRules(line.vatCategory).buyerVatIdRequired,
  );
  if (needsBuyerVatId && !buyer.vatId.trim()) {
    add(
      'customer.vatId',
      `${vatCategoryRules(needsBuyerVatId.vatCategory).label} needs the customer's VAT ID; add it to the customer.`,
    );
  }
  if (needsBuyerVatId && !seller.vatId.trim()) {
    add(
      'company.vatId',
      `${vatCategoryRules(needsBuyerVatId.vatCategory).label} needs your own VAT ID; add it in Settings.`,
    );
  }

  checkParty(seller, 'company', 'your company (in Settings)', add);
  if (vatMode.kind === 'normal' && !seller.vatId.trim() && !seller.taxId?.trim()) {
    add('company.vatId', 'An invoice must show your VAT ID or tax number; add one in Settings.');
  }
  checkParty(buyer, 'customer', 'the customer', add);

  if (draft.kind !== 'quote') {
    if (!draft.dueDate && draft.kind === 'invoice')
      add('dueDate', 'Enter a due date or choose payment terms.');
    if (draft.dueDate && compareIsoDates(draft.dueDate, draft.issueDate) < 0) {
      add('dueDate', 'The due date cannot be before the issue date.');
    }
  }
  if (problems.length === 0 && draft.kind !== 'quote') {
    const totals = computeDocumentTotals(draft);
    if (totals.grossTotal < 0) {
      add(
        'lines',
        draft.kind === 'invoice'
          ? 'An invoice cannot have a negative total; correct a posted invoice with a credit note instead.'
          : 'A credit note cannot have a negative total.',
      );
    }
  }
  return problems;
}

function checkParty(
  party: PostingParty,
  prefix: string,
  who: string,
  add: (field: string, message: string) => void,
): void {
  if (!party.name.trim()) add(`${prefix}.name`, `Enter the name of ${who}.`);
  if (!party.line1.trim() || !party.city.trim()) {
    add(
      `${prefix}.address`,
      `Enter the street and city of ${who}; an invoice must show both addresses.`,
    );
  }
  if (!party.country.trim()) add(`${prefix}.country`, `Choose the country of ${who}.`);
}
