import { html } from '@codemirror/lang-html';
import { liquid } from '@codemirror/lang-liquid';
import { type Diagnostic, lintGutter, setDiagnostics } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { basicSetup, EditorView } from 'codemirror';
import { type Ref, useEffect, useImperativeHandle, useRef } from 'react';

export type EditorMarker = { line: number; column: number; message: string };

export type CodeEditorHandle = { insert: (text: string) => void; focus: () => void };

export type CodeEditorProps = {
  value: string;
  onChange: (value: string) => void;
  /** Problems with line and column (from 1), shown as lint markers. */
  markers: EditorMarker[];
  /** Names the variable completion offers after `{{`. */
  variables: string[];
  labelledBy: string;
  describedBy?: string;
  readOnly?: boolean;
  onFocus?: () => void;
  handle?: Ref<CodeEditorHandle>;
};

const theme = EditorView.theme({
  '&': { fontSize: '13px', border: '1px solid var(--mantine-color-gray-4)', borderRadius: '8px' },
  '&.cm-focused': { outline: '2px solid var(--mantine-color-indigo-5)', outlineOffset: '-1px' },
  '.cm-scroller': {
    fontFamily: 'var(--mantine-font-family-monospace)',
    minHeight: '200px',
    maxHeight: '560px',
  },
  '.cm-gutters': { borderRadius: '8px 0 0 8px' },
  // The default blue tint of the cursor's line drops tag names (#085) to 4.3:1, under WCAG AA's
  // 4.5:1; the line number in the gutter still marks the line.
  '.cm-activeLine': { backgroundColor: 'transparent' },
});

const toDiagnostic = (state: EditorState, marker: EditorMarker): Diagnostic => {
  const line = state.doc.line(Math.min(Math.max(marker.line, 1), state.doc.lines));
  const from = Math.min(line.from + Math.max(marker.column - 1, 0), line.to);
  // Mark at least one character, so the marker is visible even at the end of a line.
  const to = from < line.to ? from + 1 : Math.min(from + 1, state.doc.length);
  return { from, to: Math.max(to, from), severity: 'error', message: marker.message };
};

/**
 * CodeMirror 6 with HTML + Liquid highlighting and variable completion. Its own lazy chunk: the
 * editor is most of the template screen's JavaScript and nobody else needs it.
 */
export function CodeEditor(props: CodeEditorProps) {
  const { value, markers, variables, labelledBy, describedBy, readOnly = false, handle } = props;
  const parent = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  // The view is created once; it reads the latest callbacks through this ref.
  const callbacks = useRef(props);
  callbacks.current = props;

  // biome-ignore lint/correctness/useExhaustiveDependencies: the view is built once per mount; later values arrive through the effects below
  useEffect(() => {
    if (!parent.current) return;
    const completions = variables.map((name) => ({ label: name, type: 'variable' }));
    const created = new EditorView({
      parent: parent.current,
      state: EditorState.create({
        doc: value,
        extensions: [
          basicSetup,
          liquid({ base: html(), variables: completions }),
          lintGutter(),
          EditorView.lineWrapping,
          theme,
          EditorState.readOnly.of(readOnly),
          EditorView.editable.of(!readOnly),
          EditorView.contentAttributes.of({
            'aria-labelledby': labelledBy,
            ...(describedBy ? { 'aria-describedby': describedBy } : {}),
            'aria-multiline': 'true',
            role: 'textbox',
            // A long body scrolls inside the editor. An explicit tab stop keeps that scrolling
            // reachable by keyboard when the editor is read-only (not contenteditable), and lets
            // checkers see the scroller has focusable content; editable, it changes nothing.
            tabindex: '0',
          }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) callbacks.current.onChange(update.state.doc.toString());
            if (update.focusChanged && update.view.hasFocus) callbacks.current.onFocus?.();
          }),
        ],
      }),
    });
    view.current = created;
    return () => {
      created.destroy();
      view.current = null;
    };
  }, []);

  // Reset, restore and discard replace the text from outside.
  useEffect(() => {
    const current = view.current;
    if (!current || current.state.doc.toString() === value) return;
    current.dispatch({ changes: { from: 0, to: current.state.doc.length, insert: value } });
  }, [value]);

  useEffect(() => {
    const current = view.current;
    if (!current) return;
    current.dispatch(
      setDiagnostics(
        current.state,
        markers.map((marker) => toDiagnostic(current.state, marker)),
      ),
    );
  }, [markers]);

  useImperativeHandle(
    handle,
    () => ({
      insert: (text: string) => {
        const current = view.current;
        if (!current || readOnly) return;
        current.dispatch(current.state.replaceSelection(text));
        current.focus();
      },
      focus: () => view.current?.focus(),
    }),
    [readOnly],
  );

  return <div ref={parent} data-testid="code-editor" />;
}
