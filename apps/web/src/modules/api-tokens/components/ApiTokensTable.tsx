import { Badge, Code, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiTokensQuery } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/format';
import { RevokeTokenButton } from './RevokeTokenButton';

type Token = ApiTokensQuery['apiTokens'][number];

export function ApiTokensTable({ tokens, canRevoke }: { tokens: Token[]; canRevoke: boolean }) {
  const { t, i18n } = useTranslation();
  const date = (value: string | null) => formatDateTime(value, i18n.language) ?? t('common.never');

  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped verticalSpacing="sm">
        <Table.Caption>{t('apiTokens.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('apiTokens.name')}</Table.Th>
            <Table.Th scope="col">{t('apiTokens.scope')}</Table.Th>
            <Table.Th scope="col">{t('apiTokens.prefix')}</Table.Th>
            <Table.Th scope="col">{t('apiTokens.created')}</Table.Th>
            <Table.Th scope="col">{t('apiTokens.lastUsed')}</Table.Th>
            <Table.Th scope="col">{t('apiTokens.status')}</Table.Th>
            {canRevoke && <Table.Th scope="col">{t('apiTokens.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tokens.map((token) => (
            <Table.Tr key={token.id}>
              <Table.Td>{token.name}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={token.scope === 'ADMIN' ? 'indigo' : 'gray'}>
                  {t(`apiTokens.scopes.${token.scope}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Code>{token.prefix}…</Code>
              </Table.Td>
              <Table.Td>{date(token.createdAt)}</Table.Td>
              <Table.Td>{date(token.lastUsedAt)}</Table.Td>
              <Table.Td>
                <Badge variant="dot" color={token.revokedAt ? 'red' : 'teal'}>
                  {token.revokedAt ? t('apiTokens.revoked') : t('apiTokens.active')}
                </Badge>
              </Table.Td>
              {canRevoke && (
                <Table.Td>
                  {!token.revokedAt && <RevokeTokenButton id={token.id} name={token.name} />}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
