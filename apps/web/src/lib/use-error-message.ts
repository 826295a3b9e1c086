import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isNetworkError, toApiError } from './graphql-errors';

/**
 * Turns any error of an operation into one sentence for the user. FORBIDDEN names what only
 * administrators may do; other API errors show the server's message, which is written for people.
 */
export function useErrorMessage() {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown, forbiddenAction?: string): string => {
      const apiError = toApiError(error);
      if (apiError?.code === 'FORBIDDEN') {
        return forbiddenAction
          ? t('errors.forbidden', { action: forbiddenAction })
          : t('errors.forbiddenGeneric');
      }
      if (apiError?.message) return apiError.message;
      if (isNetworkError(error)) return t('errors.network');
      return t('errors.unknown');
    },
    [t],
  );
}
