import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { SINGLE_ACCOUNT_ROLES } from '../../../shared/journal/chartOfAccounts';
import { DecimalField } from '../../components/fields/DecimalField';
import { SelectField, type SelectOption } from '../../components/fields/SelectField';
import { fieldId } from '../../components/forms/formIssues';
import { newId } from '../../data/ids';
import { t } from '../../i18n/t';
import type { ChartDraft } from './settingsDraft';

type AccountRolesFieldsProps = {
  chart: ChartDraft;
  onChange: (chart: ChartDraft) => void;
  locale: string;
  form: string;
  errors: Record<string, string>;
  onParseError: (path: string) => (message: string | null) => void;
};

const PATH = 'chartOfAccounts.roles';

/** The accounts the journal posts to by itself: receivables, bank, revenue, VAT per rate… */
export function AccountRolesFields({
  chart,
  onChange,
  locale,
  form,
  errors,
  onParseError,
}: AccountRolesFieldsProps) {
  const accountOptions = (current: string): SelectOption<string>[] => {
    const options = chart.accounts
      .filter((account) => account.code.trim() !== '')
      .map((account) => ({ value: account.code, label: `${account.code} ${account.name}` }));
    // A role naming an account that is gone stays visible, so its error makes sense.
    return current === '' || options.some((o) => o.value === current)
      ? options
      : [{ value: current, label: current }, ...options];
  };
  const rates = chart.vatPayableByRate;
  const setRates = (vatPayableByRate: ChartDraft['vatPayableByRate']) =>
    onChange({ ...chart, vatPayableByRate });
  return (
    <Stack spacing={2}>
      <Grid container spacing={2}>
        {SINGLE_ACCOUNT_ROLES.map((role) => (
          <Grid key={role} size={{ xs: 12, sm: 6, md: 4 }}>
            <SelectField
              id={fieldId(form, `${PATH}.${role}`)}
              label={t(`settings.role.${role}`)}
              value={chart.roles[role]}
              options={accountOptions(chart.roles[role])}
              onChange={(code) => onChange({ ...chart, roles: { ...chart.roles, [role]: code } })}
              error={errors[`${PATH}.${role}`]}
              size="small"
            />
          </Grid>
        ))}
      </Grid>
      <Typography variant="subtitle2" component="h5">
        {t('settings.roles.byRate')}
      </Typography>
      {errors[`${PATH}.vatPayableByRate`] && (
        <FormHelperText error>{errors[`${PATH}.vatPayableByRate`]}</FormHelperText>
      )}
      {rates.map((row, index) => {
        const rowName = t('settings.roles.rateRow', { number: index + 1 });
        return (
          <Box key={row.key} role="group" aria-label={rowName}>
            <Grid container spacing={1} sx={{ alignItems: 'flex-start' }}>
              <Grid size={{ xs: 4, sm: 2 }}>
                <DecimalField
                  id={fieldId(form, `${PATH}.vatPayableByRate.row${index}.rate`)}
                  label={t('field.vatRate')}
                  value={row.rate}
                  locale={locale}
                  maxFractionDigits={2}
                  unit="%"
                  onChange={(rate) =>
                    setRates(rates.map((r, i) => (i === index ? { ...r, rate } : r)))
                  }
                  onParseError={onParseError(`${PATH}.vatPayableByRate.row${index}.rate`)}
                  error={errors[`${PATH}.vatPayableByRate.row${index}.rate`]}
                  size="small"
                />
              </Grid>
              <Grid size={{ xs: 8, sm: 6 }}>
                <SelectField
                  id={fieldId(form, `${PATH}.vatPayableByRate.${row.rate}`)}
                  label={t('settings.roles.rateAccount')}
                  value={row.account}
                  options={accountOptions(row.account)}
                  onChange={(account) =>
                    setRates(rates.map((r, i) => (i === index ? { ...r, account } : r)))
                  }
                  error={errors[`${PATH}.vatPayableByRate.${row.rate}`]}
                  size="small"
                />
              </Grid>
              <Grid size={{ xs: 12, sm: 2 }}>
                <Button
                  color="error"
                  size="small"
                  onClick={() => setRates(rates.filter((_, i) => i !== index))}
                  aria-label={t('settings.roles.removeRate', { name: rowName })}
                  sx={{ mt: 0.5 }}
                >
                  {t('action.remove')}
                </Button>
              </Grid>
            </Grid>
          </Box>
        );
      })}
      <Box>
        <Button
          variant="outlined"
          onClick={() => setRates([...rates, { key: newId(), rate: '', account: '' }])}
        >
          {t('settings.roles.addRate')}
        </Button>
      </Box>
    </Stack>
  );
}
