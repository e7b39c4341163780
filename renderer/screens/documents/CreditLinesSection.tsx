import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { dec, type DecimalString } from '../../../shared/money/decimal';
import type { Minor } from '../../../shared/money/minor';
import type { DocumentLine } from '../../../shared/schemas/documentLine';
import { useFormatters } from '../../app/useFormatters';
import { DecimalField } from '../../components/fields/DecimalField';
import { SelectField } from '../../components/fields/SelectField';
import { FormSection } from '../../components/FormSection';
import { fieldId } from '../../components/forms/formIssues';
import { t } from '../../i18n/t';
import { creditLineFor, invoiceLinesNotOn, remainingByLine } from './creditDraft';
import { withLine, withoutLine } from './draftEditing';
import type { DraftEditor } from './useDraftEditor';

/** The net of each credit line by the invoice line it credits, as the editor shows it. */
function netsByInvoiceLine(editor: DraftEditor): Map<string, Minor> {
  const nets = new Map<string, Minor>();
  const preview = editor.creditPreview;
  if (preview?.ok) {
    preview.value.lines.forEach((line, index) => {
      const net = preview.value.totals.lines[index]?.net;
      if (net !== undefined) nets.set(line.creditedLineId, net);
    });
  }
  return nets;
}

/**
 * The lines of a draft credit note: lines of the invoice it corrects, each with the quantity
 * to credit (at most what is not credited yet). Lines can be removed and added back; prices,
 * VAT and discounts are the invoice's. Whether posting would over-credit is said at once.
 */
export function CreditLinesSection({
  form,
  editor,
  errors,
}: {
  form: string;
  editor: DraftEditor;
  errors: Record<string, string>;
}) {
  const { locale, money, decimal } = useFormatters();
  const { draft, change, credit, creditPreview } = editor;
  if (credit === null) return null;
  const remaining = remainingByLine(credit);
  const nets = netsByInvoiceLine(editor);
  const addable = invoiceLinesNotOn(draft, credit);
  const invoiceNumber = (line: DocumentLine) =>
    credit.invoice.lines.findIndex((candidate) => candidate.id === line.creditedLineId) + 1;
  const refusal = errors.lines ?? errors.selection;
  const add = (invoiceLineId: string) => {
    const source = credit.invoice.lines.find((line) => line.id === invoiceLineId);
    if (!source) return;
    const left = remaining.get(source.id) ?? ('0' as DecimalString);
    change(
      (current) => ({ ...current, lines: [...current.lines, creditLineFor(source, left)] }),
      'lines',
      'selection',
    );
  };

  return (
    <FormSection
      title={t('documents.section.lines')}
      description={t('documents.credit.lines.help')}
    >
      {refusal && (
        <Alert severity="error" id={fieldId(form, 'lines')} tabIndex={-1}>
          {refusal}
        </Alert>
      )}
      {!refusal && creditPreview && !creditPreview.ok && (
        <Alert severity="warning" data-testid="credit-preview-problem">
          {t('documents.credit.wouldRefuse', { message: creditPreview.error.message })}
        </Alert>
      )}
      {draft.lines.length === 0 && (
        <Typography color="text.secondary">{t('documents.credit.lines.empty')}</Typography>
      )}
      {draft.lines.map((line, index) => {
        const path = `lines.${line.id}.quantity`;
        const left = remaining.get(line.creditedLineId ?? '') ?? ('0' as DecimalString);
        const source = credit.invoice.lines.find((item) => item.id === line.creditedLineId);
        const net = nets.get(line.creditedLineId ?? '');
        const name = t('documents.line.name', { number: index + 1 });
        return (
          <Paper key={line.id} variant="outlined" role="group" aria-label={name} sx={{ p: 2 }}>
            <Stack
              direction="row"
              sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1.5 }}
            >
              <Typography variant="subtitle2" component="h4">
                {name}
                <Typography
                  component="span"
                  variant="caption"
                  color="text.secondary"
                  sx={{ ml: 1 }}
                >
                  {t('documents.credit.invoiceLine', { number: invoiceNumber(line) })}
                </Typography>
              </Typography>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                <Typography variant="body2" data-testid="line-net" sx={{ mr: 1 }}>
                  {t('documents.line.net', {
                    amount: net === undefined ? '—' : money(net, draft.currency),
                  })}
                </Typography>
                <Button
                  size="small"
                  color="error"
                  onClick={() =>
                    change((current) => withoutLine(current, line.id), `lines.${line.id}`, 'lines')
                  }
                >
                  {t('documents.line.remove')}
                </Button>
              </Stack>
            </Stack>
            <Box
              sx={{
                display: 'grid',
                gap: 2,
                gridTemplateColumns: { xs: '1fr', md: '3fr 1.2fr' },
                alignItems: 'start',
              }}
            >
              <Box>
                <Typography sx={{ whiteSpace: 'pre-line' }}>{line.description}</Typography>
                <Typography variant="body2" color="text.secondary">
                  {t('documents.credit.invoiced', {
                    quantity: decimal(source?.quantity ?? line.quantity),
                    price: decimal(line.unitPrice, { minFractionDigits: 2 }),
                    currency: draft.currency,
                    rate: decimal(line.vatRate),
                  })}
                </Typography>
              </Box>
              <DecimalField
                id={fieldId(form, path)}
                label={t('documents.credit.quantity')}
                value={line.quantity}
                locale={locale}
                maxFractionDigits={6}
                allowNegative={source ? dec(source.quantity).isNegative() : false}
                onChange={(quantity) =>
                  change(
                    (current) => withLine(current, line.id, (old) => ({ ...old, quantity })),
                    path,
                    'lines',
                    'selection',
                  )
                }
                onParseError={editor.reporterFor(path)}
                error={errors[path]}
                helperText={t('documents.credit.left', {
                  left: decimal(left),
                  invoiced: decimal(source?.quantity ?? '0'),
                })}
                required
                size="small"
              />
            </Box>
          </Paper>
        );
      })}
      {addable.length > 0 && (
        <Box sx={{ maxWidth: 480 }}>
          <SelectField
            id={fieldId(form, 'addInvoiceLine')}
            label={t('documents.credit.addLine')}
            value=""
            emptyLabel={t('documents.credit.addLine.choose')}
            options={addable.map((line) => ({
              value: line.id,
              label: `${t('documents.credit.invoiceLine', {
                number: credit.invoice.lines.indexOf(line) + 1,
              })}: ${line.description.split('\n')[0] ?? ''}`,
            }))}
            onChange={(value) => value !== '' && add(value)}
          />
        </Box>
      )}
    </FormSection>
  );
}
