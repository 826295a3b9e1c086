import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { createApolloClient } from './app/apollo';
import { Providers } from './app/Providers';
import { AppRoutes } from './app/routes';
import { setupI18n } from './i18n/setup';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const client = createApolloClient();
// Awaited before the first render so nobody sees English flash before their language loads.
void setupI18n().then((i18n) =>
  createRoot(root).render(
    <StrictMode>
      <Providers client={client} i18n={i18n}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </Providers>
    </StrictMode>,
  ),
);
