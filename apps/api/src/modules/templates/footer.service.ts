import {
  getDefaultFooter,
  getTemplateDefinition,
  type Locale,
  TEMPLATE_KEYS,
  type TemplateKey,
  validateFooterContent,
} from '@ametrika/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { Caller, SignedInCaller } from '../../auth/caller.js';
import { requireAdmin, requireSignedIn } from '../../auth/policy.js';
import { notFound } from '../../graphql/errors.js';
import type { AuditService } from '../audit/audit.service.js';
import { effectiveTemplateContent, toFooterView } from './template-content.js';
import { templateAuditText } from './messages.js';
import { parseFooterInput, templateProblemsError } from './template-errors.js';
import {
  addVersion,
  findFooterOverride,
  findVersion,
  inTransaction,
  listVersions,
  resolveLocale,
  templateOverridesByKey,
  writeFooterOverride,
} from './template-store.js';
import { FOOTER_TARGET, type TemplateVersion, TemplateVersionKind } from './template-version.entity.js';
import type { UpdateFooterInput } from './template.inputs.js';
import type { FooterType } from './template.types.js';

const AUDIT_ACTIONS = {
  SAVE: 'FOOTER_UPDATED',
  RESET: 'FOOTER_RESET',
  RESTORE: 'FOOTER_VERSION_RESTORED',
} as const;

/** The account's footer per locale; the same version and audit rules as templates. */
export class FooterService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(caller: Caller, locale?: Locale | null): Promise<FooterType> {
    const signedIn = requireSignedIn(caller);
    const resolved = await resolveLocale(this.db, signedIn, locale);
    return this.view(this.db.manager, signedIn.accountId, resolved);
  }

  async versions(caller: Caller, locale: Locale, first: number): Promise<TemplateVersion[]> {
    const { accountId } = requireSignedIn(caller);
    return listVersions(this.db, accountId, FOOTER_TARGET, locale, first);
  }

  async update(caller: Caller, input: UpdateFooterInput): Promise<FooterType> {
    const admin = requireAdmin(caller, 'change the email footer');
    const clean = parseFooterInput(input);
    return inTransaction(this.db, (tx) =>
      this.change(tx, admin, clean.locale, clean.body, TemplateVersionKind.SAVE),
    );
  }

  async reset(caller: Caller, locale: Locale): Promise<FooterType> {
    const admin = requireAdmin(caller, 'reset the email footer');
    return inTransaction(this.db, (tx) =>
      this.change(tx, admin, locale, getDefaultFooter(locale), TemplateVersionKind.RESET),
    );
  }

  async restore(caller: Caller, versionId: string): Promise<FooterType> {
    const admin = requireAdmin(caller, 'restore the email footer');
    return inTransaction(this.db, async (tx) => {
      const version = await findVersion(tx, admin.accountId, versionId);
      if (!version || version.target !== FOOTER_TARGET) throw notFound('Footer version');
      return this.change(tx, admin, version.locale, version.body, TemplateVersionKind.RESTORE, version);
    });
  }

  private async change(
    tx: EntityManager,
    admin: SignedInCaller,
    locale: Locale,
    body: string,
    kind: TemplateVersionKind,
    restoredFrom?: TemplateVersion,
  ): Promise<FooterType> {
    const current = (await findFooterOverride(tx, admin.accountId, locale))?.body ?? getDefaultFooter(locale);
    if (current === body) return this.view(tx, admin.accountId, locale);
    const problems = validateFooterContent({ locale, body });
    if (problems.length > 0) throw templateProblemsError(problems);
    await writeFooterOverride(tx, admin.accountId, locale, body === getDefaultFooter(locale) ? null : body);
    const version = await addVersion(tx, admin, FOOTER_TARGET, locale, kind, {
      subject: null,
      preheader: null,
      body,
      includesFooter: null,
    });
    await this.audit.record(tx, admin, {
      action: AUDIT_ACTIONS[kind],
      summary: templateAuditText.footer(locale, {
        kind,
        version: version.number,
        restoredFrom: restoredFrom?.number,
      }),
      details: { locale, version: version.number, versionId: version.id },
    });
    return this.view(tx, admin.accountId, locale);
  }

  private async view(m: EntityManager, accountId: string, locale: Locale): Promise<FooterType> {
    const overrides = await templateOverridesByKey(m, accountId, locale);
    const usedBy = TEMPLATE_KEYS.filter(
      (key: TemplateKey) =>
        getTemplateDefinition(key).supportsFooter &&
        effectiveTemplateContent(key, locale, overrides.get(key) ?? null).includesFooter,
    );
    return toFooterView(locale, await findFooterOverride(m, accountId, locale), usedBy);
  }
}
