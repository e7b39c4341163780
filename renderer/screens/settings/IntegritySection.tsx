import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useFormatters, type Formatters } from '../../app/useFormatters';
import { FormSection } from '../../components/FormSection';
import { verifyIntegrity, type IntegrityReport } from '../../data/audit/verifyIntegrity';
import { getDb } from '../../data/database';
import type { MessageKey } from '../../i18n/catalogue';
import { t } from '../../i18n/t';
import { failureText } from './integrityText';

type State =
  | { step: 'idle' }
  | { step: 'checking' }
  | { step: 'done'; report: IntegrityReport }
  | { step: 'error'; message: string };

/**
 * Settings → Integrity: "Verify integrity" recomputes the audit chain (every posted invoice,
 * credit note and payment against the fingerprint taken when it was posted) and says either
 * that all records match or which record is the first that does not, and why. Read-only.
 */
export function IntegritySection() {
  const [state, setState] = useState<State>({ step: 'idle' });
  const formatters = useFormatters();

  const verify = async () => {
    setState({ step: 'checking' });
    try {
      setState({ step: 'done', report: await verifyIntegrity(getDb()) });
    } catch (error) {
      setState({ step: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <FormSection
      title={t('settings.integrity.title')}
      description={t('settings.integrity.help')}
      actions={
        <Button
          variant="outlined"
          onClick={() => void verify()}
          disabled={state.step === 'checking'}
        >
          {t('settings.integrity.verify')}
        </Button>
      }
    >
      <div aria-live="polite">
        {state.step === 'checking' && (
          <Typography role="status">{t('settings.integrity.checking')}</Typography>
        )}
        {state.step === 'error' && (
          <Alert severity="error">
            {t('settings.integrity.error', { message: state.message })}
          </Alert>
        )}
        {state.step === 'done' && <ReportAlert report={state.report} formatters={formatters} />}
      </div>
    </FormSection>
  );
}

function ReportAlert({ report, formatters }: { report: IntegrityReport; formatters: Formatters }) {
  if (report.ok) {
    const key: MessageKey =
      report.count === 0
        ? 'settings.integrity.empty'
        : report.count === 1
          ? 'settings.integrity.allMatchOne'
          : 'settings.integrity.allMatch';
    return (
      <Alert severity="success" role="status">
        {t(key, { count: report.count })}
      </Alert>
    );
  }
  return (
    <Alert severity="error">
      <Typography>{failureText(report.failure, formatters)}</Typography>
      <Typography variant="body2" sx={{ mt: 1 }}>
        {t('settings.integrity.advice')}
      </Typography>
    </Alert>
  );
}
