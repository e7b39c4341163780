import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { logoSchema, type Logo } from '../../../shared/schemas/companyProfile';
import { fieldId } from '../../components/forms/formIssues';
import { t } from '../../i18n/t';

type LogoFieldProps = {
  value: Logo | null;
  onChange: (value: Logo | null) => void;
  form: string;
  /** A message from saving (path company.logo…). */
  error?: string | undefined;
};

/** Reads a file as base64 (without the data: prefix). */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

/**
 * The company logo: a PNG or JPEG of at most 1 MB, kept as base64 in the settings (so it is
 * part of every backup). A file the logo schema refuses is not taken, and says why.
 */
export function LogoField({ value, onChange, form, error }: LogoFieldProps) {
  const helpId = useId();
  const [fileError, setFileError] = useState<string | null>(null);
  const choose = async (file: File | undefined) => {
    if (!file) return;
    const candidate = { mimeType: file.type, dataBase64: await readBase64(file) };
    const checked = logoSchema.safeParse(candidate);
    if (!checked.success) {
      setFileError(checked.error.issues[0]?.message ?? t('settings.logo.invalid'));
      return;
    }
    setFileError(null);
    onChange(checked.data);
  };
  const message = fileError ?? error;
  return (
    <Stack spacing={1}>
      <Typography variant="subtitle1" component="p">
        {t('settings.logo')}
      </Typography>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Box
          sx={{
            width: 160,
            height: 80,
            border: 1,
            borderColor: 'divider',
            borderRadius: 1,
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            overflow: 'hidden',
          }}
        >
          {value ? (
            <img
              src={`data:${value.mimeType};base64,${value.dataBase64}`}
              alt={t('settings.logo.alt')}
              style={{ maxWidth: '100%', maxHeight: '100%' }}
            />
          ) : (
            <Typography variant="caption" color="text.secondary">
              {t('settings.logo.none')}
            </Typography>
          )}
        </Box>
        <Button
          variant="outlined"
          component="label"
          // The real control is the hidden file input inside; show its keyboard focus here.
          sx={{ '&:has(input:focus-visible)': { outline: 2, outlineColor: 'primary.main' } }}
        >
          {value ? t('settings.logo.replace') : t('settings.logo.choose')}
          <input
            id={fieldId(form, 'company.logo')}
            type="file"
            accept="image/png,image/jpeg"
            aria-describedby={helpId}
            aria-invalid={message ? true : undefined}
            onChange={(event) => {
              void choose(event.target.files?.[0]);
              event.target.value = '';
            }}
            style={{
              position: 'absolute',
              width: 1,
              height: 1,
              overflow: 'hidden',
              clip: 'rect(0 0 0 0)',
              whiteSpace: 'nowrap',
            }}
          />
        </Button>
        {value && (
          <Button color="error" onClick={() => onChange(null)}>
            {t('settings.logo.remove')}
          </Button>
        )}
      </Stack>
      <FormHelperText id={helpId} error={message !== undefined && message !== null}>
        {message ?? t('settings.logo.help')}
      </FormHelperText>
    </Stack>
  );
}
