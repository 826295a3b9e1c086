import { type Locale, type TemplateData, type TemplateKey, renderEmail } from '@ametrika/shared';
import type { EntityManager } from 'typeorm';

export type RenderForSendingInput = {
  accountId: string;
  key: TemplateKey;
  locale: Locale;
  data: TemplateData;
  /** Unsaved editor content for a test send; omitted fields use the account's saved template. */
  content?: { subject?: string | null; preheader?: string | null; body?: string | null };
};

export type RenderedForSending = { subject: string; html: string; text: string };

/**
 * The port through which anything that sends email renders a template: the account's saved template and
 * footer, the shared renderer, the data. The templates module provides the real implementation.
 */
export type TemplateRendering = {
  renderForSending(manager: EntityManager, input: RenderForSendingInput): Promise<RenderedForSending>;
};

/** Catalog defaults only: what an account without overrides gets. */
export const defaultTemplateRendering: TemplateRendering = {
  async renderForSending(_manager, input) {
    const { subject, html, text } = renderEmail({
      key: input.key,
      locale: input.locale,
      ...input.content,
      data: input.data,
      accountName: String(input.data.account_name ?? ''),
    });
    return { subject, html, text };
  },
};
