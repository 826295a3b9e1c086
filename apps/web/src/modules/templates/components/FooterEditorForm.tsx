import {
  listTemplateDefinitions,
  localeKey,
  type TemplateKey,
  validateFooterContent,
} from '@ametrika/shared';
import { Alert, Grid, Select, Stack, Text } from '@mantine/core';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FooterFieldsFragment } from '../../../gql/graphql';
import { FOOTER_ENTRY, localeOfLanguage } from '../lib/target';
import { useFooterMutations } from '../hooks/useFooterMutations';
import { useLivePreview } from '../hooks/useLivePreview';
import { useTemplate } from '../hooks/useTemplate';
import { problemsOfError, uniqueProblems } from '../lib/problems';
import { ContentFields } from './ContentFields';
import { EditorActions } from './EditorActions';
import { PreviewPanel } from './PreviewPanel';

type FooterEditorFormProps = {
  footer: FooterFieldsFragment;
  accountName: string | undefined;
  canEdit: boolean;
  onDirtyChange: (dirty: boolean) => void;
};

const CARRIERS = listTemplateDefinitions().filter((definition) => definition.supportsFooter);

/** The footer: one body shared by the emails that carry it, previewed inside one of them. */
export function FooterEditorForm({ footer, accountName, canEdit, onDirtyChange }: FooterEditorFormProps) {
  const { t, i18n } = useTranslation('templates');
  const { locale } = footer;
  const actions = useFooterMutations(locale);
  const [body, setBody] = useState(footer.body);
  const dirty = body !== footer.body;
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  const uiKey = localeKey(localeOfLanguage(i18n.language));
  const [carrier, setCarrier] = useState<TemplateKey>(
    () => (CARRIERS.find((definition) => footer.usedBy.includes(definition.key)) ?? CARRIERS[0]).key,
  );
  const { template } = useTemplate(carrier, locale);

  const checked = useDeferredValue(body);
  const problems = useMemo(
    () =>
      uniqueProblems([
        ...validateFooterContent({ locale, body: checked }),
        ...problemsOfError(actions.saveError),
      ]),
    [checked, locale, actions.saveError],
  );

  // The carrier's saved text with this unsaved footer, switched on even where the account has it off.
  const previewInput = useMemo(
    () =>
      template && accountName !== undefined
        ? {
            key: carrier,
            locale,
            subject: template.subject,
            preheader: template.preheader,
            body: template.body,
            includeFooter: true,
            footerBody: body,
            accountName,
          }
        : null,
    [template, carrier, locale, body, accountName],
  );
  const preview = useLivePreview(previewInput);

  const replaceWith = (next: FooterFieldsFragment | null | undefined) => {
    if (next) setBody(next.body);
    return Boolean(next);
  };
  const change = (value: string) => {
    if (actions.saveError) actions.clearSaveError();
    setBody(value);
  };
  const usedBy = CARRIERS.filter((definition) => footer.usedBy.includes(definition.key)).map(
    (definition) => definition.name[uiKey],
  );

  return (
    <Grid gap="lg" data-testid="entry-editor" data-entry={FOOTER_ENTRY} data-locale={locale}>
      <Grid.Col span={{ base: 12, lg: 6 }}>
        <Stack gap="md">
          {!canEdit && (
            <Alert variant="light" color="gray">
              {t('editor.readOnly')}
            </Alert>
          )}
          <EditorActions
            target={{ kind: 'footer', locale }}
            canEdit={canEdit}
            dirty={dirty}
            customized={footer.customized}
            actions={actions}
            onSave={async () => replaceWith(await actions.save({ body }))}
            onDiscard={() => setBody(footer.body)}
            onReset={async () => {
              const done = await actions.reset();
              if (!done) return null;
              replaceWith(done.footer);
              return { undo: done.undo };
            }}
            onRestore={async (id) => replaceWith(await actions.restore(id))}
            resetText={t('reset.textFooter', { locale })}
            diff={[{ label: t('editor.footerBody'), before: footer.defaultBody, after: body }]}
          />
          <Text size="sm" c="dimmed" data-testid="footer-used-by">
            {usedBy.length > 0 ? t('editor.usedBy', { names: usedBy.join(', ') }) : t('editor.usedByNone')}
          </Text>
          <ContentFields
            fields={['body']}
            draft={{ subject: '', preheader: '', body }}
            onChange={(patch) => patch.body !== undefined && change(patch.body)}
            variables={footer.variables}
            problems={problems}
            bodyLabel={t('editor.footerBody')}
            bodyField="footer"
            readOnly={!canEdit}
          />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 6 }}>
        <Stack gap="md">
          <PreviewPanel
            preview={preview}
            controls={
              <Select
                label={t('preview.footerIn')}
                data={CARRIERS.map((definition) => ({
                  value: definition.key,
                  label: definition.name[uiKey],
                }))}
                value={carrier}
                onChange={(value) => value && setCarrier(value as TemplateKey)}
                allowDeselect={false}
              />
            }
          />
          <Text size="sm" c="dimmed">
            {t('sendTest.footerNote')}
          </Text>
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
