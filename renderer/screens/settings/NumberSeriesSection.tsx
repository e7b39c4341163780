import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Grid from '@mui/material/Grid';
import Typography from '@mui/material/Typography';
import { previewNextNumber } from '../../../shared/numbering/series';
import { DecimalField } from '../../components/fields/DecimalField';
import { TextInputField } from '../../components/fields/TextInputField';
import { FormSection } from '../../components/FormSection';
import { fieldId } from '../../components/forms/formIssues';
import { today } from '../../data/clock';
import { t } from '../../i18n/t';
import type { SeriesDraft } from './settingsDraft';

type NumberSeriesSectionProps = {
  series: SeriesDraft[];
  onChange: (series: SeriesDraft[]) => void;
  locale: string;
  form: string;
  errors: Record<string, string>;
  onParseError: (path: string) => (message: string | null) => void;
};

const KIND_LABELS = {
  invoice: 'settings.series.invoice',
  quote: 'settings.series.quote',
  creditNote: 'settings.series.creditNote',
} as const;

/**
 * The next number of a series as it is being edited, or why there is none; computed by
 * shared/numbering on every keystroke so the example follows what is typed.
 */
function preview(series: SeriesDraft): { ok: boolean; text: string } {
  const counter = /^\d+$/.test(series.nextCounter) ? Number(series.nextCounter) : 1;
  const result = previewNextNumber(
    { ...series, nextCounter: Number.isSafeInteger(counter) && counter >= 1 ? counter : 1 },
    today(),
  );
  return result.ok
    ? { ok: true, text: t('settings.series.next', { number: result.value }) }
    : { ok: false, text: result.error.message };
}

/** One number series per kind of document: pattern, yearly restart, next number, example. */
export function NumberSeriesSection({
  series,
  onChange,
  locale,
  form,
  errors,
  onParseError,
}: NumberSeriesSectionProps) {
  const update = (index: number, change: Partial<SeriesDraft>) =>
    onChange(series.map((s, i) => (i === index ? { ...s, ...change } : s)));
  return (
    <FormSection title={t('settings.section.numbers')} description={t('settings.numbersHelp')}>
      {errors.numberSeries && <FormHelperText error>{errors.numberSeries}</FormHelperText>}
      {series.map((one, index) => {
        const path = `numberSeries.${index}`;
        const example = preview(one);
        const legend = t(KIND_LABELS[one.documentKind]);
        return (
          <Box
            key={one.id}
            component="fieldset"
            sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2, m: 0, minWidth: 0 }}
          >
            <Box component="legend" sx={{ px: 0.5, typography: 'subtitle2' }}>
              {legend}
            </Box>
            <Grid container spacing={2} sx={{ alignItems: 'flex-start' }}>
              <Grid size={{ xs: 12, sm: 5 }}>
                <TextInputField
                  id={fieldId(form, `${path}.pattern`)}
                  label={t('settings.series.pattern')}
                  value={one.pattern}
                  onChange={(pattern) => update(index, { pattern })}
                  error={errors[`${path}.pattern`]}
                  required
                />
              </Grid>
              <Grid size={{ xs: 12, sm: 3 }}>
                <DecimalField
                  id={fieldId(form, `${path}.nextCounter`)}
                  label={t('settings.series.nextCounter')}
                  value={one.nextCounter}
                  locale={locale}
                  maxFractionDigits={0}
                  onChange={(nextCounter) => update(index, { nextCounter })}
                  onParseError={onParseError(`${path}.nextCounter`)}
                  error={errors[`${path}.nextCounter`]}
                  required
                />
              </Grid>
              <Grid size={{ xs: 12, sm: 4 }}>
                <FormControlLabel
                  control={
                    <Checkbox
                      checked={one.resetYearly}
                      onChange={(event) => update(index, { resetYearly: event.target.checked })}
                    />
                  }
                  label={t('settings.series.resetYearly')}
                />
              </Grid>
            </Grid>
            <Typography
              aria-live="polite"
              data-testid={`series-example-${one.documentKind}`}
              color={example.ok ? 'text.primary' : 'error'}
              sx={{ mt: 1 }}
            >
              {example.text}
            </Typography>
          </Box>
        );
      })}
    </FormSection>
  );
}
