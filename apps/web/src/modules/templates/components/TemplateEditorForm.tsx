import { type TemplateKey, validateTemplateContent } from '@ametrika/shared';
import { Alert, Grid, Stack, Switch } from '@mantine/core';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateFieldsFragment } from '../../../gql/graphql';
import { useLivePreview } from '../hooks/useLivePreview';
import { useTemplateMutations } from '../hooks/useTemplateMutations';
import { problemsOfError, uniqueProblems } from '../lib/problems';
import { ContentFields, type ContentDraft } from './ContentFields';
import { EditorActions } from './EditorActions';
import { PreviewPanel } from './PreviewPanel';
import { SendTestPanel } from './SendTestPanel';

type Draft = ContentDraft & { includesFooter: boolean };

type TemplateEditorFormProps = {
  template: TemplateFieldsFragment;
  /** The account's footer for the preview; undefined while loading, null for the default. */
  footerBody: string | null | undefined;
  accountName: string | undefined;
  canEdit: boolean;
  onDirtyChange: (dirty: boolean) => void;
};

const draftOf = (template: TemplateFieldsFragment): Draft => ({
  subject: template.subject,
  preheader: template.preheader,
  body: template.body,
  includesFooter: template.includesFooter,
});

const sameDraft = (a: Draft, b: Draft) =>
  a.subject === b.subject &&
  a.preheader === b.preheader &&
  a.body === b.body &&
  a.includesFooter === b.includesFooter;

export function TemplateEditorForm(props: TemplateEditorFormProps) {
  const { template, footerBody, accountName, canEdit, onDirtyChange } = props;
  const { t } = useTranslation('templates');
  const key = template.key as TemplateKey;
  const { locale } = template;
  const actions = useTemplateMutations(key, locale);
  const [draft, setDraft] = useState<Draft>(() => draftOf(template));
  const saved = draftOf(template);
  const dirty = !sameDraft(draft, saved);
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  const change = (patch: Partial<Draft>) => {
    if (actions.saveError) actions.clearSaveError();
    setDraft((current) => ({ ...current, ...patch }));
  };

  // Markers follow typing too, but deferred: validation parses the whole template.
  const checked = useDeferredValue(draft);
  const problems = useMemo(() => {
    const found = validateTemplateContent({ key, locale, ...checked });
    return uniqueProblems([...found, ...problemsOfError(actions.saveError)]);
  }, [checked, key, locale, actions.saveError]);

  const { subject, preheader, body, includesFooter } = draft;
  const previewInput = useMemo(
    () =>
      footerBody === undefined || accountName === undefined
        ? null
        : { key, locale, subject, preheader, body, includeFooter: includesFooter, footerBody, accountName },
    [key, locale, subject, preheader, body, includesFooter, footerBody, accountName],
  );
  const preview = useLivePreview(previewInput);

  const replaceWith = (next: TemplateFieldsFragment | null | undefined) => {
    if (next) setDraft(draftOf(next));
    return Boolean(next);
  };
  const save = async () => {
    const input = { subject, preheader, body, ...(template.supportsFooter ? { includesFooter } : {}) };
    return replaceWith(await actions.save(input));
  };
  const reset = async () => {
    const done = await actions.reset();
    if (!done) return null;
    replaceWith(done.template);
    return { undo: done.undo };
  };

  return (
    // data-entry says which email is on screen: the URL changes before a navigation's render commits.
    <Grid gap="lg" data-testid="entry-editor" data-entry={key} data-locale={locale}>
      <Grid.Col span={{ base: 12, lg: 6 }}>
        <Stack gap="md">
          {!canEdit && (
            <Alert variant="light" color="gray">
              {t('editor.readOnly')}
            </Alert>
          )}
          <EditorActions
            target={{ kind: 'template', key, locale }}
            canEdit={canEdit}
            dirty={dirty}
            customized={template.customized}
            actions={actions}
            onSave={save}
            onDiscard={() => setDraft(saved)}
            onReset={reset}
            onRestore={async (id) => replaceWith(await actions.restore(id))}
            resetText={t('reset.text', { name: template.name, locale })}
            diff={[
              { label: t('editor.subject'), before: template.defaultSubject, after: subject },
              { label: t('editor.preheader'), before: template.defaultPreheader, after: preheader },
              { label: t('editor.body'), before: template.defaultBody, after: body },
            ]}
          />
          {template.supportsFooter && (
            <Switch
              label={t('editor.includesFooter')}
              description={t('editor.includesFooterHint')}
              checked={includesFooter}
              onChange={(event) => change({ includesFooter: event.currentTarget.checked })}
              disabled={!canEdit}
            />
          )}
          <ContentFields
            fields={['subject', 'preheader', 'body']}
            draft={draft}
            onChange={change}
            variables={template.variables}
            problems={problems}
            bodyLabel={t('editor.body')}
            bodyField="body"
            readOnly={!canEdit}
          />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 6 }}>
        <Stack gap="md">
          <PreviewPanel preview={preview} />
          {canEdit && (
            <SendTestPanel templateKey={key} locale={locale} draft={{ subject, preheader, body }} />
          )}
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
