import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { BankAccount } from '../../../shared/schemas/companyProfile';
import { TextInputField } from '../../components/fields/TextInputField';
import { FormSection } from '../../components/FormSection';
import { fieldId } from '../../components/forms/formIssues';
import { t } from '../../i18n/t';
import { newBankAccount } from './settingsDraft';

type BankAccountsSectionProps = {
  accounts: BankAccount[];
  onChange: (accounts: BankAccount[]) => void;
  form: string;
  errors: Record<string, string>;
};

const TEXT_PARTS = [
  { part: 'label', label: 'settings.bank.label', width: 6 },
  { part: 'bankName', label: 'settings.bank.bankName', width: 6 },
  { part: 'iban', label: 'settings.bank.iban', width: 8 },
  { part: 'bic', label: 'settings.bank.bic', width: 4 },
] as const;

/**
 * The accounts customers pay into. The default one is printed on invoices; ticking
 * "Default account" on one unticks it on the others, so there is always at most one.
 */
export function BankAccountsSection({
  accounts,
  onChange,
  form,
  errors,
}: BankAccountsSectionProps) {
  const update = (index: number, change: Partial<BankAccount>) =>
    onChange(accounts.map((account, i) => (i === index ? { ...account, ...change } : account)));
  const makeDefault = (index: number) =>
    onChange(accounts.map((account, i) => ({ ...account, isDefault: i === index })));
  const remove = (index: number) => {
    const rest = accounts.filter((_, i) => i !== index);
    // Removing the default account hands the role to the first remaining one.
    const hasDefault = rest.some((account) => account.isDefault);
    onChange(
      rest.map((account, i) => (hasDefault || i !== 0 ? account : { ...account, isDefault: true })),
    );
  };
  return (
    <FormSection
      title={t('settings.section.bank')}
      description={t('settings.bankHelp')}
      actions={
        <Button
          variant="outlined"
          onClick={() => onChange([...accounts, newBankAccount(accounts.length === 0)])}
        >
          {t('settings.bank.add')}
        </Button>
      }
    >
      {errors['company.bankAccounts'] && (
        <FormHelperText error>{errors['company.bankAccounts']}</FormHelperText>
      )}
      {accounts.length === 0 && (
        <Typography color="text.secondary">{t('settings.bank.none')}</Typography>
      )}
      {accounts.map((account, index) => {
        const path = `company.bankAccounts.${index}`;
        const legend = t('settings.bank.legend', { number: index + 1 });
        return (
          <Box
            key={account.id}
            component="fieldset"
            sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2, m: 0, minWidth: 0 }}
          >
            <Box component="legend" sx={{ px: 0.5, typography: 'subtitle2' }}>
              {legend}
            </Box>
            <Grid container spacing={2}>
              {TEXT_PARTS.map(({ part, label, width }) => (
                <Grid key={part} size={{ xs: 12, sm: width }}>
                  <TextInputField
                    id={fieldId(form, `${path}.${part}`)}
                    label={t(label)}
                    value={account[part]}
                    onChange={(text) => update(index, { [part]: text })}
                    error={errors[`${path}.${part}`]}
                    required={part === 'iban'}
                  />
                </Grid>
              ))}
            </Grid>
            <Stack direction="row" sx={{ mt: 1, justifyContent: 'space-between' }}>
              <FormControlLabel
                control={
                  <Checkbox
                    id={fieldId(form, `${path}.isDefault`)}
                    checked={account.isDefault}
                    onChange={(event) =>
                      event.target.checked
                        ? makeDefault(index)
                        : update(index, { isDefault: false })
                    }
                  />
                }
                label={t('settings.bank.default')}
              />
              <Button
                color="error"
                onClick={() => remove(index)}
                aria-label={t('settings.bank.removeNamed', { legend })}
              >
                {t('action.remove')}
              </Button>
            </Stack>
            {errors[`${path}.isDefault`] && (
              <FormHelperText error>{errors[`${path}.isDefault`]}</FormHelperText>
            )}
          </Box>
        );
      })}
    </FormSection>
  );
}
