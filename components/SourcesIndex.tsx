// Across the whole library: who is cited, how often, and in which articles.
import type { StoredSource } from '../lib/db';
import { t, tn } from './i18n';

export interface IndexedSource {
  name: string;
  mentions: number;
  kinds: string[];
  articles: Array<{ id: string; title: string; count: number }>;
}

/** Sources across articles (each article's stored sources are already grouped by name). */
export function buildSourcesIndex(items: Array<{ id: string; title: string; sources: StoredSource[] }>): IndexedSource[] {
  const map = new Map<string, IndexedSource>();
  for (const item of items) {
    for (const s of item.sources) {
      const key = s.name.toLocaleLowerCase();
      let entry = map.get(key);
      if (!entry) map.set(key, (entry = { name: s.name, mentions: 0, kinds: [], articles: [] }));
      entry.mentions += s.mentions;
      for (const kind of s.kinds) if (!entry.kinds.includes(kind)) entry.kinds.push(kind);
      entry.articles.push({ id: item.id, title: item.title, count: s.mentions });
    }
  }
  return [...map.values()].sort((a, b) => b.articles.length - a.articles.length || b.mentions - a.mentions || a.name.localeCompare(b.name));
}

/** Articles linked per source row; the rest are counted (a source cited in 400 articles is one row, not 400 links). */
const ARTICLES_PER_ROW = 5;
/** Source rows rendered at most (the most widely cited first). */
const MAX_ROWS = 500;

interface Props {
  sources: IndexedSource[];
  onOpen: (articleId: string) => void;
}

export function SourcesIndex({ sources, onOpen }: Props) {
  if (sources.length === 0) return <p className="state-reason">{t('sourcesEmpty')}</p>;
  return (
    <table className="data-table" data-testid="sources-index">
      <caption className="visually-hidden">{t('sourcesIndexCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('colSource')}</th>
          <th scope="col">{t('colMentions')}</th>
          <th scope="col">{t('colArticles')}</th>
        </tr>
      </thead>
      <tbody>
        {sources.slice(0, MAX_ROWS).map((s) => (
          <tr key={s.name}>
            <th scope="row">{s.name}</th>
            <td>{s.mentions}</td>
            <td>
              <ul className="inline-list">
                {s.articles.slice(0, ARTICLES_PER_ROW).map((a) => (
                  <li key={a.id}>
                    <button type="button" className="link-button" onClick={() => onOpen(a.id)}>{a.title}</button>
                    {a.count > 1 && <span className="hint"> ×{a.count}</span>}
                  </li>
                ))}
                {s.articles.length > ARTICLES_PER_ROW && <li className="hint">{tn('moreArticles', s.articles.length - ARTICLES_PER_ROW)}</li>}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
