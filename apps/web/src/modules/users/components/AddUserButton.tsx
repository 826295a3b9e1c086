import { Button, Modal } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { UserRowFieldsFragment } from '../../../gql/graphql';
import { useUsersTranslation } from '../texts';
import { AddUserForm } from './AddUserForm';

export function AddUserButton({ onCreated }: { onCreated: (user: UserRowFieldsFragment) => void }) {
  const { t } = useUsersTranslation();
  const [opened, { open, close }] = useDisclosure(false);

  return (
    <>
      <Button onClick={open}>{t('add.open')}</Button>
      {/* The form unmounts on close, so it opens empty next time. */}
      <Modal opened={opened} onClose={close} title={t('add.title')} size="lg">
        <AddUserForm
          onCancel={close}
          onCreated={(user) => {
            close();
            onCreated(user);
          }}
        />
      </Modal>
    </>
  );
}
