import type { Locale, TemplateData, TemplateKey } from '@ametrika/shared';
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
