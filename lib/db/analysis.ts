// Runs lib/analyze on a saved article: what lib/db stores once per article version. Its own module,
// imported lazily (loadAnalyzer) by the writes that need it, so pages that only read the library
// (the library page) do not load the analyser and its lexicons to show their first row.
import { ANALYZER_VERSION, type Analysis } from '../analyze';
import { analyzeTextReusing } from '../analyze/lastAnalysis';
import type { SavedArticle, StoredAnalysis, StoredSource } from './schema';

/** Sources grouped by name (case-insensitive), in order of first mention. */
function groupSources(analysis: Analysis): StoredSource[] {
  const byName = new Map<string, StoredSource>();
  for (const s of analysis.sources) {
    const key = s.name.toLocaleLowerCase();
    let entry = byName.get(key);
    if (!entry) byName.set(key, (entry = { name: s.name, kinds: [], mentions: 0 }));
    entry.mentions++;
    if (!entry.kinds.includes(s.kind)) entry.kinds.push(s.kind);
  }
  return [...byName.values()];
}

export function analyzeArticle(article: SavedArticle): StoredAnalysis {
  let analysis: Analysis;
  try {
    analysis = analyzeTextReusing(article.text, { lang: article.lang, links: article.links, published: article.publishedTime, url: article.url, canonicalUrl: article.canonicalUrl, siteName: article.siteName });
  } catch (error) {
    // One article the analyser cannot read (an imported record with odd data) must stop neither
    // its save nor the analysis of the others: it counts as having no sources or figures.
    console.error(`Gloss: analysis of ${article.id} failed`, error);
    analysis = { sources: [], figures: [] };
  }
  return { id: article.id, version: ANALYZER_VERSION, updatedAt: article.updatedAt, sources: groupSources(analysis), figures: analysis.figures };
}
