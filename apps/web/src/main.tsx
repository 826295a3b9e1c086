import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { Providers } from './app/Providers';
import { AppRoutes } from './app/routes';
import { setupI18n } from './i18n/setup';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Awaited before the first render so nobody sees English flash before their language loads.
void setupI18n().then((i18n) =>
  createRoot(root).render(
    <StrictMode>
      <Providers i18n={i18n}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </Providers>
    </StrictMode>,
  ),
);
