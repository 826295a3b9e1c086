import { describe, expect, it } from 'vitest';
import { LOCALES } from '../common.js';
import {
  findTemplateDefinition,
  getDefaultContent,
  getDefaultFooter,
  getFooterSampleData,
  getSampleData,
  getTemplateDefinition,
  getTemplateVariables,
  listTemplateDefinitions,
  TEMPLATE_KEYS,
} from './catalog.js';
import { FOOTER_DEFINITION } from './footer.js';

describe('template catalog', () => {
  it('has exactly the documented keys, in dropdown order', () => {
    expect(TEMPLATE_KEYS).toEqual([
      'user_invitation',
      'email_verification',
      'password_reset',
      'welcome',
      'insights_digest',
      'scheduled_report',
      'metric_alert',
      'export_ready',
    ]);
    expect(listTemplateDefinitions().map((d) => d.key)).toEqual([...TEMPLATE_KEYS]);
    expect(findTemplateDefinition('nope')).toBeUndefined();
    expect(findTemplateDefinition('welcome')?.name.de).toBe('Willkommen');
  });

  it('carries the footer on every type except verification and password reset', () => {
    const withoutFooter = listTemplateDefinitions()
      .filter((d) => !d.supportsFooter)
      .map((d) => d.key);
    expect(withoutFooter).toEqual(['email_verification', 'password_reset']);
  });

  it.each(TEMPLATE_KEYS)('%s has a name, description and copy in English and German', (key) => {
    const definition = getTemplateDefinition(key);
    for (const text of [definition.name, definition.description]) {
      expect(text.en.length).toBeGreaterThan(3);
      expect(text.de.length).toBeGreaterThan(3);
    }
    const en = getDefaultContent(key, 'EN');
    const de = getDefaultContent(key, 'DE');
    for (const field of ['subject', 'preheader', 'body'] as const) {
      expect(en[field].trim()).not.toBe('');
      expect(de[field].trim()).not.toBe('');
    }
    expect(de.body).not.toBe(en.body);
    expect(de.preheader).not.toBe(en.preheader);
    // Formal address in German: "Sie/Ihr", never "du/dein".
    expect(de.body).toMatch(/\b(Sie|Ihr|Ihre|Ihnen)\b/);
    expect(de.body).not.toMatch(/\b(du|dein|deine|dich|dir)\b/i);
  });

  it.each(TEMPLATE_KEYS)('%s documents every variable in both languages with samples', (key) => {
    for (const variable of getTemplateVariables(key)) {
      expect(variable.name).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(variable.description.en).not.toBe('');
      expect(variable.description.de).not.toBe('');
      for (const locale of LOCALES) {
        const sample = getSampleData(key, locale)[variable.name];
        expect(sample, `${key}.${variable.name} (${locale})`).toBeDefined();
        if (variable.type === 'list') {
          expect(Array.isArray(sample)).toBe(true);
          const fieldNames = (variable.fields ?? []).map((f) => f.name).sort();
          for (const item of sample as Record<string, unknown>[])
            expect(Object.keys(item).sort()).toEqual(fieldNames);
        }
        if (variable.type === 'url') expect(sample).toMatch(/^https:\/\//);
        if (variable.type === 'number') expect(typeof sample).toBe('number');
      }
    }
  });

  it('has a realistic insights digest sample: several insights, some up and some down', () => {
    for (const locale of LOCALES) {
      const insights = getSampleData('insights_digest', locale).insights as Array<Record<string, string>>;
      expect(insights.length).toBeGreaterThanOrEqual(4);
      expect(insights.some((i) => i.direction === 'up')).toBe(true);
      expect(insights.some((i) => i.direction === 'down')).toBe(true);
      for (const insight of insights) expect(insight.change).toMatch(/^[+−]\d/);
    }
    expect((getSampleData('insights_digest', 'DE').insights as Array<Record<string, string>>)[0].metric).toBe(
      'Sitzungen',
    );
  });

  it('adds the footer variables to the sample data only where the footer is supported', () => {
    expect(getSampleData('welcome', 'EN')).toHaveProperty('unsubscribe_url');
    expect(getSampleData('password_reset', 'EN')).not.toHaveProperty('unsubscribe_url');
    expect(getSampleData('password_reset', 'EN')).toHaveProperty('account_name', 'Nordlicht Analytics');
    expect(Object.keys(getFooterSampleData('DE')).sort()).toEqual(
      ['account_name', 'company_address', 'recipient_email', 'settings_url', 'unsubscribe_url'].sort(),
    );
  });

  it('hands out copies, so callers cannot change the catalog', () => {
    const sample = getSampleData('insights_digest', 'EN');
    (sample.insights as Array<Record<string, string>>)[0].metric = 'changed';
    getDefaultContent('welcome', 'EN').subject = 'changed';
    expect((getSampleData('insights_digest', 'EN').insights as Array<Record<string, string>>)[0].metric).toBe(
      'Sessions',
    );
    expect(getDefaultContent('welcome', 'EN').subject).toBe('Welcome to {{ account_name }} on Ametrika');
  });

  it('has a footer in both languages that uses its variables', () => {
    expect(getDefaultFooter('EN')).toContain('{{ unsubscribe_url }}');
    expect(getDefaultFooter('DE')).toContain('Abmelden');
    expect(FOOTER_DEFINITION.variables.map((v) => v.name)).toEqual([
      'company_address',
      'settings_url',
      'unsubscribe_url',
    ]);
  });
});
