import {
  type RenderedEmail,
  type RenderEmailInput,
  renderEmail,
  type TemplateData,
  type TemplateProblem,
  TemplateRenderError,
} from '@ametrika/shared';

/** What every email of a batch shares (template, footer, account name); only `data` differs per recipient. */
export type RenderBatchCommon = Omit<RenderEmailInput, 'data'>;

/** What each render thread is started with. */
export type RenderThreadData = { niceness: number };

export type RenderBatch = { common: RenderBatchCommon; data: Array<TemplateData | null> };

/**
 * One recipient's email, or the problems that stopped it. Problems travel as data, not as a thrown
 * TemplateRenderError: an error crossing a thread boundary arrives without its `problems`, and one
 * recipient's bad data must not cost the rest of the batch.
 */
export type RenderOutcome = { ok: true; email: RenderedEmail } | { ok: false; problems: TemplateProblem[] };

/**
 * Renders each `data` with the shared `renderEmail`. Runs in a render thread (render-worker.ts) and, with
 * RENDER_THREADS=0 or as a fallback, on the main thread: the same function either way, so the same bytes.
 * Errors other than render problems (bugs) are thrown, as `renderOrThrow` does.
 */
export function renderBatch(batch: RenderBatch): RenderOutcome[] {
  return batch.data.map((data) => {
    try {
      return { ok: true, email: renderEmail({ ...batch.common, data }) };
    } catch (error) {
      if (error instanceof TemplateRenderError) return { ok: false, problems: error.problems };
      throw error;
    }
  });
}
