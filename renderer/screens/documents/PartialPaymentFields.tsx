import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import { ZERO } from '../../../shared/money/minor';
import { useFormatters } from '../../app/useFormatters';
import { MoneyField } from '../../components/fields/MoneyField';
import { fieldId } from '../../components/forms/formIssues';
import { t } from '../../i18n/t';
import type { DraftEditor } from './useDraftEditor';

const MINIMUM = 'minimumPartialAmount';

/**
 * Whether the customer may pay an invoice in parts, and the least one part must be. Turning
 * partial payments off clears the minimum, which applies only while they are allowed; the
 * document schema checks the minimum (not negative, not above the total) when saving.
 */
export function PartialPaymentFields({
  form,
  editor,
  errors,
}: {
  form: string;
  editor: DraftEditor;
  errors: Record<string, string>;
}) {
  const { locale } = useFormatters();
  const { draft, change } = editor;
  const allowed = draft.allowPartialPayment;
  const allowId = fieldId(form, 'allowPartialPayment');
  return (
    <Box
      sx={{
        display: 'grid',
        gap: 2,
        gridTemplateColumns: { md: 'repeat(3, 1fr)' },
        alignItems: 'start',
      }}
    >
      <Box>
        <FormControlLabel
          control={
            <Checkbox
              id={allowId}
              checked={allowed}
              onChange={(event) => {
                const allowPartialPayment = event.target.checked;
                change(
                  (current) => ({
                    ...current,
                    allowPartialPayment,
                    minimumPartialAmount: allowPartialPayment ? current.minimumPartialAmount : ZERO,
                  }),
                  'allowPartialPayment',
                  MINIMUM,
                );
              }}
              slotProps={{
                input: {
                  'aria-describedby': `${allowId}-help`,
                  ...(errors.allowPartialPayment ? { 'aria-invalid': true } : {}),
                },
              }}
            />
          }
          label={t('documents.partial.allow')}
        />
        <FormHelperText id={`${allowId}-help`} error={Boolean(errors.allowPartialPayment)}>
          {errors.allowPartialPayment ?? t('documents.partial.allow.help')}
        </FormHelperText>
      </Box>
      <MoneyField
        id={fieldId(form, MINIMUM)}
        label={t('documents.partial.minimum')}
        value={draft.minimumPartialAmount}
        currency={draft.currency}
        locale={locale}
        onChange={(amount) => change({ ...draft, minimumPartialAmount: amount ?? ZERO }, MINIMUM)}
        onParseError={editor.reporterFor(MINIMUM)}
        error={errors[MINIMUM]}
        helperText={t(allowed ? 'documents.partial.minimum.help' : 'documents.partial.minimum.off')}
        disabled={!allowed}
      />
    </Box>
  );
}
