// The article's annotations in reading order: quote, colour, note, tags, with edit, recolour,
// retag and delete; then the ones that could not be placed on the current text, with their
// original quote and context and a way to re-attach them. In a team library (lib/authors.ts) each
// shows whose it is, a team member's is read-only, and the list can be narrowed to one author.
import { useState } from 'react';
import { authorOf, distinctAuthors, isOwn, showsAuthors } from '../lib/authors';
import { authorLine, authorName } from './authorText';
import { COLORS, COLOR_LABEL, type Color } from './colors';
import { MiniMarkdown } from './MiniMarkdown';
import { NoteEditor } from './NoteEditor';
import { TagEditor } from './TagEditor';
import { t, tn } from './i18n';
import { nearEnd, nearStart } from './orphanContext';

export interface ListedAnnotation {
  id: string;
  color: Color;
  note: string;
  tags: string[];
  /** The quote as it was when the annotation was made, with its context. */
  exact: string;
  prefix: string;
  suffix: string;
  /** Where it sits in the current text (null: unanchored). */
  anchored: { start: number; end: number; text: string; changed: boolean } | null;
  createdAt: number;
  /** Its quote in the text the saved copy had before its last update, when that differs. */
  beforeUpdate?: string;
  /** Who made it (sync): shown in team libraries. */
  author?: string;
  /** Other versions of it, edited on another device while the two were apart (sync). */
  conflicts?: Array<{ rev: string; note: string; author?: string }>;
}

export interface DiffPart {
  op: 'same' | 'del' | 'ins';
  text: string;
}

interface Props {
  items: ListedAnnotation[];
  /** The sync user name (null: sync never set up, every annotation is the reader's own). */
  me?: string | null;
  knownTags: Array<{ name: string; color: string | null }>;
  diff: (before: string, after: string) => DiffPart[];
  /** The article's text was never fetched (imported from a file): nothing could be placed yet. */
  textMissing?: boolean;
  editingNoteId: string | null;
  onEditNote: (id: string | null) => void;
  /** An annotation whose tag input opens (focused) when it is shown: the selection's `t` key. */
  tagsOpenId?: string | null;
  onJump: (id: string) => void;
  onUpdate: (id: string, patch: { note?: string; color?: Color; tags?: string[] }) => Promise<void>;
  onDelete: (id: string) => void;
  onCopy: (id: string) => void;
  onReattach: (id: string) => void;
  onResolveConflict?: (id: string, choice: { keep: 'this' } | { keep: 'that'; rev: string } | { keep: 'merge' }) => void;
}

/** The other versions of an annotation and the three ways to settle them. */
function Conflict(props: Props & { a: ListedAnnotation }) {
  const { a } = props;
  if (!a.conflicts?.length || !props.onResolveConflict) return null;
  const resolve = props.onResolveConflict;
  return (
    <div className="annotation-conflict" data-testid="conflict" role="group" aria-label={t('conflictTitle')}>
      <span className="hint">{t('conflictTitle')}</span>
      {a.conflicts.map((c) => (
        <p key={c.rev} data-testid="conflict-note">
          {c.note}{' '}
          <button type="button" className="chip" data-testid="conflict-keep-that" onClick={() => resolve(a.id, { keep: 'that', rev: c.rev })}>{t('conflictKeepThat')}</button>
        </p>
      ))}
      <button type="button" className="chip" data-testid="conflict-keep-this" onClick={() => resolve(a.id, { keep: 'this' })}>{t('conflictKeepThis')}</button>
      <button type="button" className="chip" data-testid="conflict-merge" onClick={() => resolve(a.id, { keep: 'merge' })}>{t('conflictMerge')}</button>
    </div>
  );
}

function Diff({ parts }: { parts: DiffPart[] }) {
  return (
    <>
      {parts.map((p, i) =>
        p.op === 'same' ? <span key={i}>{p.text}</span> : p.op === 'del' ? <del key={i}>{p.text}</del> : <ins key={i}>{p.text}</ins>,
      )}
    </>
  );
}

/** A team member's annotation: its note and tags as text, and why the reader cannot change it. */
function ReadOnly({ a, author }: { a: ListedAnnotation; author: string }) {
  return (
    <>
      {a.note && <MiniMarkdown source={a.note} />}
      {a.tags.length > 0 && <ul className="tag-chips">{a.tags.map((tag) => <li key={tag} className="tag-chip">{tag}</li>)}</ul>}
      <p className="hint" data-testid="annotation-readonly">{t('annotationReadOnly', author)}</p>
    </>
  );
}

function Item(props: Props & { a: ListedAnnotation; withAuthor: boolean }) {
  const { a } = props;
  const me = props.me ?? null;
  const own = isOwn(a, me);
  const [tagsOpen, setTagsOpen] = useState(false);
  const tagsShown = tagsOpen || props.tagsOpenId === a.id;
  return (
    <li className={`annotation color-${a.color}`} data-testid="annotation-item" data-annotation={a.id}>
      {a.anchored ? (
        <button type="button" className="annotation-quote" onClick={() => props.onJump(a.id)} title={t('goToAnnotation')}>
          <span className={`swatch color-swatch color-${a.color}`} aria-hidden="true" />
          {a.anchored.changed ? a.anchored.text : a.exact}
        </button>
      ) : (
        <blockquote className="annotation-quote orphan" data-testid="orphan-quote">
          <span className="orphan-context">…{nearEnd(a.prefix)}</span>
          <strong>{a.exact}</strong>
          <span className="orphan-context">{nearStart(a.suffix)}…</span>
        </blockquote>
      )}
      {a.anchored?.changed && (
        <p className="annotation-diff" data-testid="annotation-diff">
          <span className="hint">{t('wordingChanged')}</span> <Diff parts={props.diff(a.exact, a.anchored.text)} />
        </p>
      )}
      {a.beforeUpdate !== undefined && (
        <p className="annotation-diff" data-testid="annotation-before-update">
          <span className="hint">{t('wordingBeforeUpdate')}</span> <Diff parts={props.diff(a.beforeUpdate, a.anchored?.text ?? a.exact)} />
        </p>
      )}
      {props.withAuthor && (
        <p className="hint annotation-author" data-testid="annotation-author">{authorLine(authorOf(a, me), me)}</p>
      )}
      {own ? <Editable {...props} a={a} tagsShown={tagsShown} onOpenTags={() => setTagsOpen(true)} /> : <ReadOnly a={a} author={authorOf(a, me)} />}
      <div className="entity-actions">
        {own && <ColorPicker a={a} onUpdate={props.onUpdate} />}
        {a.anchored ? (
          <button type="button" className="chip" onClick={() => props.onCopy(a.id)}>{t('copyWithCitation')}</button>
        ) : props.textMissing || !own ? null : (
          <button type="button" className="chip" data-testid="reattach" onClick={() => props.onReattach(a.id)}>{t('reattach')}</button>
        )}
        {own && <button type="button" className="chip danger" data-testid="delete-annotation" onClick={() => props.onDelete(a.id)}>{t('delete')}</button>}
      </div>
    </li>
  );
}

/** The reader's own annotation: its conflict choices, and its note and tag editors. */
function Editable(props: Props & { a: ListedAnnotation; tagsShown: boolean; onOpenTags: () => void }) {
  const { a, tagsShown } = props;
  return (
    <>
      <Conflict {...props} a={a} />
      {/* Note and tags side by side: "Add a note" and "Add tags" sit apart as two actions; an open
          note or tag editor takes the whole row. */}
      <div className="annotation-edit">
        <NoteEditor
          note={a.note}
          editing={props.editingNoteId === a.id}
          onEdit={(on) => props.onEditNote(on ? a.id : null)}
          onSave={(note) => props.onUpdate(a.id, { note })}
        />
        {tagsShown || a.tags.length > 0 ? (
          <TagEditor tags={a.tags} known={props.knownTags} autoFocus={tagsShown} onChange={(tags) => void props.onUpdate(a.id, { tags })} />
        ) : (
          <button type="button" className="link-button" data-testid="add-tags" onClick={props.onOpenTags}>{t('addTags')}</button>
        )}
      </div>
    </>
  );
}

function ColorPicker({ a, onUpdate }: { a: ListedAnnotation; onUpdate: Props['onUpdate'] }) {
  return (
    <span role="radiogroup" aria-label={t('colour')} className="color-picker">
      {COLORS.map((c) => (
        <button
          key={c}
          type="button"
          role="radio"
          aria-checked={a.color === c}
          aria-label={t(COLOR_LABEL[c])}
          className={`color-button small color-${c}`}
          onClick={() => void onUpdate(a.id, { color: c })}
        />
      ))}
    </span>
  );
}

/** Narrows the list to one author's annotations (shown when there is more than one author). */
function AuthorFilter({ authors, me, value, onChange }: { authors: string[]; me: string | null; value: string | null; onChange: (v: string | null) => void }) {
  return (
    <label className="author-filter">
      {t('filterAuthor')}{' '}
      <select data-testid="notes-filter-author" value={value === null ? '' : `=${value}`} onChange={(e) => onChange(e.target.value ? e.target.value.slice(1) : null)}>
        <option value="">{t('any')}</option>
        {authors.map((name) => <option key={name} value={`=${name}`}>{authorName(name, me)}</option>)}
      </select>
    </label>
  );
}

export function AnnotationList(props: Props) {
  const me = props.me ?? null;
  const [chosen, setChosen] = useState<string | null>(null);
  const authors = distinctAuthors(props.items.map((a) => authorOf(a, me)), me);
  const withAuthor = showsAuthors(authors, me);
  // An author no longer present (their highlights gone) no longer narrows the list.
  const author = chosen !== null && authors.includes(chosen) ? chosen : null;
  const shown = author === null ? props.items : props.items.filter((a) => authorOf(a, me) === author);
  const placed = shown.filter((a) => a.anchored);
  const orphans = shown.filter((a) => !a.anchored);
  return (
    <>
      {props.items.length === 0 && <p className="state-reason" data-testid="annotations-empty">{t('annotationsEmpty')}</p>}
      {authors.length > 1 && <AuthorFilter authors={authors} me={me} value={author} onChange={setChosen} />}
      <ol className="entity-list" data-testid="annotation-list">
        {placed.map((a) => <Item key={a.id} {...props} a={a} withAuthor={withAuthor} />)}
      </ol>
      {orphans.length > 0 && (
        <section className="orphans" data-testid="unanchored" aria-labelledby="orphans-title">
          <h2 id="orphans-title">{props.textMissing ? tn('waitingForTextTitle', orphans.length) : tn('unanchoredTitle', orphans.length)}</h2>
          <p className="state-reason">{props.textMissing ? t('waitingForTextExplain') : t('unanchoredExplain')}</p>
          <ol className="entity-list">
            {orphans.map((a) => <Item key={a.id} {...props} a={a} withAuthor={withAuthor} />)}
          </ol>
        </section>
      )}
    </>
  );
}
