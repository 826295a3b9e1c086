import { Alert, Badge, Code, Group, Loader, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useReducedMotion } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { SmtpStageStatus, SmtpTestReportFieldsFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/format';
import { hintText } from '../lib/localized';
import { useSenderTranslation } from '../texts';

const STATUS_LOOK: Record<SmtpStageStatus, { color: string; icon: string }> = {
  OK: { color: 'teal', icon: '✓' },
  FAILED: { color: 'red', icon: '✕' },
  SKIPPED: { color: 'gray', icon: '–' },
};

/** How long each stage waits before it appears, so the admin can follow the test step by step. */
const REVEAL_STEP_MS = 180;

type Report = SmtpTestReportFieldsFragment;

/** The reply text usually starts with its code already ("250 2.0.0 Ok"); add the code only if not. */
function replyText(code: number | null | undefined, response: string) {
  return code && !response.startsWith(String(code)) ? `${code} ${response}` : response;
}

/** The API answers once with every stage; revealing them one after another mirrors how the test ran. */
function useRevealedCount(report: Report | null | undefined, animate: boolean) {
  const total = report?.stages.length ?? 0;
  const [shown, setShown] = useState(animate ? 0 : total);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new report restarts the reveal
  useEffect(() => {
    if (!animate) return setShown(total);
    setShown(0);
    const timer = setInterval(() => setShown((n) => (n >= total ? n : n + 1)), REVEAL_STEP_MS);
    return () => clearInterval(timer);
  }, [report, total, animate]);
  return shown;
}

type SmtpTestReportProps = { report: Report | null | undefined; running: boolean; fresh: boolean };

export function SmtpTestReport({ report, running, fresh }: SmtpTestReportProps) {
  const { t, i18n } = useSenderTranslation();
  const reduceMotion = useReducedMotion();
  const shown = useRevealedCount(report, fresh && !reduceMotion);
  if (!running && !report) return null;

  const done = !running && report && shown >= report.stages.length;
  const failed = report?.stages.find((stage) => stage.status === 'FAILED');

  return (
    <Paper withBorder p="md" aria-busy={running || !done} data-testid="smtp-test-report">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h5">
            {t('report.title')}
          </Title>
          {report?.testedAt && !running && (
            <Text size="xs" c="dimmed">
              {t('report.testedAt', { when: formatDateTime(report.testedAt, i18n.language) })}
            </Text>
          )}
        </Group>
        {running ? (
          <Group gap="sm" role="status">
            <Loader size="sm" />
            <Text size="sm">{t('report.running')}</Text>
          </Group>
        ) : (
          report && (
            <Stack
              gap="xs"
              component="ol"
              aria-label={t('report.stagesLabel')}
              p={0}
              m={0}
              style={{ listStyle: 'none' }}
            >
              {report.stages.slice(0, shown).map((stage) => {
                const look = STATUS_LOOK[stage.status];
                const hint = hintText(stage.hint, i18n.language);
                return (
                  <Group
                    key={stage.stage}
                    component="li"
                    align="flex-start"
                    wrap="nowrap"
                    gap="sm"
                    data-stage={stage.stage}
                    data-status={stage.status}
                  >
                    <ThemeIcon color={look.color} variant="light" radius="xl" size="md" aria-hidden>
                      {look.icon}
                    </ThemeIcon>
                    <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
                      <Group gap="xs">
                        <Text fw={600} size="sm">
                          {t(`report.stages.${stage.stage}`)}
                        </Text>
                        <Badge size="sm" variant="light" color={look.color}>
                          {t(`report.status.${stage.status}`)}
                        </Badge>
                        {stage.status !== 'SKIPPED' && (
                          <Text size="xs" c="dimmed">
                            {t('report.duration', { ms: Math.round(stage.durationMs) })}
                          </Text>
                        )}
                      </Group>
                      {stage.response && (
                        <Text size="xs" style={{ wordBreak: 'break-word' }}>
                          <Text span size="xs" c="dimmed">
                            {t('report.reply')}:{' '}
                          </Text>
                          <Code>{replyText(stage.responseCode, stage.response)}</Code>
                        </Text>
                      )}
                      {stage.detail && (
                        <Text size="xs" c="dimmed" style={{ wordBreak: 'break-word' }}>
                          {stage.detail}
                        </Text>
                      )}
                      {hint && (
                        <Text size="sm" c="red.8" data-testid="stage-hint">
                          {hint}
                        </Text>
                      )}
                    </Stack>
                  </Group>
                );
              })}
            </Stack>
          )
        )}
        {done && report && (
          <Alert
            variant="light"
            color={report.ok ? 'teal' : 'red'}
            role={report.ok ? 'status' : 'alert'}
            title={
              report.ok
                ? t('report.passed')
                : t('report.failed', { stage: failed ? t(`report.stages.${failed.stage}`) : '' })
            }
          >
            <Stack gap={4}>
              <Text size="sm">{report.message}</Text>
              {report.ok && !report.ofSavedSettings && (
                <Text size="sm" fw={500}>
                  {t('report.unsaved')}
                </Text>
              )}
            </Stack>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
