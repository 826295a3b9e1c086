import {
  getDefaultFooter,
  getSampleData,
  type Locale,
  previewEmailInputSchema,
  type RenderedEmail,
  suggestName,
  TEMPLATE_FIELD_LIMITS,
  type TemplateData,
  type TemplateKey,
  type TemplateProblem,
} from '@ametrika/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../auth/caller.js';
import { requireSignedIn } from '../../auth/policy.js';
import { type AppError, badInput, parseInput } from '../../graphql/errors.js';
import type { RenderBatchCommon } from './render-batch.js';
import { RenderPool } from './render-pool.js';
import { effectiveTemplateContent, type TemplateContent } from './template-content.js';
import {
  renderOrThrow,
  requireFooterSwitchAllowed,
  requireTemplateKey,
  templateProblemsError,
} from './template-errors.js';
import type { PreviewEmailInput } from './template.inputs.js';
import { accountNameOf, findFooterOverride, findTemplateOverride, resolveLocale } from './template-store.js';

/** Unsaved content that replaces the saved one for one rendering (preview, test email). */
export type UnsavedContent = { [K in keyof TemplateContent]?: TemplateContent[K] | null } & {
  footerBody?: string | null;
};

export type RenderForSendingInput = {
  accountId: string;
  key: string;
  locale: Locale;
  /** Values for the variables, used as given; null: the sample data (test emails). */
  data: TemplateData | null;
  /** Unsaved editor content (a test send); omitted fields use the account's saved template and footer. */
  content?: UnsavedContent;
};

export type RenderManyForSendingInput = {
  accountId: string;
  key: string;
  locale: Locale;
  /** One entry per email: the values for the variables, used as given (null: the sample data). */
  data: Array<TemplateData | null>;
};

/**
 * One email of a bulk rendering: what `renderForSending` returns, or the error it would throw (a
 * BAD_USER_INPUT from `templateProblemsError`, as `renderOrThrow` builds it) and its `problems`.
 */
export type BulkRenderResult =
  | { ok: true; email: RenderedEmail }
  | { ok: false; error: AppError; problems: TemplateProblem[] };

/** The account's saved content, read once, rendering any number of recipients' data on the render pool. */
export type BulkRendering = {
  render(data: Array<TemplateData | null>): Promise<BulkRenderResult[]>;
};

const withoutNulls = <T extends object>(value: T): Partial<T> =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v != null)) as Partial<T>;

/**
 * The one path from an account's saved content to an email: the preview and the sender both come
 * through `compose`, so what the admin previews is what recipients get, byte for byte.
 */
export class TemplateRenderService {
  /** Without a pool (the single renders of the templates module) bulk renders run on the main thread. */
  constructor(
    private readonly db: DataSource,
    private readonly pool: RenderPool = new RenderPool({ threads: 0, idleTimeoutMs: 0, niceness: 0 }),
  ) {}

  /**
   * Renders an email for sending: the account's saved template, its footer where included, its name
   * in the header, and `data` for the variables. Pass the transaction that writes the outbox row, so
   * both see the same saved content. Throws BAD_USER_INPUT with `problems` when it does not render
   * (for example a value missing from `data`).
   */
  async renderForSending(
    manager: EntityManager | null | undefined,
    input: RenderForSendingInput,
  ): Promise<RenderedEmail> {
    const key = requireTemplateKey(input.key);
    requireFooterSwitchAllowed(key, input.locale, input.content?.includesFooter);
    return this.compose(manager ?? this.db.manager, input.accountId, key, input.locale, {
      content: input.content,
      data: input.data,
    });
  }

  /**
   * `renderForSending` for many recipients of one email: the account's template, footer and name are read
   * once, then every `data` renders on the render pool's threads. One result per `data`, in order, each
   * byte for byte what `renderForSending` returns (or throws) for the same input.
   */
  async renderManyForSending(
    manager: EntityManager | null | undefined,
    input: RenderManyForSendingInput,
  ): Promise<BulkRenderResult[]> {
    const bulk = await this.openBulkRendering(manager, input);
    return bulk.render(input.data);
  }

  /**
   * The start of `renderManyForSending`, for a sender that renders in chunks: the saved content is read
   * now, once, and every later `render` uses it, so one send never mixes two versions of a template.
   */
  async openBulkRendering(
    manager: EntityManager | null | undefined,
    input: { accountId: string; key: string; locale: Locale },
  ): Promise<BulkRendering> {
    const key = requireTemplateKey(input.key);
    const common = await this.composition(manager ?? this.db.manager, input.accountId, key, input.locale);
    return {
      render: async (data) =>
        (await this.pool.renderMany(common, data)).map((outcome) =>
          outcome.ok
            ? outcome
            : { ok: false, error: templateProblemsError(outcome.problems), problems: outcome.problems },
        ),
    };
  }

  /** `previewEmail`: anyone of the account may preview; nothing is stored. */
  async renderForPreview(caller: Caller, input: PreviewEmailInput): Promise<RenderedEmail> {
    const signedIn = requireSignedIn(caller);
    const key = requireTemplateKey(input.key);
    const clean = parseInput(previewEmailInputSchema, input);
    const locale = await resolveLocale(this.db, signedIn, clean.locale);
    requireFooterSwitchAllowed(key, locale, clean.includesFooter);
    if (input.footerBody != null && input.footerBody.length > TEMPLATE_FIELD_LIMITS.footer) {
      throw badInput(
        'footerBody',
        `Footer: shorten it to at most ${TEMPLATE_FIELD_LIMITS.footer} characters.`,
      );
    }
    if (clean.variables) checkVariableNames(key, locale, clean.variables);
    return this.compose(this.db.manager, signedIn.accountId, key, locale, {
      content: {
        subject: clean.subject,
        preheader: clean.preheader,
        body: clean.body,
        includesFooter: clean.includesFooter,
        footerBody: input.footerBody,
      },
      data: clean.variables ?? null,
    });
  }

  private async compose(
    m: EntityManager,
    accountId: string,
    key: TemplateKey,
    locale: Locale,
    opts: { content?: UnsavedContent; data: TemplateData | null },
  ): Promise<RenderedEmail> {
    const common = await this.composition(m, accountId, key, locale, opts.content);
    return renderOrThrow({ ...common, data: opts.data });
  }

  /** Everything `renderEmail` needs except the data: the saved (or unsaved) content, footer, account name. */
  private async composition(
    m: EntityManager,
    accountId: string,
    key: TemplateKey,
    locale: Locale,
    content?: UnsavedContent,
  ): Promise<RenderBatchCommon> {
    const override = await findTemplateOverride(m, accountId, key, locale);
    const footer = await findFooterOverride(m, accountId, locale);
    const accountName = await accountNameOf(m, accountId);
    const unsaved = withoutNulls(content ?? {});
    const effective = { ...effectiveTemplateContent(key, locale, override), ...unsaved };
    return {
      key,
      locale,
      subject: effective.subject,
      preheader: effective.preheader,
      body: effective.body,
      includeFooter: effective.includesFooter,
      footerBody: unsaved.footerBody ?? footer?.body ?? getDefaultFooter(locale),
      accountName,
    };
  }
}

/** Integrators' data may name only the email's variables; a typo would otherwise surface as a missing value. */
function checkVariableNames(key: TemplateKey, locale: Locale, variables: Record<string, unknown>) {
  const known = Object.keys(getSampleData(key, locale));
  const fields = Object.keys(variables)
    .filter((name) => !known.includes(name))
    .map((name) => {
      const suggestion = suggestName(name, known);
      const hint = suggestion
        ? ` — did you mean \`${suggestion}\`?`
        : ` — this email can use: ${known.map((n) => `\`${n}\``).join(', ')}.`;
      return { field: `variables.${name}`, message: `Variables: unknown variable \`${name}\`${hint}` };
    });
  if (fields.length > 0) throw badInput('variables', fields[0].message, { fields });
}
