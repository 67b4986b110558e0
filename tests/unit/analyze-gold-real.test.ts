// lib/analyze on the real-page gold set (tests/fixtures/gold-real): the tune half and the held-back
// check half, each page extracted live as `npm run analyze` does. The floors are what the analyzer
// reached when this was written — a regression guard, not a target (the targets are printed
// by `npm run bench:gold`). The check half is only ever scored in total here: its errors are not
// read to change a rule. Every gold text must still be in the extracted text (extraction drift).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOLD_REAL, goldNames, scorePage, tally, type Half, type RealPage } from '../../bench/lib/gold-real';

// F1 reached when the rules were last changed (npm run bench:gold), with both batches of grown tune
// pages (batch 2 is harder: it scored 0.80 before any rule looked at it): tune sources 0.952,
// figures 0.985; check sources 0.807, figures 0.952. Batch 3 of grown tune pages (unseen by the rules
// when added) brought tune to sources 0.939, figures 0.971. The fourth round of rules (ANALYZER_VERSION 7)
// reached tune sources 0.948, figures 0.989; check sources 0.815, figures 0.958. Batch 4 (unseen when
// added: sources 0.83, figures 0.95 on its own) brought tune to sources 0.932, figures 0.983. The rules
// written from batch 4 (ANALYZER_VERSION 9) reached tune sources 0.945, figures 0.983; check sources
// 0.815, figures 0.958 (unchanged). Batch 5 (unseen when added: sources 0.80, figures 0.97 on its
// own) brought tune to sources 0.928, figures 0.981. The rules written from batch 5 (ANALYZER_VERSION
// 10: classes of construction, not sentences) took batch 5 from sources 0.804 (P 0.895, R 0.73),
// figures 0.967 to sources 0.923 (P 0.989, R 0.865), figures 0.995; tune from sources 0.928
// (P 0.941, R 0.915), figures 0.981 to sources 0.940 (P 0.951, R 0.929), figures 0.984; check from
// sources 0.815 (P 0.941, R 0.719), figures 0.958 to sources 0.824 (P 0.939, R 0.734; English recall
// 0.65 -> 0.66), figures 0.958. Batch 6 (unseen when added: sources 0.84 (P 1.00, R 0.72), figures
// 0.93 on its own) brought tune to sources 0.930, figures 0.978. The rules written from batch 6
// (ANALYZER_VERSION 11) took batch 6 from sources 0.840 (P 1.00, R 0.724), figures 0.930 to sources
// 0.911 (P 1.00, R 0.837), figures 0.963; tune from sources 0.930 (P 0.955, R 0.906), figures 0.978 to
// sources 0.938 (P 0.956, R 0.921), figures 0.982; check (as bench:gold prints it) from sources 0.82
// (P 0.94, R 0.73; English recall 0.66) to 0.82 (P 0.94, R 0.74; English recall 0.67), figures 0.96
// (unchanged). Batch 7 (unseen when added: sources 0.756 (P 0.80, R 0.716), figures 0.856 (P 0.81,
// R 0.907) on its own) brought tune to sources 0.921, figures 0.958. The rules written from batch 7
// (ANALYZER_VERSION 12) took batch 7 to sources 0.853 (P 0.913, R 0.80), figures 0.936 (P 0.916,
// R 0.956); tune from sources 0.921 (P 0.942, R 0.901), figures 0.958 to sources 0.930 (P 0.952,
// R 0.909), figures 0.974; check (score-gold total) from sources 0.825 (P 0.939, R 0.737) to 0.822
// (P 0.936, R 0.734; English recall 0.67 -> 0.66 as bench:gold prints it), figures 0.960 (unchanged);
// after the review narrowed nine of those rules: batch 7 and tune the same, check sources 0.824
// (P 0.936, R 0.737; English recall 0.67).
// Batch 8 (unseen when added: sources 0.938 (P 1.00, R 0.883), figures 0.968 on its own) brought tune to
// sources 0.931, figures 0.974. The rules written from batch 8 (ANALYZER_VERSION 13) took batch 8 to sources
// 0.983 (P 1.00, R 0.967), figures 0.972; tune to sources 0.935 (P 0.954, R 0.917), figures 0.974; check
// (score-gold total) from sources 0.824 to 0.826 (P 0.936, R 0.740), figures 0.960 (unchanged).
// Batch 9 (Readability.js's test pages: 9 English, 2 French, 1 German; unseen when added: sources 0.825 (P 0.894,
// R 0.766), figures 0.970 on its own) brought tune to sources 0.924 (P 0.948, R 0.900), figures 0.974. The rules
// written from batch 9 (ANALYZER_VERSION 14) took batch 9 to sources 0.908 (P 0.930, R 0.887), figures 0.977; tune to
// sources 0.932 (P 0.951, R 0.913; French 0.800 -> 0.918), figures 0.974; check (score-gold total) from sources 0.826
// to 0.828 (P 0.936, R 0.740 -> 0.743), figures 0.959 (unchanged).
// Batch 10 (12 more of Readability.js's test pages, all English; unseen when added: sources 0.802 (P 0.874, R 0.740),
// figures 0.916 (P 0.881, R 0.954) on its own) brought tune to sources 0.919 (P 0.944, R 0.896), figures 0.968. The rules
// written from batch 10 (still ANALYZER_VERSION 14: nothing shipped since) took batch 10 to sources 0.831 (P 0.902,
// R 0.771), figures 0.927; tune to sources 0.922 (P 0.947, R 0.899), figures 0.969; check (score-gold total) unchanged,
// sources 0.828 (P 0.936, R 0.743), figures 0.959. The tune floors went down with the harder pages.
// Batch 11 (6 more of Readability.js's test pages, all English; unseen when added: sources 0.753 (P 0.897, R 0.649),
// figures 0.949 on its own) brought tune to sources 0.920 (P 0.946, R 0.896), figures 0.969. The rules written from
// batch 11 (ANALYZER_VERSION 17) took batch 11 to sources 0.855 (P 0.939, R 0.784), figures 0.959; tune to sources 0.922 (P 0.947,
// R 0.899), figures 0.969; check (aggregate) unchanged, sources 0.827 (P 0.933, R 0.743), figures 0.961.
// Floors are those, rounded down a notch.
const FLOORS: Record<Half, { sources: number; figures: number }> = {
  tune: { sources: 0.915, figures: 0.965 },
  check: { sources: 0.815, figures: 0.955 },
};

/** Benchmark pages labelled after the split to grow the tune half (README: "Grown tune pages",
 * batches 1–10): all go to tune, so the check half stays the pages it was when its
 * figures were first reported. */
const GROWN_TUNE_1 = ['zyte-39d5c43b', 'zyte-57d46c9d', 'zyte-5caf91b8', 'zyte-7916ecca', 'zyte-7de52419', 'zyte-82b6d780', 'zyte-d0382c0d', 'zyte-d1c57d78', 'zyte-db6b0816', 'zyte-ea25dd7e'];
const GROWN_TUNE_2 = ['zyte-360c732d', 'zyte-42aad16b', 'zyte-65408257', 'zyte-6ebac05f', 'zyte-776a1c04', 'zyte-961bd85c', 'zyte-ef4e67b6', 'zyte-f8ff621a'];
const GROWN_TUNE_3 = ['zyte-0d461229', 'zyte-156770d6', 'zyte-1ee91d1f', 'zyte-291a8bf3', 'zyte-702d1da6', 'zyte-7a664e40', 'zyte-c50845a7', 'zyte-c58aa507', 'zyte-c7e39ac4', 'zyte-e7994d55'];
const GROWN_TUNE_4 = ['zyte-05844573', 'zyte-1f765c48', 'zyte-359fee22', 'zyte-5a822960', 'zyte-624fcd90', 'zyte-8b194530', 'zyte-bd673bd7', 'zyte-eb62ac84', 'zyte-f344ca5f', 'zyte-ffc109d4'];
const GROWN_TUNE_5 = ['zyte-3c5bf8db', 'zyte-432362af', 'zyte-4a44ab3e', 'zyte-51d066b0', 'zyte-5f9c5ed5', 'zyte-92101975', 'zyte-a078b365', 'zyte-b37be353', 'zyte-bdb56ac8', 'zyte-c467d507'];
const GROWN_TUNE_6 = ['zyte-2c46804d', 'zyte-374ac9a5', 'zyte-70cb2d5b', 'zyte-785affa2', 'zyte-7bb1ca90', 'zyte-7dfc3e35', 'zyte-b0cf2bbf', 'zyte-ba4dfe2d', 'zyte-dc7ccccc', 'zyte-e1c7023e'];
const GROWN_TUNE_7 = ['zyte-04a6711c', 'zyte-06ee193d', 'zyte-14cc2a0c', 'zyte-2f42ef1d', 'zyte-3f65af7b', 'zyte-65bf3048', 'zyte-87bf6057', 'zyte-9cb8224b', 'zyte-f5c90a6d', 'zyte-fde930b0'];
const GROWN_TUNE_8 = ['zyte-1ace8c85', 'zyte-232a43fb', 'zyte-51374560', 'zyte-65ce3a45', 'zyte-686bb170', 'zyte-8e3efab5', 'zyte-ac1bfdd4', 'zyte-d605bdef', 'zyte-d90bda7e', 'zyte-ef2b3f26'];
/** Batch 9: Readability.js's own test pages (Apache-2.0, READABILITY-LICENSE.md beside them), named `rtp-<page>`;
 * English, French (lemonde-1, liberation-1) and German (heise) news. */
const GROWN_TUNE_9 = ['rtp-bbc-1', 'rtp-guardian-1', 'rtp-heise', 'rtp-herald-sun-1', 'rtp-lemonde-1', 'rtp-liberation-1', 'rtp-nytimes-1', 'rtp-telegraph', 'rtp-wapo-1', 'rtp-wapo-2', 'rtp-yahoo-2', 'rtp-yahoo-3'];
/** Batch 10: more of Readability.js's test pages (English news, science, policy and a tabloid item). */
const GROWN_TUNE_10 = ['rtp-ars-1', 'rtp-breitbart', 'rtp-buzzfeed-1', 'rtp-cnn', 'rtp-medicalnewstoday', 'rtp-msn', 'rtp-nytimes-3', 'rtp-nytimes-4', 'rtp-quanta-1', 'rtp-seattletimes-1', 'rtp-tmz-1', 'rtp-webmd-1'];
/** Batch 11: six more of Readability.js's test pages (same source and naming), labelled before the detector saw them. */
const GROWN_TUNE_11 = ['rtp-cnet', 'rtp-nytimes-2', 'rtp-spiceworks', 'rtp-webmd-2', 'rtp-wikia', 'rtp-wordpress'];
const GROWN_TUNE = [...GROWN_TUNE_1, ...GROWN_TUNE_2, ...GROWN_TUNE_3, ...GROWN_TUNE_4, ...GROWN_TUNE_5, ...GROWN_TUNE_6, ...GROWN_TUNE_7, ...GROWN_TUNE_8, ...GROWN_TUNE_9, ...GROWN_TUNE_10, ...GROWN_TUNE_11];

/** The README's split rule: the benchmark pages alternate in sorted order; written pages per
 * language; grown pages are tune. */
function expectedHalf(name: string, all: string[]): Half {
  if (GROWN_TUNE.includes(name)) return 'tune';
  if (name.startsWith('zyte-')) {
    const ids = all.filter((n) => n.startsWith('zyte-') && !GROWN_TUNE.includes(n)).sort();
    return ids.indexOf(name) % 2 === 0 ? 'tune' : 'check';
  }
  const langs = [...new Set(all.filter((n) => !n.startsWith('zyte-') && !GROWN_TUNE.includes(n)).map((n) => n.split('-')[0]))].sort();
  const lang = name.split('-')[0];
  const same = all.filter((n) => n.startsWith(`${lang}-`)).sort();
  const first: Half = langs.indexOf(lang) % 2 === 0 ? 'tune' : 'check';
  return same.indexOf(name) % 2 === 0 ? first : first === 'tune' ? 'check' : 'tune';
}

describe('the real-page gold set', () => {
  const halves: Half[] = ['tune', 'check'];
  const all = halves.flatMap((h) => goldNames(h));

  it('has the issue\'s 24 benchmark pages, the grown tune pages and 3 written pages per language, each half by the committed split rule', () => {
    expect(all.filter((n) => n.startsWith('zyte-') && !GROWN_TUNE.includes(n)).length).toBe(24);
    for (const n of GROWN_TUNE) expect(all, n).toContain(n);
    for (const lang of ['de', 'fr', 'ru', 'uk']) expect(all.filter((n) => n.startsWith(`${lang}-`)).length, lang).toBe(3);
    for (const h of halves) for (const n of goldNames(h)) expect(expectedHalf(n, all), n).toBe(h);
    for (const h of halves) expect(readdirSync(join(GOLD_REAL, h)).filter((f) => f.endsWith('.html')).length).toBe(goldNames(h).length);
  });

  const scored: Record<Half, RealPage[]> = { tune: [], check: [] };
  for (const half of halves) {
    describe(half, () => {
      it.each(goldNames(half))('%s: every gold text is in the extracted text', (name) => {
        const page = scorePage(half, name);
        scored[half].push(page);
        expect(page.drift, `${half}/${name}: gold texts no longer in the text npm run analyze extracts (lib/extract changed?)`).toEqual([]);
      });

      it(`${half}: sources and figures F1 at or above the floor`, () => {
        const pages = scored[half].length === goldNames(half).length ? scored[half] : goldNames(half).map((n) => scorePage(half, n));
        const { all: t } = tally(pages);
        const summary = JSON.stringify(t);
        expect(t.sources.F1, summary).toBeGreaterThanOrEqual(FLOORS[half].sources);
        expect(t.figures.F1, summary).toBeGreaterThanOrEqual(FLOORS[half].figures);
      });
    });
  }
});
