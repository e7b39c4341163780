import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ContactRole } from '../../../shared/schemas/customer';
import { TextInputField } from '../../components/fields/TextInputField';
import { fieldId } from '../../components/forms/formIssues';
import { t } from '../../i18n/t';
import { newContact, type ContactDraft } from './customerDraft';

type ContactsFieldsProps = {
  contacts: ContactDraft[];
  onChange: (contacts: ContactDraft[]) => void;
  form: string;
  errors: Record<string, string>;
};

const ROLES: {
  role: ContactRole;
  label: 'contact.receivesInvoices' | 'contact.receivesReminders';
}[] = [
  { role: 'invoicing', label: 'contact.receivesInvoices' },
  { role: 'dunning', label: 'contact.receivesReminders' },
];

/** The customer's contact people, each a labelled group, with what each receives. */
export function ContactsFields({ contacts, onChange, form, errors }: ContactsFieldsProps) {
  const update = (index: number, change: Partial<ContactDraft>) =>
    onChange(contacts.map((contact, i) => (i === index ? { ...contact, ...change } : contact)));
  const toggleRole = (index: number, role: ContactRole, on: boolean) => {
    const roles = contacts[index]?.roles ?? [];
    update(index, { roles: on ? [...roles, role] : roles.filter((r) => r !== role) });
  };
  return (
    <Stack spacing={3}>
      {contacts.length === 0 && <Typography color="text.secondary">{t('contact.none')}</Typography>}
      {errors.contacts && <FormHelperText error>{errors.contacts}</FormHelperText>}
      {contacts.map((contact, index) => {
        const path = `contacts.${index}`;
        const legend = t('contact.legend', { number: index + 1 });
        return (
          <Box
            key={contact.id}
            component="fieldset"
            sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2, m: 0, minWidth: 0 }}
          >
            <Box component="legend" sx={{ px: 0.5, typography: 'subtitle2' }}>
              {legend}
            </Box>
            <Grid container spacing={2}>
              <Grid size={{ xs: 12, sm: 4 }}>
                <TextInputField
                  id={fieldId(form, `${path}.name`)}
                  label={t('contact.name')}
                  value={contact.name}
                  onChange={(name) => update(index, { name })}
                  error={errors[`${path}.name`]}
                  required
                />
              </Grid>
              <Grid size={{ xs: 12, sm: 4 }}>
                <TextInputField
                  id={fieldId(form, `${path}.email`)}
                  label={t('contact.email')}
                  value={contact.email}
                  onChange={(email) => update(index, { email })}
                  error={errors[`${path}.email`]}
                  type="email"
                />
              </Grid>
              <Grid size={{ xs: 12, sm: 4 }}>
                <TextInputField
                  id={fieldId(form, `${path}.phone`)}
                  label={t('contact.phone')}
                  value={contact.phone}
                  onChange={(phone) => update(index, { phone })}
                  error={errors[`${path}.phone`]}
                  type="tel"
                />
              </Grid>
            </Grid>
            <Stack
              direction="row"
              sx={{
                mt: 1,
                alignItems: 'center',
                justifyContent: 'space-between',
                flexWrap: 'wrap',
              }}
            >
              <FormGroup row id={fieldId(form, `${path}.roles`)}>
                {ROLES.map(({ role, label }) => (
                  <FormControlLabel
                    key={role}
                    control={
                      <Checkbox
                        checked={contact.roles.includes(role)}
                        onChange={(event) => toggleRole(index, role, event.target.checked)}
                      />
                    }
                    label={t(label)}
                  />
                ))}
              </FormGroup>
              <Button
                color="error"
                onClick={() => onChange(contacts.filter((_, i) => i !== index))}
                aria-label={t('contact.removeNamed', { legend })}
              >
                {t('action.remove')}
              </Button>
            </Stack>
            {errors[`${path}.roles`] && (
              <FormHelperText error>{errors[`${path}.roles`]}</FormHelperText>
            )}
          </Box>
        );
      })}
      <Box>
        <Button
          variant="outlined"
          onClick={() => onChange([...contacts, newContact(contacts.length === 0)])}
        >
          {t('contact.add')}
        </Button>
      </Box>
    </Stack>
  );
}
