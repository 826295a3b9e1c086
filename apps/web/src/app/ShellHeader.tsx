import { Burger, Divider, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { SignOutButton } from '../modules/auth/components/SignOutButton';
import { useAccount } from '../modules/auth/hooks/useAccount';
import { useMe } from '../modules/auth/hooks/useMe';

type ShellHeaderProps = { navOpened: boolean; onToggleNav: () => void };

export function ShellHeader({ navOpened, onToggleNav }: ShellHeaderProps) {
  const { t } = useTranslation();
  const { me } = useMe();
  const { account } = useAccount();
  const user = me?.name || me?.email || '';

  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <Burger
          opened={navOpened}
          onClick={onToggleNav}
          hiddenFrom="sm"
          size="sm"
          aria-label={navOpened ? t('app.closeNavigation') : t('app.openNavigation')}
          aria-expanded={navOpened}
          aria-controls="main-navigation"
        />
        <Text fw={700} c="indigo.7" size="lg">
          {t('app.name')}
        </Text>
        {account && (
          <>
            <Divider orientation="vertical" visibleFrom="sm" />
            <Text size="sm" visibleFrom="sm" data-testid="account-name">
              <Text span c="dimmed" size="sm">
                {t('header.account')}:{' '}
              </Text>
              {account.name}
            </Text>
          </>
        )}
      </Group>
      <Group gap="md" wrap="nowrap">
        {me && (
          <Text size="sm" visibleFrom="md" title={me.email} data-testid="signed-in-user">
            {t('header.signedInAs', { user })}
          </Text>
        )}
        <LanguageSwitch />
        <SignOutButton />
      </Group>
    </Group>
  );
}
