import {
  getTemplateDefinition,
  isTemplateKey,
  type Locale,
  TEMPLATE_KEYS,
  type TemplateKey,
  updateTemplateInputSchema,
} from '@ametrika/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { Caller, SignedInCaller } from '../../auth/caller.js';
import { requireAdmin, requireSignedIn } from '../../auth/policy.js';
import { notFound, parseInput } from '../../graphql/errors.js';
import type { AuditService } from '../audit/audit.service.js';
import {
  defaultTemplateContent,
  effectiveTemplateContent,
  sameTemplateContent,
  type TemplateContent,
  toTemplateView,
} from './template-content.js';
import { templateAuditText } from './messages.js';
import { requireFooterSwitchAllowed, requireTemplateKey } from './template-errors.js';
import { type RenderForSendingInput, TemplateRenderService } from './template-render.service.js';
import {
  addVersion,
  findTemplateOverride,
  findVersion,
  inTransaction,
  listVersions,
  resolveLocale,
  templateOverridesByKey,
  writeTemplateOverride,
} from './template-store.js';
import { type TemplateVersion, TemplateVersionKind } from './template-version.entity.js';
import type { PreviewEmailInput, UpdateTemplateInput } from './template.inputs.js';
import type { TemplateType } from './template.types.js';

const AUDIT_ACTIONS = {
  SAVE: 'TEMPLATE_UPDATED',
  RESET: 'TEMPLATE_RESET',
  RESTORE: 'TEMPLATE_VERSION_RESTORED',
} as const;

/**
 * The account's email templates. Anyone of the account reads them; only admins change them. Every
 * change that alters the content writes a version (SAVE, RESET or RESTORE) and an audit event;
 * a change to the same content writes nothing. Content that does not render is never stored.
 */
export class TemplateService {
  private readonly renderer: TemplateRenderService;

  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {
    this.renderer = new TemplateRenderService(db);
  }

  /** For everything that sends email (the `TemplateRendering` port): see TemplateRenderService. */
  renderForSending(manager: EntityManager | null | undefined, input: RenderForSendingInput) {
    return this.renderer.renderForSending(manager, input);
  }

  renderForPreview(caller: Caller, input: PreviewEmailInput) {
    return this.renderer.renderForPreview(caller, input);
  }

  async list(caller: Caller, locale?: Locale | null): Promise<TemplateType[]> {
    const signedIn = requireSignedIn(caller);
    const resolved = await resolveLocale(this.db, signedIn, locale);
    const overrides = await templateOverridesByKey(this.db.manager, signedIn.accountId, resolved);
    return TEMPLATE_KEYS.map((key) => toTemplateView(key, resolved, overrides.get(key) ?? null));
  }

  async get(caller: Caller, key: string, locale?: Locale | null): Promise<TemplateType> {
    const signedIn = requireSignedIn(caller);
    const templateKey = requireTemplateKey(key);
    const resolved = await resolveLocale(this.db, signedIn, locale);
    const override = await findTemplateOverride(this.db.manager, signedIn.accountId, templateKey, resolved);
    return toTemplateView(templateKey, resolved, override);
  }

  async versions(caller: Caller, key: string, locale: Locale, first: number): Promise<TemplateVersion[]> {
    const { accountId } = requireSignedIn(caller);
    return listVersions(this.db, accountId, requireTemplateKey(key), locale, first);
  }

  async update(caller: Caller, input: UpdateTemplateInput): Promise<TemplateType> {
    const admin = requireAdmin(caller, 'change email templates');
    const key = requireTemplateKey(input.key);
    const clean = parseInput(updateTemplateInputSchema, input);
    requireFooterSwitchAllowed(key, clean.locale, clean.includesFooter);
    return inTransaction(this.db, (tx) =>
      this.change(tx, admin, key, clean.locale, TemplateVersionKind.SAVE, (current) => ({
        subject: clean.subject ?? current.subject,
        preheader: clean.preheader ?? current.preheader,
        body: clean.body ?? current.body,
        includesFooter: clean.includesFooter ?? current.includesFooter,
      })),
    );
  }

  /** Back to the default; itself a version, so restoring the one before undoes it. */
  async reset(caller: Caller, key: string, locale: Locale): Promise<TemplateType> {
    const admin = requireAdmin(caller, 'reset email templates');
    const templateKey = requireTemplateKey(key);
    return inTransaction(this.db, (tx) =>
      this.change(tx, admin, templateKey, locale, TemplateVersionKind.RESET, () =>
        defaultTemplateContent(templateKey, locale),
      ),
    );
  }

  async restore(caller: Caller, versionId: string): Promise<TemplateType> {
    const admin = requireAdmin(caller, 'restore email templates');
    return inTransaction(this.db, async (tx) => {
      // Another account's id, or a footer version, is simply not one of this account's template versions.
      const version = await findVersion(tx, admin.accountId, versionId);
      if (!version || !isTemplateKey(version.target)) throw notFound('Template version');
      const key = version.target;
      const base = defaultTemplateContent(key, version.locale);
      const content: TemplateContent = {
        subject: version.subject ?? base.subject,
        preheader: version.preheader ?? base.preheader,
        body: version.body,
        includesFooter: base.includesFooter && (version.includesFooter ?? true),
      };
      return this.change(tx, admin, key, version.locale, TemplateVersionKind.RESTORE, () => content, version);
    });
  }

  private async change(
    tx: EntityManager,
    admin: SignedInCaller,
    key: TemplateKey,
    locale: Locale,
    kind: TemplateVersionKind,
    nextOf: (current: TemplateContent) => TemplateContent,
    restoredFrom?: TemplateVersion,
  ): Promise<TemplateType> {
    const override = await findTemplateOverride(tx, admin.accountId, key, locale);
    const current = effectiveTemplateContent(key, locale, override);
    const next = nextOf(current);
    if (sameTemplateContent(current, next)) return toTemplateView(key, locale, override);
    // A trial render with the sample data and the account's footer: content that cannot be sent is refused.
    await this.renderer.renderForSending(tx, {
      accountId: admin.accountId,
      key,
      locale,
      data: null,
      content: next,
    });
    const saved = await writeTemplateOverride(tx, admin.accountId, key, locale, next);
    const version = await addVersion(tx, admin, key, locale, kind, next);
    await this.audit.record(tx, admin, {
      action: AUDIT_ACTIONS[kind],
      summary: templateAuditText.template(getTemplateDefinition(key).name, locale, {
        kind,
        version: version.number,
        restoredFrom: restoredFrom?.number,
      }),
      details: { key, locale, version: version.number, versionId: version.id },
    });
    return toTemplateView(key, locale, saved);
  }
}
