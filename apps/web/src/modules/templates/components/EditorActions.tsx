import { Alert, Badge, Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import type { VersionFieldsFragment } from '../../../gql/graphql';
import { problemsOfError } from '../lib/problems';
import type { EditTarget } from '../lib/target';
import { DiffButton, type DiffSection } from './DiffButton';
import { ResetButton } from './ResetButton';
import { ResetNotice } from './ResetNotice';
import { VersionHistoryButton } from './VersionHistoryButton';

type MutationState = {
  saving: boolean;
  saveError: unknown;
  resetting: boolean;
  resetError: unknown;
  restoring: boolean;
  restoreError: unknown;
};

type EditorActionsProps = {
  target: EditTarget;
  canEdit: boolean;
  dirty: boolean;
  customized: boolean;
  actions: MutationState;
  onSave: () => Promise<boolean>;
  onDiscard: () => void;
  /** Resets and answers the version that undoes it (null: nothing to go back to). */
  onReset: () => Promise<{ undo: VersionFieldsFragment | null } | null>;
  onRestore: (versionId: string) => Promise<boolean>;
  resetText: string;
  diff: DiffSection[];
};

/** Save, discard, reset with undo, the diff against the default and the version history. */
export function EditorActions(props: EditorActionsProps) {
  const { target, canEdit, dirty, customized, actions, onSave, onDiscard, onReset, onRestore } = props;
  const { t } = useTranslation('templates');
  const [notice, setNotice] = useState<'saved' | 'undone' | null>(null);
  const [resetDone, setResetDone] = useState<{ undo: VersionFieldsFragment | null } | null>(null);
  const refused = problemsOfError(actions.saveError).length > 0;

  const save = async () => {
    setResetDone(null);
    setNotice((await onSave()) ? 'saved' : null);
  };
  const reset = async () => {
    const done = await onReset();
    setNotice(null);
    setResetDone(done);
    return done !== null;
  };
  const undo = async () => {
    if (!resetDone?.undo || !(await onRestore(resetDone.undo.id))) return;
    setResetDone(null);
    setNotice('undone');
  };

  return (
    <Stack gap="xs">
      <Group gap="xs" wrap="wrap">
        <Badge variant="light" color={customized ? 'indigo' : 'gray'} data-testid="customized-badge">
          {customized ? t('editor.customized') : t('editor.default')}
        </Badge>
        {dirty && (
          <Badge variant="dot" color="orange">
            {t('editor.unsaved')}
          </Badge>
        )}
      </Group>
      <Group gap="xs" wrap="wrap">
        {canEdit && (
          <>
            <Button onClick={() => void save()} loading={actions.saving} disabled={!dirty}>
              {actions.saving ? t('editor.saving') : t('editor.save')}
            </Button>
            {dirty && (
              <Button variant="subtle" onClick={onDiscard}>
                {t('editor.discard')}
              </Button>
            )}
            <ResetButton
              text={props.resetText}
              dirty={dirty}
              disabled={!customized && !dirty}
              loading={actions.resetting}
              error={actions.resetError}
              onConfirm={reset}
            />
          </>
        )}
        <DiffButton sections={props.diff} />
        <VersionHistoryButton
          target={target}
          canRestore={canEdit}
          dirty={dirty}
          restoring={actions.restoring}
          error={actions.restoreError}
          onRestore={(version) => onRestore(version.id)}
        />
      </Group>
      {refused && (
        <Alert color="red" variant="light" role="alert">
          {t('problems.saveRefused')}
        </Alert>
      )}
      {actions.saveError && !refused ? (
        <ErrorAlert error={actions.saveError} forbiddenAction={t('editor.forbiddenAction')} />
      ) : null}
      {notice && !dirty && (
        <Alert
          color="teal"
          variant="light"
          role="status"
          withCloseButton
          onClose={() => setNotice(null)}
          closeButtonLabel={t('reset.dismiss')}
        >
          {notice === 'saved' ? t('editor.saved') : t('reset.undone')}
        </Alert>
      )}
      {resetDone && (
        <ResetNotice
          canUndo={resetDone.undo !== null}
          undoing={actions.restoring}
          error={actions.restoreError}
          onUndo={() => void undo()}
          onClose={() => setResetDone(null)}
        />
      )}
    </Stack>
  );
}
