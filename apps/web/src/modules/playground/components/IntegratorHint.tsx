import { Alert, Anchor, Code, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function IntegratorHint() {
  const { t } = useTranslation();
  const origin = typeof window === 'undefined' ? '' : window.location.origin;
  const example = [
    `curl ${origin}/graphql \\`,
    `  -H 'Authorization: Bearer <API token>' \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  -d '{"query":"{ users { email role } }"}'`,
  ].join('\n');

  return (
    <Alert variant="light" color="indigo" title={t('playground.hintTitle')}>
      <Text size="sm" mb="xs">
        {t('playground.hint')}{' '}
        {/* The alert's own text shade: the primary link colour is 4.46:1 on its indigo tint. */}
        <Anchor component={Link} to="/api-tokens" size="sm" c="indigo.9">
          {t('nav.apiTokens')}
        </Anchor>
      </Text>
      <Code block>{example}</Code>
    </Alert>
  );
}
