import { Button, Stack, Text, Textarea, VisuallyHidden } from '@mantine/core';
import { useClipboard } from '@mantine/hooks';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NS } from '../texts';

type CopyTextButtonProps = {
  value: string;
  /** Says what is copied, e.g. "Copy value of the DKIM record"; the visible text stays short. */
  label: string;
  /** Visible text instead of "Copy", e.g. "Copy all as a zone file". */
  children?: string;
  size?: 'compact-xs' | 'xs' | 'sm';
};

/**
 * Copies with the Clipboard API. Where the browser refuses (no permission, not a secure context),
 * the text appears selected in a read-only field so Ctrl+C still works.
 */
export function CopyTextButton({ value, label, children, size = 'compact-xs' }: CopyTextButtonProps) {
  const { t } = useTranslation(NS);
  const clipboard = useClipboard({ timeout: 2500 });
  const fallback = useRef<HTMLTextAreaElement>(null);
  const hintId = useId();
  const refused = clipboard.error !== null;

  useEffect(() => {
    if (!refused || !fallback.current) return;
    fallback.current.focus();
    fallback.current.select();
  }, [refused]);

  return (
    <Stack gap={4} align="flex-start" w={refused ? '100%' : undefined}>
      <Button
        size={size}
        variant={clipboard.copied ? 'filled' : 'light'}
        color={clipboard.copied ? 'teal' : undefined}
        onClick={() => clipboard.copy(value)}
        aria-label={label}
        data-copied={clipboard.copied || undefined}
      >
        {clipboard.copied ? t('copy.copied') : (children ?? t('copy.copy'))}
      </Button>
      <VisuallyHidden role="status" aria-live="polite">
        {clipboard.copied ? t('copy.copiedAnnouncement') : ''}
      </VisuallyHidden>
      {refused && (
        <>
          <Textarea
            ref={fallback}
            readOnly
            value={value}
            rows={Math.min(8, Math.ceil(value.length / 72) + value.split('\n').length)}
            w="100%"
            aria-label={t('copy.fallbackLabel')}
            aria-describedby={hintId}
            onFocus={(event) => event.currentTarget.select()}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }}
          />
          <Text id={hintId} size="xs" c="orange.8" role="alert">
            {t('copy.fallback')}
          </Text>
        </>
      )}
    </Stack>
  );
}
