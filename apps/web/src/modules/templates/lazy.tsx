import { lazy, Suspense } from 'react';
import { PageLoader } from '../../components/PageLoader';

// The editor, the renderer and the catalog are loaded only when one of these tabs opens.
const TemplateWorkspace = lazy(async () => ({
  default: (await import('./components/TemplateWorkspace')).TemplateWorkspace,
}));

export function TemplatesPanel() {
  return (
    <Suspense fallback={<PageLoader />}>
      <TemplateWorkspace tab="templates" />
    </Suspense>
  );
}

export function FooterPanel() {
  return (
    <Suspense fallback={<PageLoader />}>
      <TemplateWorkspace tab="footer" />
    </Suspense>
  );
}
