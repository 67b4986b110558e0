// Shapes the analyzer's spans for the panel: ids that tie list entries to their marks, sources
// grouped by name with their mentions, figure values formatted for reading.
import type { FigureSpan, SourceSpan } from '../lib/analyze/types';

export interface Mention<S> {
  id: string;
  span: S;
}

export interface SourceGroup {
  name: string;
  mentions: Mention<SourceSpan>[];
  kinds: string[];
  cues: string[];
  href?: string;
}

export const sourceId = (i: number) => `s${i}`;
export const figureId = (i: number) => `f${i}`;

/** Sources grouped by `name`, most mentioned first, ties in reading order. */
export function groupSources(sources: SourceSpan[]): SourceGroup[] {
  const groups = new Map<string, SourceGroup>();
  sources.forEach((span, i) => {
    const key = span.name.toLocaleLowerCase();
    let g = groups.get(key);
    if (!g) {
      g = { name: span.name, mentions: [], kinds: [], cues: [] };
      groups.set(key, g);
    }
    g.mentions.push({ id: sourceId(i), span });
    if (!g.kinds.includes(span.kind)) g.kinds.push(span.kind);
    if (span.cue && !g.cues.includes(span.cue)) g.cues.push(span.cue);
    if (span.href && !g.href) g.href = span.href;
  });
  return [...groups.values()].sort((a, b) => b.mentions.length - a.mentions.length || a.mentions[0].span.start - b.mentions[0].span.start);
}

/** "1,500,000", "200,000–300,000 people", "USD 1,200,000,000", "2024-09-16". */
export function formatFigureValue(figure: FigureSpan, locale?: string): string | null {
  const { value, unit } = figure;
  if (value === undefined || value === null) return null;
  const nf = new Intl.NumberFormat(locale, { maximumFractionDigits: 6 });
  const num = (v: number) => nf.format(v);
  let shown: string;
  if (Array.isArray(value)) shown = `${num(value[0])}–${num(value[1])}`;
  else if (typeof value === 'number') shown = num(value);
  else shown = value;
  if (!unit) return shown;
  if (unit === '%') return `${shown} %`;
  return /^[A-Z]{3}$/.test(unit) ? `${unit} ${shown}` : `${shown} ${unit}`;
}
