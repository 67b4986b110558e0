// Edits a note in place. What the user typed stays in the box until it is stored: a failed save
// shows the error and keeps the draft.
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { MiniMarkdown } from './MiniMarkdown';
import { t } from './i18n';

interface Props {
  note: string;
  editing: boolean;
  onEdit: (editing: boolean) => void;
  /** Resolves when stored; rejects with a message to show. */
  onSave: (note: string) => Promise<void>;
}

export function NoteEditor({ note, editing, onEdit, onSave }: Props) {
  const [draft, setDraft] = useState(note);
  const [error, setError] = useState<string | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  // Focus in the same commit that shows the box (a layout effect): an editor opened by a key
  // (n on a selection) has focus before the next key arrives. The caret goes to the end of the
  // note, where a reader adding to it types.
  const wasEditing = useRef(false);
  useLayoutEffect(() => {
    if (editing && !wasEditing.current && box.current) {
      const value = draft === '' ? note : draft;
      setDraft(value);
      box.current.focus();
      box.current.setSelectionRange(value.length, value.length);
    }
    wasEditing.current = editing;
  }, [editing]); // eslint-disable-line react-hooks/exhaustive-deps

  // Closing the editor while focus is in it (Ctrl+Enter, Esc, Save, Cancel) hands focus back to the
  // button that opens it — "Add a note", or "Edit note" once the stored note arrives — instead of
  // losing it to the page when the textarea goes away.
  const returnFocusFor = useRef<string | null>(null);
  const noteNow = useRef(note);
  noteNow.current = note;
  const opener = useCallback((button: HTMLButtonElement | null) => {
    if (!button || returnFocusFor.current === null) return;
    button.focus();
    if (noteNow.current === returnFocusFor.current) returnFocusFor.current = null;
  }, []);
  const close = (shown: string) => {
    const focusInside = !!box.current?.parentElement?.contains(document.activeElement);
    returnFocusFor.current = focusInside ? shown : null;
    onEdit(false);
  };

  const save = async () => {
    try {
      await onSave(draft);
      setError(null);
      close(draft);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  if (!editing) {
    return note ? (
      <div className="note" data-testid="note">
        <MiniMarkdown source={note} />
        <button ref={opener} type="button" className="link-button" onClick={() => onEdit(true)}>{t('editNote')}</button>
      </div>
    ) : (
      <button ref={opener} type="button" className="link-button" data-testid="add-note" onClick={() => onEdit(true)}>{t('addNote')}</button>
    );
  }
  return (
    <div className="note-editor">
      <textarea
        ref={box}
        data-testid="note-input"
        value={draft}
        rows={Math.min(10, Math.max(3, draft.split('\n').length + 1))}
        aria-label={t('noteLabel')}
        placeholder={t('notePlaceholder')}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
          if (e.key === 'Escape') {
            setDraft(note);
            close(note);
          }
        }}
      />
      {error && <p className="field-error" role="alert">{error}</p>}
      <div className="entity-actions">
        <button type="button" className="button primary" data-testid="save-note" onClick={() => void save()}>{t('saveNote')}</button>
        <button type="button" className="button" onClick={() => { setDraft(note); close(note); }}>{t('cancel')}</button>
        <span className="hint">{t('noteHint')}</span>
      </div>
    </div>
  );
}
