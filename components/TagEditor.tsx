// Edits an annotation's tags: chips with a remove button, and an input that autocompletes from
// the tags already in the library (Enter or comma adds a tag).
import { useId, useState, type KeyboardEvent } from 'react';
import { t } from './i18n';

interface Props {
  tags: string[];
  known: Array<{ name: string; color: string | null }>;
  onChange: (tags: string[]) => void;
  autoFocus?: boolean;
}

export function TagEditor({ tags, known, onChange, autoFocus }: Props) {
  const [draft, setDraft] = useState('');
  const listId = useId();
  const colorOf = (name: string) => known.find((k) => k.name.toLocaleLowerCase() === name.toLocaleLowerCase())?.color;
  const add = () => {
    const parts = draft.split(',').map((s) => s.trim()).filter(Boolean);
    if (parts.length) onChange([...tags, ...parts]);
    setDraft('');
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' || e.key === ',') {
      e.preventDefault();
      add();
    } else if (e.key === 'Backspace' && !draft && tags.length) {
      onChange(tags.slice(0, -1));
    }
  };
  return (
    <div className="tag-editor">
      <ul className="tag-chips" aria-label={t('tags')}>
        {tags.map((tag) => (
          <li key={tag} className={`tag-chip ${colorOf(tag) ? `tag-${colorOf(tag)}` : ''}`} data-testid="tag-chip">
            {tag}
            <button type="button" aria-label={t('removeTag', tag)} onClick={() => onChange(tags.filter((x) => x !== tag))}>✕</button>
          </li>
        ))}
      </ul>
      <input
        type="text"
        className="tag-input"
        data-testid="tag-input"
        list={listId}
        value={draft}
        placeholder={t('addTagPlaceholder')}
        aria-label={t('addTags')}
        autoFocus={autoFocus}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={onKey}
        onBlur={() => draft.trim() && add()}
      />
      <datalist id={listId}>
        {known.filter((k) => !tags.includes(k.name)).map((k) => <option key={k.name} value={k.name} />)}
      </datalist>
    </div>
  );
}
