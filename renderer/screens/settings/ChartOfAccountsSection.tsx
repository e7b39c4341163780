import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { ACCOUNT_TYPES, type AccountType } from '../../../shared/journal/chartOfAccounts';
import { SelectField } from '../../components/fields/SelectField';
import { TextInputField } from '../../components/fields/TextInputField';
import { FormSection } from '../../components/FormSection';
import { fieldId } from '../../components/forms/formIssues';
import { newId } from '../../data/ids';
import { t } from '../../i18n/t';
import { AccountRolesFields } from './AccountRolesFields';
import type { ChartDraft } from './settingsDraft';

type ChartOfAccountsSectionProps = {
  chart: ChartDraft;
  onChange: (chart: ChartDraft) => void;
  locale: string;
  form: string;
  errors: Record<string, string>;
  onParseError: (path: string) => (message: string | null) => void;
};

const PATH = 'chartOfAccounts';

/** The accounts of the journal (code, name, type) and which account plays which role. */
export function ChartOfAccountsSection({
  chart,
  onChange,
  locale,
  form,
  errors,
  onParseError,
}: ChartOfAccountsSectionProps) {
  const typeOptions = ACCOUNT_TYPES.map((type) => ({
    value: type,
    label: t(`accountType.${type}`),
  }));
  const updateAccount = (index: number, change: Partial<ChartDraft['accounts'][number]>) =>
    onChange({
      ...chart,
      accounts: chart.accounts.map((a, i) => (i === index ? { ...a, ...change } : a)),
    });
  return (
    <FormSection title={t('settings.section.accounts')} description={t('settings.accountsHelp')}>
      {errors[`${PATH}.accounts`] && (
        <FormHelperText error>{errors[`${PATH}.accounts`]}</FormHelperText>
      )}
      <Stack spacing={1.5} role="list" aria-label={t('settings.accounts.list')}>
        {chart.accounts.map((account, index) => {
          const path = `${PATH}.accounts.${index}`;
          const rowName = t('settings.accounts.row', { number: index + 1 });
          return (
            <Box key={account.key} role="listitem" aria-label={rowName}>
              <Grid container spacing={1} sx={{ alignItems: 'flex-start' }}>
                <Grid size={{ xs: 4, sm: 2 }}>
                  <TextInputField
                    id={fieldId(form, `${path}.code`)}
                    label={t('settings.accounts.code')}
                    value={account.code}
                    onChange={(code) => updateAccount(index, { code })}
                    error={errors[`${path}.code`]}
                    size="small"
                    required
                  />
                </Grid>
                <Grid size={{ xs: 8, sm: 6 }}>
                  <TextInputField
                    id={fieldId(form, `${path}.name`)}
                    label={t('settings.accounts.name')}
                    value={account.name}
                    onChange={(name) => updateAccount(index, { name })}
                    error={errors[`${path}.name`]}
                    size="small"
                    required
                  />
                </Grid>
                <Grid size={{ xs: 8, sm: 3 }}>
                  <SelectField
                    id={fieldId(form, `${path}.type`)}
                    label={t('settings.accounts.type')}
                    value={account.type}
                    options={typeOptions}
                    onChange={(type) =>
                      type !== '' && updateAccount(index, { type: type as AccountType })
                    }
                    error={errors[`${path}.type`]}
                    size="small"
                  />
                </Grid>
                <Grid size={{ xs: 4, sm: 1 }}>
                  <Button
                    color="error"
                    size="small"
                    onClick={() =>
                      onChange({ ...chart, accounts: chart.accounts.filter((_, i) => i !== index) })
                    }
                    aria-label={t('settings.accounts.remove', {
                      account: `${account.code} ${account.name}`.trim() || rowName,
                    })}
                    sx={{ mt: 0.5 }}
                  >
                    {t('action.remove')}
                  </Button>
                </Grid>
              </Grid>
            </Box>
          );
        })}
      </Stack>
      <Box>
        <Button
          variant="outlined"
          onClick={() =>
            onChange({
              ...chart,
              accounts: [...chart.accounts, { key: newId(), code: '', name: '', type: 'revenue' }],
            })
          }
        >
          {t('settings.accounts.add')}
        </Button>
      </Box>
      <Typography variant="subtitle1" component="h4" sx={{ pt: 2 }}>
        {t('settings.roles.title')}
      </Typography>
      <AccountRolesFields
        chart={chart}
        onChange={onChange}
        locale={locale}
        form={form}
        errors={errors}
        onParseError={onParseError}
      />
    </FormSection>
  );
}
