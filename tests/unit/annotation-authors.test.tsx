// @vitest-environment jsdom
// The Notes list in a team library (components/AnnotationList.tsx): no author line for a single
// user, "by you" / "by bob" once a team member's highlights are there, a filter by author when
// there is more than one, and a team member's highlight shown read-only with the reason.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { AnnotationList, type ListedAnnotation } from '../../components/AnnotationList';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const item = (id: string, author?: string, note = ''): ListedAnnotation => ({
  id,
  color: 'yellow',
  note,
  tags: ['t1'],
  exact: `quote ${id}`,
  prefix: '',
  suffix: '',
  anchored: { start: 0, end: 5, text: `quote ${id}`, changed: false },
  createdAt: 1,
  ...(author ? { author } : {}),
});

let root: Root | null = null;
let host: HTMLElement;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  host?.remove();
});

function render(items: ListedAnnotation[], me: string | null) {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  const noop = () => {};
  act(() =>
    root!.render(
      <AnnotationList
        items={items}
        me={me}
        knownTags={[]}
        diff={(a, b) => [{ op: 'same', text: a + b }]}
        editingNoteId={null}
        onEditNote={noop}
        onJump={noop}
        onUpdate={async () => {}}
        onDelete={noop}
        onCopy={noop}
        onReattach={noop}
      />,
    ),
  );
}

const q = (sel: string) => [...host.querySelectorAll<HTMLElement>(sel)];
const ids = () => q('[data-testid="annotation-item"]').map((e) => e.dataset.annotation);
const itemOf = (id: string) => host.querySelector<HTMLElement>(`[data-annotation="${id}"]`)!;

describe('authors in the Notes list', () => {
  it('a single user (sync never on, or a personal database) sees no author and no filter', () => {
    render([item('a'), item('b')], null);
    expect(q('[data-testid="annotation-author"]')).toHaveLength(0);
    expect(q('[data-testid="notes-filter-author"]')).toHaveLength(0);
    act(() => root!.unmount());
    host.remove();
    render([item('a', 'alice'), item('b')], 'alice');
    expect(q('[data-testid="annotation-author"]')).toHaveLength(0);
    expect(q('[data-testid="delete-annotation"]')).toHaveLength(2);
  });

  it('with a team member’s highlight: whose each is, a filter, and theirs read-only', () => {
    render([item('mine', 'alice'), item('unstamped'), item('bobs', 'bob', 'bob’s *note*')], 'alice');
    const lines = q('[data-testid="annotation-author"]').map((e) => e.textContent);
    // unit tests have no catalogue: t() shows the key (and annotationBy's name comes from the key's substitution)
    expect(lines).toHaveLength(3);
    expect(lines.filter((l) => l === 'annotationByYou')).toHaveLength(2);
    // bob's: no editors, no colours, no delete; the note as text and the reason
    const bobs = itemOf('bobs');
    expect(bobs.querySelector('[data-testid="delete-annotation"]')).toBeNull();
    expect(bobs.querySelector('[role="radiogroup"]')).toBeNull();
    expect(bobs.querySelector('[data-testid="add-tags"]')).toBeNull();
    expect(bobs.querySelector('[data-testid="annotation-readonly"]')).not.toBeNull();
    expect(bobs.querySelector('.note-text em')?.textContent).toBe('note');
    expect(bobs.querySelector('.tag-chip')?.textContent).toBe('t1');
    // alice's: editable
    expect(itemOf('mine').querySelector('[data-testid="delete-annotation"]')).not.toBeNull();
    expect(itemOf('unstamped').querySelector('[data-testid="annotation-readonly"]')).toBeNull();

    const select = host.querySelector<HTMLSelectElement>('[data-testid="notes-filter-author"]')!;
    expect([...select.options].map((o) => o.value)).toEqual(['', '=alice', '=bob']);
    const choose = (value: string) =>
      act(() => {
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
    choose('=bob');
    expect(ids()).toEqual(['bobs']);
    choose('=alice');
    expect(ids()).toEqual(['mine', 'unstamped']);
    choose('');
    expect(ids()).toEqual(['mine', 'unstamped', 'bobs']);
  });

  it('without a sync user nothing is read-only, but other authors are still named', () => {
    render([item('a'), item('b', 'bob')], null);
    expect(q('[data-testid="annotation-author"]')).toHaveLength(2);
    expect(q('[data-testid="annotation-readonly"]')).toHaveLength(0);
    expect(q('[data-testid="delete-annotation"]')).toHaveLength(2);
  });
});
