import { Tabs } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { FooterPanel, TemplatesPanel } from '../../templates/lazy';

// Each tab is its own lazy chunk from its own module, so opening one tab loads only its code.
const SenderTab = lazy(async () => ({ default: (await import('./SenderTab')).SenderTab }));

const TABS = ['sender', 'templates', 'footer'] as const;
type Tab = (typeof TABS)[number];
const isTab = (value: string | undefined): value is Tab => TABS.includes(value as Tab);

/** ACCOUNT CONFIGURATION > EMAIL; the tab is part of the URL so it can be linked and reloaded. */
export function EmailSettingsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { tab } = useParams();
  if (tab !== undefined && !isTab(tab)) return <Navigate to="/settings/email" replace />;
  const active: Tab = tab ?? 'sender';

  return (
    <>
      <PageHeader
        eyebrow={t('emailSettings.breadcrumb')}
        title={t('emailSettings.title')}
        description={t('emailSettings.description')}
      />
      <Tabs
        value={active}
        onChange={(value) => value && void navigate(`/settings/email/${value}`)}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          {TABS.map((key) => (
            <Tabs.Tab key={key} value={key}>
              {t(`emailSettings.tabs.${key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="sender">
          <Suspense fallback={<PageLoader />}>
            <SenderTab />
          </Suspense>
        </Tabs.Panel>
        <Tabs.Panel value="templates">
          <TemplatesPanel />
        </Tabs.Panel>
        <Tabs.Panel value="footer">
          <FooterPanel />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
