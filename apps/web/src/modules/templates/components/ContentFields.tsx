import type { TemplateProblem } from '@ametrika/shared';
import { Input, Stack, TextInput } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateVariableFieldsFragment } from '../../../gql/graphql';
import { snippetFor } from '../lib/variables';
import type { CodeEditorHandle } from './CodeEditor';
import { LazyCodeEditor } from './LazyCodeEditor';
import { ProblemList } from './ProblemList';
import { VariablePalette } from './VariablePalette';

export type ContentDraft = { subject: string; preheader: string; body: string };
type Field = keyof ContentDraft;

type ContentFieldsProps = {
  /** Footer: only the body. */
  fields: Field[];
  draft: ContentDraft;
  onChange: (patch: Partial<ContentDraft>) => void;
  variables: TemplateVariableFieldsFragment[];
  problems: TemplateProblem[];
  bodyLabel: string;
  /** The problems' field name for the body ('footer' in the footer editor). */
  bodyField: TemplateProblem['field'];
  readOnly: boolean;
};

const errorOf = (problems: TemplateProblem[], field: Field) => {
  const first = problems.find((problem) => problem.field === field);
  return first ? first.message : undefined;
};

/** Subject, preheader and the code editor for the body, with the palette inserting at the cursor. */
export function ContentFields(props: ContentFieldsProps) {
  const { fields, draft, onChange, variables, problems, bodyLabel, bodyField, readOnly } = props;
  const { t } = useTranslation('templates');
  const editor = useRef<CodeEditorHandle>(null);
  const inputs = { subject: useRef<HTMLInputElement>(null), preheader: useRef<HTMLInputElement>(null) };
  // Where the palette inserts: the field edited last, the body until then.
  const lastField = useRef<Field>('body');

  const insert = (variable: TemplateVariableFieldsFragment) => {
    const snippet = snippetFor(variable);
    const field = lastField.current;
    if (field === 'body') {
      editor.current?.insert(snippet);
      return;
    }
    const input = inputs[field].current;
    const value = draft[field];
    const start = input?.selectionStart ?? value.length;
    const end = input?.selectionEnd ?? start;
    onChange({ [field]: value.slice(0, start) + snippet + value.slice(end) });
    requestAnimationFrame(() => {
      input?.focus();
      input?.setSelectionRange(start + snippet.length, start + snippet.length);
    });
  };

  const textField = (field: 'subject' | 'preheader') => (
    <TextInput
      ref={inputs[field]}
      label={t(`editor.${field}`)}
      description={field === 'preheader' ? t('editor.preheaderHint') : undefined}
      value={draft[field]}
      onChange={(event) => onChange({ [field]: event.currentTarget.value })}
      onFocus={() => {
        lastField.current = field;
      }}
      error={errorOf(problems, field)}
      readOnly={readOnly}
      styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
    />
  );

  const bodyMarkers = problems.filter((problem) => problem.field === bodyField);
  return (
    <Stack gap="md">
      {fields.includes('subject') && textField('subject')}
      {fields.includes('preheader') && textField('preheader')}
      <Input.Wrapper
        id="template-body"
        label={bodyLabel}
        labelElement="div"
        error={bodyMarkers[0] ? t('problems.title', { count: bodyMarkers.length }) : undefined}
      >
        <LazyCodeEditor
          handle={editor}
          value={draft.body}
          onChange={(body) => onChange({ body })}
          markers={bodyMarkers}
          variables={variables.map((variable) => variable.name)}
          labelledBy="template-body-label"
          readOnly={readOnly}
          onFocus={() => {
            lastField.current = 'body';
          }}
        />
      </Input.Wrapper>
      <ProblemList problems={problems} />
      <VariablePalette variables={variables} onInsert={insert} disabled={readOnly} />
    </Stack>
  );
}
