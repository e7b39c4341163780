// The schemas and the domain types must not drift apart: a record parsed by a schema goes
// straight into the functions of shared/. These checks fail the typecheck (npm test runs it)
// when either side changes; the runtime assertions only keep vitest from calling them empty.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { ChartOfAccounts } from '../../../../shared/journal/chartOfAccounts';
import type { NumberSeries } from '../../../../shared/numbering/series';
import type { PaymentMethod } from '../../../../shared/payments/paymentMethod';
import type { chartOfAccountsSchema } from '../../../../shared/schemas/chartOfAccounts';
import type { SalesDocument } from '../../../../shared/schemas/document';
import type {
  DocumentAdjustmentRecord,
  DocumentLine,
} from '../../../../shared/schemas/documentLine';
import type { paymentTermsSchema } from '../../../../shared/schemas/domainFields';
import type { NumberSeriesRecord } from '../../../../shared/schemas/numberSeries';
import type { Payment } from '../../../../shared/schemas/payment';
import type { SellerVatModeRecord } from '../../../../shared/schemas/settings';
import type {
  documentTotalsSchema,
  lineAmountsSchema,
  vatGroupSchema,
} from '../../../../shared/schemas/totals';
import type { PaymentTerms } from '../../../../shared/terms/paymentTerms';
import type { SellerVatMode } from '../../../../shared/tax/sellerVatMode';
import type {
  DocumentAdjustment,
  DocumentTotals,
  TotalsInput,
} from '../../../../shared/totals/documentTotals';
import type { LineAmounts, PricedLine } from '../../../../shared/totals/lineAmounts';
import type { VatGroup } from '../../../../shared/totals/vatBreakdown';
import { exampleDraftInvoice } from './examples';

describe('schema types match the domain types', () => {
  it('a parsed line is a PricedLine and a parsed adjustment a DocumentAdjustment', () => {
    expectTypeOf<DocumentLine>().toExtend<PricedLine>();
    expectTypeOf<DocumentAdjustmentRecord>().toExtend<DocumentAdjustment>();
    const lines: readonly PricedLine[] = exampleDraftInvoice().lines;
    expect(lines).toHaveLength(2);
  });

  it('a parsed document is the input of the totals', () => {
    expectTypeOf<SalesDocument>().toExtend<TotalsInput>();
    expectTypeOf<Payment['method']>().toEqualTypeOf<PaymentMethod>();
    const input: TotalsInput = exampleDraftInvoice();
    expect(input.currency).toBe('EUR');
  });

  it('the frozen totals are exactly the types shared/totals computes', () => {
    expectTypeOf<z.output<typeof lineAmountsSchema>>().toEqualTypeOf<LineAmounts>();
    expectTypeOf<z.output<typeof vatGroupSchema>>().toEqualTypeOf<VatGroup>();
    expectTypeOf<z.output<typeof documentTotalsSchema>>().toEqualTypeOf<DocumentTotals>();
    expect(true).toBe(true);
  });

  it('settings parts are exactly the types of their modules', () => {
    expectTypeOf<z.output<typeof paymentTermsSchema>>().toExtend<PaymentTerms>();
    expectTypeOf<PaymentTerms>().toExtend<z.output<typeof paymentTermsSchema>>();
    expectTypeOf<SellerVatModeRecord>().toEqualTypeOf<SellerVatMode>();
    expectTypeOf<NumberSeriesRecord>().toEqualTypeOf<NumberSeries>();
    expectTypeOf<z.output<typeof chartOfAccountsSchema>>().toEqualTypeOf<ChartOfAccounts>();
    expect(true).toBe(true);
  });
});
