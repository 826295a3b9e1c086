import { Alert, Stack } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { useMe } from '../../auth/hooks/useMe';
import { useEmailSettings } from '../hooks/useEmailSettings';
import { useVerifiedRecipients } from '../../users/hooks/useVerifiedRecipients';
import { useSenderTranslation } from '../texts';
import { AuditList } from './AuditList';
import { SenderCards } from './SenderCards';
import { SenderIdentityForm } from './SenderIdentityForm';
import { SmtpSection } from './SmtpSection';

/** ACCOUNT CONFIGURATION > EMAIL > Sender: loaded lazily by the tab page. */
export function SenderTab() {
  const { t } = useSenderTranslation();
  const { me } = useMe();
  const { settings, loading, error, refetch } = useEmailSettings();
  const isAdmin = me?.role === 'ADMIN';
  const recipients = useVerifiedRecipients().recipients ?? [];
  const [chosen, setChosen] = useState<string>();
  // Until the admin picks another, tests go to their own address (the API's default too).
  const recipient = chosen ?? (me?.email && recipients.includes(me.email) ? me.email : recipients[0]);

  if (error) return <ErrorAlert error={error} title={t('loadFailed')} onRetry={() => void refetch()} />;
  if (loading || !settings) return <PageLoader />;
  const readOnly = !isAdmin;

  return (
    <Stack gap="xl">
      {readOnly && (
        <Alert variant="light" color="gray" role="note">
          {t('readOnly')}
        </Alert>
      )}
      <SenderCards
        settings={settings}
        recipients={recipients}
        recipient={recipient}
        onRecipientChange={setChosen}
        readOnly={readOnly}
      />
      <SenderIdentityForm settings={settings} readOnly={readOnly} />
      <SmtpSection settings={settings} recipient={recipient} readOnly={readOnly} />
      <AuditList />
    </Stack>
  );
}
