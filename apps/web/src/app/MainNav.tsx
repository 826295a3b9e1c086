import { NavLink, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

type Item = { to: string; label: string };

/** The manual's LEFT MENU. */
export function MainNav() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const isActive = (to: string) => pathname === to || pathname.startsWith(`${to}/`);

  const items: Item[] = [
    { to: '/users', label: t('nav.users') },
    { to: '/api-tokens', label: t('nav.apiTokens') },
    { to: '/deliveries', label: t('nav.deliveries') },
    { to: '/mailbox', label: t('nav.mailbox') },
    { to: '/playground', label: t('nav.playground') },
  ];
  const link = ({ to, label }: Item) => (
    <NavLink
      key={to}
      component={Link}
      to={to}
      label={label}
      active={isActive(to)}
      aria-current={isActive(to) ? 'page' : undefined}
    />
  );

  return (
    <Stack gap={2}>
      {/* A button, not Mantine's default <a> without href: that is not focusable, and its
          aria-expanded is not allowed on a plain element. */}
      <NavLink component="button" label={t('nav.accountConfiguration')} defaultOpened childrenOffset="md">
        {link({ to: '/settings/email', label: t('nav.email') })}
      </NavLink>
      {items.map(link)}
    </Stack>
  );
}
