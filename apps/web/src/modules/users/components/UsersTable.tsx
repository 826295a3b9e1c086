import { Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UsersQuery } from '../../../gql/graphql';

type User = UsersQuery['users'][number];

export function UsersTable({ users }: { users: User[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>{t('users.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('users.name')}</Table.Th>
            <Table.Th scope="col">{t('users.email')}</Table.Th>
            <Table.Th scope="col">{t('users.role')}</Table.Th>
            <Table.Th scope="col">{t('users.verified')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Td>{user.name || t('users.noName')}</Table.Td>
              <Table.Td>{user.email}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={user.role === 'ADMIN' ? 'indigo' : 'gray'}>
                  {t(`users.roles.${user.role}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Badge variant="dot" color={user.emailVerified ? 'teal' : 'orange'}>
                  {user.emailVerified ? t('users.verifiedBadge') : t('users.unverifiedBadge')}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
