import { Alert, Button, List, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import type { HostedEmailSettingsFieldsFragment } from '../../../gql/graphql';
import { useEnableHostedSending } from '../hooks/useEnableHostedSending';
import { useRecordTexts } from '../hooks/useRecordTexts';
import { blockingRecords, recordKey } from '../lib/records';
import { NS } from '../texts';

type Settings = HostedEmailSettingsFieldsFragment & {
  hosted: NonNullable<HostedEmailSettingsFieldsFragment['hosted']>;
};

/** The button stays disabled until the domain verifies and says, record by record, what is missing. */
export function EnableHostedSending({ settings, canEdit }: { settings: Settings; canEdit: boolean }) {
  const { t } = useTranslation(NS);
  const texts = useRecordTexts();
  const { enableHostedSending, loading, error } = useEnableHostedSending();
  const missingId = useId();
  const { hosted } = settings;
  const missing = blockingRecords(hosted.records);
  const active = settings.senderMode === 'HOSTED';

  const enable = async () => {
    const result = await enableHostedSending();
    if (result)
      notifications.show({ color: 'teal', message: t('enable.enabled', { from: result.activeFromAddress }) });
  };

  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('enable.title')}
      </Title>
      {active ? (
        <Alert color="green" variant="light" data-testid="hosted-active">
          {t('enable.active', { from: settings.activeFromAddress })}
        </Alert>
      ) : (
        <>
          {!hosted.readyToEnable && (
            <Stack gap={4} id={missingId} data-testid="enable-missing">
              <Text size="sm">{missing.length ? t('enable.missingIntro') : t('enable.notVerified')}</Text>
              <List size="sm" spacing={2}>
                {missing.map((record) => (
                  <List.Item key={recordKey(record)}>
                    {t('enable.missingItem', {
                      purpose: texts.label(record),
                      type: record.type,
                      name: record.name,
                      status: t(`records.statuses.${record.status}`),
                    })}
                  </List.Item>
                ))}
              </List>
            </Stack>
          )}
          {error && <ErrorAlert error={error} />}
          {canEdit && (
            <div>
              <Button
                onClick={() => void enable()}
                loading={loading}
                disabled={!hosted.readyToEnable}
                aria-describedby={hosted.readyToEnable ? undefined : missingId}
              >
                {loading ? t('enable.enabling') : t('enable.button')}
              </Button>
            </div>
          )}
        </>
      )}
    </Stack>
  );
}
