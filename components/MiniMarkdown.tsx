// Renders the light Markdown of a note (paragraphs, lists, **strong**, *emphasis*, `code`, links)
// as React elements. Never as HTML: a note can hold anything a user pasted, so nothing in it can
// become markup, and only http(s)/mailto links are made clickable.
import type { ReactNode } from 'react';
import { BULLET_ITEM, INLINE_MARKDOWN, NUMBERED_ITEM, tokenText } from '../lib/markdown';
const SAFE_HREF = /^(https?:\/\/|mailto:)/i;

function inline(text: string, keyBase: string): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  let i = 0;
  for (const m of text.matchAll(INLINE_MARKDOWN)) {
    const token = m[0];
    const at = m.index ?? 0;
    if (at > last) out.push(text.slice(last, at));
    const key = `${keyBase}-${i++}`;
    const label = tokenText(token);
    if (token.startsWith('**') || token.startsWith('__')) out.push(<strong key={key}>{label}</strong>);
    else if (token.startsWith('`')) out.push(<code key={key}>{label}</code>);
    else if (token.startsWith('[')) {
      const href = token.slice(token.indexOf('](') + 2, -1);
      out.push(SAFE_HREF.test(href) ? <a key={key} href={href} target="_blank" rel="noopener noreferrer">{label}</a> : token);
    } else if (/^https?:/i.test(token)) out.push(<a key={key} href={token} target="_blank" rel="noopener noreferrer">{token}</a>);
    else out.push(<em key={key}>{label}</em>);
    last = at + token.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

export function MiniMarkdown({ source }: { source: string }) {
  const blocks: ReactNode[] = [];
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  let n = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (!line.trim()) {
      i++;
      continue;
    }
    const kind = BULLET_ITEM.test(line) ? 'ul' : NUMBERED_ITEM.test(line) ? 'ol' : null;
    if (kind) {
      const re = kind === 'ul' ? BULLET_ITEM : NUMBERED_ITEM;
      const items: ReactNode[] = [];
      while (i < lines.length && re.test(lines[i])) {
        items.push(<li key={i}>{inline(lines[i].replace(re, ''), `l${i}`)}</li>);
        i++;
      }
      blocks.push(kind === 'ul' ? <ul key={n++}>{items}</ul> : <ol key={n++}>{items}</ol>);
      continue;
    }
    const para: string[] = [];
    while (i < lines.length && lines[i].trim() && !BULLET_ITEM.test(lines[i]) && !NUMBERED_ITEM.test(lines[i])) para.push(lines[i++]);
    const key = n++;
    blocks.push(
      <p key={key}>
        {para.flatMap((l, j) => (j === 0 ? inline(l, `p${key}-${j}`) : [<br key={`br${j}`} />, ...inline(l, `p${key}-${j}`)]))}
      </p>,
    );
  }
  return <div className="note-text">{blocks}</div>;
}
