import { useSettings } from '../../app/useSettings';
import { LoadingScreen } from '../../components/LoadingScreen';
import { BackupSection } from './BackupSection';
import { EmailSettings } from './EmailSettings';
import { IntegritySection } from './IntegritySection';
import { SettingsForm } from './SettingsForm';
import { settingsDraftOf } from './settingsDraft';

/**
 * The business settings (the form reads them once and keeps what the user types), then
 * Settings → E-mail, whose parts are saved each by itself.
 */
export function SettingsScreen(_props: { id: string }) {
  const settings = useSettings();
  if (!settings) return <LoadingScreen />;
  return (
    <>
      <SettingsForm initial={settingsDraftOf(settings)} />
      <EmailSettings settings={settings} />
      <BackupSection />
      <IntegritySection />
    </>
  );
}
