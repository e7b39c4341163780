import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { Minor } from '../../../shared/money/minor';
import type { StoredDocument } from '../../data/db';
import { useFormatters } from '../../app/useFormatters';
import { describeTerms, paymentMethodName } from '../../components/fields/choices';
import { FormSection } from '../../components/FormSection';
import { t } from '../../i18n/t';
import { LinesTable } from './LinesTable';
import { PartyAddress } from './PartyAddress';
import { TotalsPanel } from './TotalsPanel';
import { VatNotes } from './VatNotes';

/** One labelled fact of the document ("Issue date  31/03/2026"). */
function Fact({
  label,
  children,
  testId,
}: {
  label: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Box>
      <Typography variant="caption" color="text.secondary" component="dt">
        {label}
      </Typography>
      <Typography component="dd" sx={{ m: 0, fontWeight: 500 }} data-testid={testId}>
        {children}
      </Typography>
    </Box>
  );
}

export type FinalDocumentBodyProps = {
  doc: StoredDocument;
  /** Facts after the dates, e.g. the balance of an invoice. */
  facts?: { label: string; value: ReactNode; testId?: string }[];
  /** Rows under the totals, e.g. paid, credited, balance. */
  extraTotals?: { label: string; amount: Minor; strong?: boolean }[];
};

/**
 * A posted invoice or sent quote exactly as it was frozen: seller and buyer of that day,
 * lines, VAT breakdown, totals and notes. Nothing here reads the live customer or settings.
 */
export function FinalDocumentBody({ doc, facts = [], extraTotals = [] }: FinalDocumentBodyProps) {
  const { date } = useFormatters();
  const posted = doc.posted;
  if (!posted) return null;
  return (
    <>
      <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 }, mb: 3 }}>
        <Box
          component="dl"
          sx={{
            m: 0,
            display: 'grid',
            gap: 2,
            gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(4, 1fr)' },
          }}
        >
          <Fact label={t('documents.issueDate')}>{date(doc.issueDate)}</Fact>
          {doc.supplyDate && <Fact label={t('documents.supplyDate')}>{date(doc.supplyDate)}</Fact>}
          {doc.dueDate && (
            <Fact label={t('documents.dueDate')} testId="due-date">
              {date(doc.dueDate)}
            </Fact>
          )}
          {doc.kind === 'quote' && doc.validUntil && (
            <Fact label={t('quotes.validUntil')}>{date(doc.validUntil)}</Fact>
          )}
          <Fact label={t('field.paymentTerms')}>{describeTerms(doc.paymentTerms)}</Fact>
          <Fact label={t('field.paymentMethod')}>{paymentMethodName(doc.paymentMethod)}</Fact>
          {doc.buyerReference && (
            <Fact label={t('documents.buyerReference')}>{doc.buyerReference}</Fact>
          )}
          {facts.map((fact) => (
            <Fact key={fact.label} label={fact.label} testId={fact.testId}>
              {fact.value}
            </Fact>
          ))}
        </Box>
        <Box sx={{ display: 'grid', gap: 3, mt: 3, gridTemplateColumns: { md: '1fr 1fr' } }}>
          <Box component="section" aria-label={t('documents.seller')}>
            <Typography variant="overline" component="h3">
              {t('documents.seller')}
            </Typography>
            <PartyAddress party={posted.seller} />
          </Box>
          <Box component="section" aria-label={t('documents.buyer')}>
            <Typography variant="overline" component="h3">
              {t('documents.buyer')}
            </Typography>
            <PartyAddress party={posted.buyer} />
          </Box>
        </Box>
      </Paper>
      <FormSection title={t('documents.section.lines')}>
        <LinesTable lines={doc.lines} amounts={posted.totals.lines} currency={doc.currency} />
      </FormSection>
      <FormSection title={t('documents.section.totals')}>
        <TotalsPanel totals={posted.totals} extraRows={extraTotals} />
        <VatNotes notes={posted.vatNotes} />
      </FormSection>
      {(doc.notes || doc.footer) && (
        <FormSection title={t('documents.section.notes')}>
          {doc.notes && <Typography sx={{ whiteSpace: 'pre-line' }}>{doc.notes}</Typography>}
          {doc.footer && (
            <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'pre-line' }}>
              {doc.footer}
            </Typography>
          )}
        </FormSection>
      )}
    </>
  );
}

/** A section a later feature fills (payments, credit notes, journal, send history). */
export function PendingSection({ title, empty }: { title: string; empty: string }) {
  return (
    <FormSection title={title}>
      <Typography color="text.secondary">{empty}</Typography>
    </FormSection>
  );
}
