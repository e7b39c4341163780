import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { notify } from '../../app/notifications';
import { today } from '../../data/clock';
import { getDb } from '../../data/database';
import { seedDemoCompany } from '../../data/demoCompany';
import { t } from '../../i18n/t';
import { navigate } from '../../navigation/navigationStore';

/**
 * Fills an empty database with a sample company, customers, products and documents, for a
 * look around before setting up one's own business. Offered on first run only: seeding
 * next to real records would mix invented invoices into the books.
 */
export function DemoCompanyButton({ disabled }: { disabled: boolean }) {
  const [busy, setBusy] = useState(false);
  const explore = async () => {
    setBusy(true);
    try {
      const result = await seedDemoCompany(getDb(), today());
      if (!result.ok) {
        notify(t('common.saveFailed', { reason: result.error.message }), 'error');
        return;
      }
      notify(t('setup.demoReady'));
      navigate({ screen: 'dashboard' });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      notify(t('common.unexpectedError', { message }), 'error');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack spacing={0.5}>
      <Button variant="outlined" onClick={() => void explore()} disabled={disabled || busy}>
        {t('setup.demo')}
      </Button>
      <Typography variant="caption" color="text.secondary">
        {t('setup.demoHelp')}
      </Typography>
    </Stack>
  );
}
