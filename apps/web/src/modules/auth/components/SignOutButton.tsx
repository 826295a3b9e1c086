import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSignOut } from '../hooks/useSignOut';

export function SignOutButton() {
  const { t } = useTranslation();
  const { signOut, loading } = useSignOut();
  return (
    <Button variant="default" size="xs" onClick={() => void signOut()} loading={loading}>
      {loading ? t('header.signingOut') : t('header.signOut')}
    </Button>
  );
}
