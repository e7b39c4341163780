import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Link from '@mui/material/Link';
import { t } from '../i18n/t';
import { fieldId, type SummaryError } from './forms/formIssues';

export type FormErrorSummaryProps = {
  /** The form's id prefix, as given to fieldId(), so a message can focus its input. */
  form: string;
  errors: readonly SummaryError[];
  /** The sentence above the list; by default "Please correct the marked fields…". */
  title?: string | undefined;
};

/**
 * The problems that stopped a save, listed at the top of the form and announced to screen
 * readers. Each message links to its field; a message of the record as a whole (path '')
 * or of a field the form does not show is listed as plain text.
 */
export function FormErrorSummary({ form, errors, title }: FormErrorSummaryProps) {
  if (errors.length === 0) return null;
  const focus = (path: string) => {
    const element = document.getElementById(fieldId(form, path));
    if (!element) return false;
    element.focus();
    return true;
  };
  return (
    <Alert severity="error" role="alert" sx={{ mb: 2 }} data-testid={`${form}-error-summary`}>
      <AlertTitle>{title ?? t('common.fixFields')}</AlertTitle>
      <ul style={{ margin: 0, paddingLeft: 20 }}>
        {errors.map((error) => (
          <li key={`${error.path}|${error.message}`}>
            {error.path !== '' && document.getElementById(fieldId(form, error.path)) ? (
              <Link
                component="button"
                type="button"
                color="inherit"
                onClick={() => focus(error.path)}
                sx={{
                  display: 'inline',
                  textAlign: 'left',
                  verticalAlign: 'baseline',
                  font: 'inherit',
                }}
              >
                {error.message}
              </Link>
            ) : (
              error.message
            )}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
