// The benchmark's queries: what a researcher types into the library search — common and rare
// words, two or three words, half-typed last words, quoted phrases taken from the articles,
// Ukrainian and German words (typed without umlauts), and the same with filters.
import type { SearchFilters } from '../../lib/search';
import { rng, vocabulary, type GeneratedLibrary } from './library-generate';

export interface BenchQuery {
  q: string;
  filters?: SearchFilters;
  label: string;
}

export function benchQueries(lib: GeneratedLibrary, seed = 11): BenchQuery[] {
  const r = rng(seed);
  const vocab = vocabulary();
  const rare = () => vocab[2000 + Math.floor(r() * 15000)];
  const mid = () => vocab[150 + Math.floor(r() * 1500)];
  const phrase = (n: number) => {
    const a = lib.articles[Math.floor(r() * lib.articles.length)];
    const w = a.text.split(/\s+/);
    const i = Math.floor(r() * (w.length - n));
    return w.slice(i, i + n).join(' ').replace(/[^\p{L}\p{N}\s]/gu, '');
  };
  const qs: BenchQuery[] = [
    { q: 'minister', label: 'common word' },
    { q: 'ukraine', label: 'common word' },
    { q: 'energy prices', label: 'two words' },
    { q: 'police said city', label: 'three words' },
    { q: 'sanctions', label: 'word' },
    { q: 'inflation budget', label: 'two words' },
    { q: 'minis', label: 'prefix' },
    { q: 'ukr', label: 'prefix' },
    { q: 'kharkiv refug', label: 'word + prefix' },
    { q: 'уряд', label: 'Ukrainian' },
    { q: 'prasident krieg', label: 'German, folded' },
    { q: 'ecole sante', label: 'French, folded' },
    { q: 'needs check', label: 'tag words' },
    { q: 'ministry dataset', label: 'note words' },
  ];
  for (let i = 0; i < 8; i++) qs.push({ q: rare(), label: 'rare word' });
  for (let i = 0; i < 8; i++) qs.push({ q: `${mid()} ${mid()}`, label: 'two mid words' });
  for (let i = 0; i < 6; i++) qs.push({ q: `"${phrase(2 + (i % 3))}"`, label: 'phrase' });
  for (let i = 0; i < 6; i++) qs.push({ q: mid().slice(0, 3), label: 'prefix (3 letters)' });
  const sites = [...new Set(lib.articles.map((a) => a.siteName).filter((s): s is string => !!s))];
  const filtered: BenchQuery[] = [
    { q: 'minister', filters: { site: sites[0] }, label: 'word + site' },
    { q: 'war', filters: { tag: 'claim' }, label: 'word + tag' },
    { q: 'prices', filters: { color: 'green', kind: 'annotation' }, label: 'word + colour' },
    { q: 'police', filters: { hasNotes: true }, label: 'word + has notes' },
    { q: 'election', filters: { from: Date.UTC(2024, 5, 1), to: Date.UTC(2025, 0, 1), dateField: 'published' }, label: 'word + dates' },
    { q: '', filters: { tag: 'verified' }, label: 'tag only' },
    { q: '', filters: { site: sites[1], color: 'pink' }, label: 'site + colour only' },
  ];
  return [...qs, ...filtered];
}
