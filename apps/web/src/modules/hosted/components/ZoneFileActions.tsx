import { Button, Code, Collapse, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { NS } from '../texts';
import { CopyTextButton } from './CopyTextButton';

function download(zoneFile: string, zone: string) {
  const url = URL.createObjectURL(new Blob([zoneFile], { type: 'text/dns' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${zone}.zone`;
  link.click();
  // The click has started the download; the URL only has to live until then.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ZoneFileActions({ zoneFile, zone }: { zoneFile: string; zone: string }) {
  const { t } = useTranslation(NS);
  const [shown, { toggle }] = useDisclosure(false);
  const panelId = useId();
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('zoneFile.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('zoneFile.description')}
      </Text>
      <Group gap="sm" align="flex-start">
        <CopyTextButton value={zoneFile} label={t('zoneFile.copy')} size="xs">
          {t('zoneFile.copy')}
        </CopyTextButton>
        <Button size="xs" variant="default" onClick={() => download(zoneFile, zone)}>
          {t('zoneFile.download')}
        </Button>
        <Button size="xs" variant="subtle" onClick={toggle} aria-expanded={shown} aria-controls={panelId}>
          {shown ? t('zoneFile.hide') : t('zoneFile.show')}
        </Button>
      </Group>
      <Collapse expanded={shown} id={panelId}>
        <Code
          block
          style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', fontSize: 12 }}
          data-testid="zone-file"
        >
          {zoneFile}
        </Code>
      </Collapse>
    </Stack>
  );
}
