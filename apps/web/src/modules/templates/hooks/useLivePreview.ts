import {
  type RenderedEmail,
  type RenderEmailInput,
  renderEmail,
  type TemplateProblem,
  TemplateRenderError,
} from '@ametrika/shared';
import { useDeferredValue, useMemo, useRef } from 'react';

export type LivePreview = {
  /** The last rendering that succeeded; kept while the current content has a mistake. */
  email: RenderedEmail | null;
  /** Why the current content does not render; empty when `email` is up to date. */
  problems: TemplateProblem[];
  failure: string | null;
};

/**
 * Renders with the shared `renderEmail`, the function the API sends with, on every change of the
 * content. Deferred, so a long body never makes typing lag: React renders the preview when idle.
 * `input` null: the data the preview needs (footer, account name) is still loading.
 */
export function useLivePreview(input: RenderEmailInput | null): LivePreview {
  const deferred = useDeferredValue(input);
  const lastGood = useRef<RenderedEmail | null>(null);
  return useMemo(() => {
    if (!deferred) return { email: null, problems: [], failure: null };
    try {
      lastGood.current = renderEmail(deferred);
      return { email: lastGood.current, problems: [], failure: null };
    } catch (error) {
      if (error instanceof TemplateRenderError) {
        return { email: lastGood.current, problems: error.problems, failure: null };
      }
      return {
        email: lastGood.current,
        problems: [],
        failure: error instanceof Error ? error.message : String(error),
      };
    }
  }, [deferred]);
}
