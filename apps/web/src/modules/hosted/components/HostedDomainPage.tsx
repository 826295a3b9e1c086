import { Alert, Anchor, EmptyState, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { useMe } from '../../auth/hooks/useMe';
import { useHostedSettings } from '../hooks/useHostedSettings';
import { NS } from '../texts';
import { DkimRotation } from './DkimRotation';
import { DnsRecordsTable } from './DnsRecordsTable';
import { DomainStatusPanel } from './DomainStatusPanel';
import { EnableHostedSending } from './EnableHostedSending';
import { HostedDomainForm } from './HostedDomainForm';
import { ProviderGuide } from './ProviderGuide';
import { ZoneFileActions } from './ZoneFileActions';

/** ACCOUNT CONFIGURATION > EMAIL > Sender > hosted email: APPLY, publish, verify, enable. */
export function HostedDomainPage() {
  const { t } = useTranslation(NS);
  const { me } = useMe();
  const { settings, hosted, loading, error, refetch } = useHostedSettings();
  const canEdit = me?.role === 'ADMIN';

  const header = (
    <>
      <Anchor component={Link} to="/settings/email/sender" size="sm">
        ← {t('back')}
      </Anchor>
      <PageHeader eyebrow={t('breadcrumb')} title={t('title')} description={t('description')} />
    </>
  );
  if (error && !settings) {
    return (
      <>
        {header}
        <ErrorAlert error={error} title={t('loadFailed')} onRetry={() => void refetch()} />
      </>
    );
  }
  if (loading || !settings) {
    return (
      <>
        {header}
        <PageLoader />
      </>
    );
  }

  return (
    <>
      {header}
      <Stack gap="xl">
        {!canEdit && (
          <Alert variant="light" color="gray">
            {t('readOnly')}
          </Alert>
        )}
        <Paper withBorder p="lg">
          <Title order={2} size="h4" mb="md">
            {t('form.title')}
          </Title>
          {/* A new domain from the server (APPLY elsewhere, another tab) refills the form. */}
          <HostedDomainForm key={hosted?.domain ?? 'none'} current={hosted} canEdit={canEdit} />
        </Paper>
        {!hosted ? (
          <EmptyState variant="light" align="left" description={t('empty')} />
        ) : (
          <>
            <Paper withBorder p="lg">
              <DomainStatusPanel hosted={hosted} canEdit={canEdit} />
            </Paper>
            <section aria-labelledby="hosted-records-title">
              <Title order={2} size="h4" id="hosted-records-title">
                {t('records.title')}
              </Title>
              <Text size="sm" c="dimmed" mb="sm">
                {t('records.description', { zone: hosted.zone })}
              </Text>
              <Paper withBorder p="xs">
                <DnsRecordsTable records={hosted.records} domain={hosted.domainUnicode} />
              </Paper>
              <Paper withBorder p="md" mt="md">
                <ZoneFileActions zoneFile={hosted.zoneFile} zone={hosted.zone} />
              </Paper>
            </section>
            <Paper withBorder p="lg">
              <EnableHostedSending settings={{ ...settings, hosted }} canEdit={canEdit} />
            </Paper>
            <Paper withBorder p="lg">
              <ProviderGuide hosted={hosted} />
            </Paper>
            <Paper withBorder p="lg">
              <DkimRotation hosted={hosted} canEdit={canEdit} />
            </Paper>
          </>
        )}
      </Stack>
    </>
  );
}
