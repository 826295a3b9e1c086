import { Alert, List, Text } from '@mantine/core';
import type { DetectSmtpSettingsMutation } from '../../../gql/graphql';
import { hintText } from '../lib/localized';
import { useSenderTranslation } from '../texts';

type Detection = DetectSmtpSettingsMutation['detectSmtpSettings'];

/** What Detect settings found: the proposal that was filled in, or why nothing works. */
export function DetectionResult({ detection }: { detection: Detection | undefined }) {
  const { t, i18n } = useSenderTranslation();
  if (!detection) return null;
  if (detection.refusal) {
    return (
      <Alert variant="light" color="red" role="alert">
        <Text size="sm">{hintText(detection.refusalHint, i18n.language) ?? detection.refusal}</Text>
      </Alert>
    );
  }
  const found = detection.proposedPort != null;
  return (
    <Alert variant="light" color={found ? 'teal' : 'yellow'} role="status">
      <Text size="sm" fw={500}>
        {found
          ? t('smtp.detected', {
              port: detection.proposedPort,
              tls: detection.proposedSecure ? t('smtp.on') : t('smtp.off'),
            })
          : t('smtp.detectedNothing')}
      </Text>
      <List size="xs" mt={4}>
        {detection.candidates.map((candidate) => (
          <List.Item key={`${candidate.port}-${candidate.secure}`}>{candidate.message}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
