import { Badge, Button, Code, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import type { HostedDomainFieldsFragment } from '../../../gql/graphql';
import { useDkimRotation } from '../hooks/useDkimRotation';
import { NS } from '../texts';

type Hosted = Pick<HostedDomainFieldsFragment, 'records' | 'selector' | 'pendingSelector'>;

export function DkimRotation({ hosted, canEdit }: { hosted: Hosted; canEdit: boolean }) {
  const { t } = useTranslation(NS);
  const { rotate, retire, rotating, retiring, error } = useDkimRotation();
  const keys = hosted.records.filter((record) => record.purpose === 'DKIM' && record.selector);

  const startRotation = async () => {
    const next = await rotate();
    if (next?.pendingSelector) {
      notifications.show({
        color: 'teal',
        message: t('rotation.rotated', { selector: next.pendingSelector }),
      });
    }
  };
  const retireKey = async (selector: string) => {
    if (await retire(selector))
      notifications.show({ color: 'teal', message: t('rotation.retired', { selector }) });
  };

  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('rotation.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('rotation.description')}
      </Text>
      <Group gap="xl">
        <Text size="sm">
          {t('rotation.active')}: <Code data-testid="active-selector">{hosted.selector}</Code>
        </Text>
        <Text size="sm">
          {t('rotation.pending')}:{' '}
          {hosted.pendingSelector ? <Code>{hosted.pendingSelector}</Code> : t('rotation.noPending')}
        </Text>
      </Group>
      {keys.length > 1 && (
        <Stack gap={6}>
          {keys.map((record) => (
            <Group key={record.selector} gap="sm">
              <Code>{record.selector}</Code>
              {record.dkimKeyState && (
                <Badge variant="light" color={record.dkimKeyState === 'ACTIVE' ? 'green' : 'gray'}>
                  {t(`rotation.states.${record.dkimKeyState}`)}
                </Badge>
              )}
              {canEdit && record.dkimKeyState !== 'ACTIVE' && record.selector && (
                <Button
                  size="compact-xs"
                  variant="default"
                  loading={retiring}
                  onClick={() => void retireKey(record.selector as string)}
                >
                  {t('rotation.retire', { selector: record.selector })}
                </Button>
              )}
            </Group>
          ))}
        </Stack>
      )}
      {error && <ErrorAlert error={error} />}
      {canEdit && !hosted.pendingSelector && (
        <div>
          <Button variant="default" onClick={() => void startRotation()} loading={rotating}>
            {t('rotation.rotate')}
          </Button>
        </div>
      )}
    </Stack>
  );
}
