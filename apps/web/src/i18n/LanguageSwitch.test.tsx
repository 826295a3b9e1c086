import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { meMock, renderApp } from '../test/render-app';
import { detectLanguage, LANGUAGE_STORAGE_KEY } from './setup';

describe('LanguageSwitch', () => {
  it('switches the texts to German and remembers the choice', async () => {
    await renderApp({ path: '/sign-in', mocks: [meMock(null)] });
    expect(await screen.findByRole('heading', { name: 'Sign in to Ametrika Email' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Deutsch' }));

    expect(await screen.findByRole('heading', { name: 'Bei Ametrika Email anmelden' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Anmelden' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Deutsch' }).getAttribute('aria-pressed')).toBe('true');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('de');
    expect(detectLanguage()).toBe('de');
    expect(document.documentElement.lang).toBe('de');
  });

  it('translates the shared schema messages too', async () => {
    await renderApp({ path: '/sign-in', mocks: [meMock(null)], language: 'de' });
    fireEvent.click(await screen.findByRole('button', { name: 'Anmelden' }));
    expect(await screen.findByText('Bitte geben Sie eine E-Mail-Adresse ein.')).toBeTruthy();
  });
});
