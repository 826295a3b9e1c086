import { Badge, Group, Table, Text } from '@mantine/core';
import type { UserRowFieldsFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/format';
import { useUsersTranslation } from '../texts';
import { DeleteUserButton } from './DeleteUserButton';
import { ResendVerificationButton } from './ResendVerificationButton';

type UsersTableProps = {
  users: UserRowFieldsFragment[];
  /** Admins get the actions column; members see the list read-only. */
  canManage: boolean;
  currentUserId: string | undefined;
};

export function UsersTable({ users, canManage, currentUserId }: UsersTableProps) {
  const { t, i18n } = useUsersTranslation();
  return (
    <Table.ScrollContainer minWidth={canManage ? 880 : 640}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>{t('caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('name')}</Table.Th>
            <Table.Th scope="col">{t('email')}</Table.Th>
            <Table.Th scope="col">{t('role')}</Table.Th>
            <Table.Th scope="col">{t('verified')}</Table.Th>
            <Table.Th scope="col">{t('createdAt')}</Table.Th>
            {canManage && <Table.Th scope="col">{t('actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => {
            const isSelf = user.id === currentUserId;
            return (
              <Table.Tr key={user.id} data-testid={`user-row-${user.email}`}>
                <Table.Td>
                  {user.name || t('noName')}
                  {isSelf && (
                    <Text span size="sm" c="dimmed">
                      {' '}
                      ({t('you')})
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{user.email}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={user.role === 'ADMIN' ? 'indigo' : 'gray'}>
                    {t(`roles.${user.role}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Badge variant="dot" color={user.emailVerified ? 'teal' : 'orange'}>
                    {user.emailVerified ? t('verifiedBadge') : t('unverifiedBadge')}
                  </Badge>
                </Table.Td>
                <Table.Td>{formatDateTime(user.createdAt, i18n.language)}</Table.Td>
                {canManage && (
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      {!user.emailVerified && (
                        <ResendVerificationButton userId={user.id} email={user.email} />
                      )}
                      {/* The API refuses it too; hiding it saves a pointless round trip. */}
                      {!isSelf && <DeleteUserButton userId={user.id} email={user.email} />}
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
