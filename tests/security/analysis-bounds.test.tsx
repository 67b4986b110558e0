// Issue 14: the analysis reads a bounded amount of prose, whatever the page. A long run of ASCII
// without a space (a URL, a hash, a 2 MB "word") is not prose; a text beyond MAX_ANALYSED_CHARS is
// read up to a paragraph end and the analysis says where it stopped. Outcomes only: the time is
// `npm run bench:hostile`'s job.
import { describe, expect, it } from 'vitest';
import { analyzeText, MAX_ANALYSED_CHARS } from '../../lib/analyze';
import { blankNonProse, MAX_PROSE_RUN } from '../../lib/analyze/prose';
import { sentenceIndex } from '../../lib/analyze/sentences';
import { renderToStaticMarkup } from 'react-dom/server';
import { AnalysisPartialNote } from '../../components/AnalysisPartialNote';
import { useCatalogue } from '../support/catalogue';

const PROSE = 'The port authority said on Tuesday that 1,240 passengers used the late ferry, up 18% on last year.';

describe('text that is not prose', () => {
  it('a run of ASCII longer than MAX_PROSE_RUN yields no figures, and the prose around it is still read', () => {
    const blob = 'x1,2.'.repeat(MAX_PROSE_RUN); // digits and dots, as in a hash or a dump
    const text = `${PROSE} ${blob} ${PROSE}`;
    const a = analyzeText(text, { lang: 'en' });
    const inBlob = (s: { start: number; end: number }) => s.end > PROSE.length + 1 && s.start < PROSE.length + 1 + blob.length;
    expect(a.figures.filter(inBlob)).toEqual([]);
    expect(a.figures.map((f) => f.text)).toEqual(expect.arrayContaining(['1,240', '18%']));
    expect(a.figures.filter((f) => f.start > PROSE.length + blob.length).length).toBeGreaterThan(0);
    expect(a.sources.map((s) => s.name)).toContain('port authority');
    for (const span of [...a.sources, ...a.figures]) expect(span.text).toBe(text.slice(span.start, span.end));
  });

  it('a URL of ordinary length in the text is left alone (blanking keeps every offset)', () => {
    const text = `Figures: https://stats.example.org/2024/ports?id=1240 and ${'y'.repeat(MAX_PROSE_RUN + 1)} end`;
    const blanked = blankNonProse(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked.startsWith('Figures: https://stats.example.org/2024/ports?id=1240 and ')).toBe(true);
    expect(blanked.endsWith(`${' '.repeat(MAX_PROSE_RUN + 1)} end`)).toBe(true);
    expect(blankNonProse(PROSE)).toBe(PROSE);
  });

  it('Chinese and Japanese, written without spaces, are never taken for such a run', () => {
    const zh = '据港务局介绍，第一个月有1240名乘客使用了夜间渡轮，比去年增长18%。'.repeat(40);
    const ja = '港湾局によると、最初の月に1240人が夜のフェリーを利用した。'.repeat(40);
    expect(zh.length).toBeGreaterThan(MAX_PROSE_RUN * 4);
    expect(blankNonProse(zh)).toBe(zh);
    expect(blankNonProse(ja)).toBe(ja);
    const spaced = '据港务局介绍，第一个月有 1240 名乘客使用了夜间渡轮，比去年增长 18%。'.repeat(40);
    expect(analyzeText(spaced, { lang: 'zh' }).figures).toHaveLength(80);
  });
});

describe('a text longer than MAX_ANALYSED_CHARS', () => {
  const paragraph = `${PROSE} ${PROSE}`;
  const count = Math.ceil((MAX_ANALYSED_CHARS * 1.5) / (paragraph.length + 2));
  const text = Array.from({ length: count }, () => paragraph).join('\n\n');

  it('is read up to a paragraph end before the limit, says so, and finds nothing past it', () => {
    const a = analyzeText(text, { lang: 'en' });
    expect(a.analysedChars).toBeGreaterThan(MAX_ANALYSED_CHARS * 0.9);
    expect(a.analysedChars).toBeLessThanOrEqual(MAX_ANALYSED_CHARS);
    expect(text.slice(a.analysedChars!, a.analysedChars! + 2)).toBe('\n\n');
    expect(a.figures.length).toBeGreaterThan(1000);
    expect(Math.max(...a.figures.map((f) => f.end))).toBeLessThanOrEqual(a.analysedChars!);
    expect(Math.max(...a.sources.map((s) => s.end))).toBeLessThanOrEqual(a.analysedChars!);
  });

  it('a text within the limit is read whole and carries no analysedChars', () => {
    expect(analyzeText(paragraph, { lang: 'en' }).analysedChars).toBeUndefined();
  });
});

describe('sentences of lines without a terminator', () => {
  it('each such line is one sentence, as ICU would have it, and lines with a terminator are still split', () => {
    const text = 'line 1 of the poem\nline 2 of the poem\nIt rained. Then it stopped\nno end here';
    const idx = sentenceIndex(text, 'en');
    const sentences = idx.starts.map((s, i) => text.slice(s, idx.ends[i]));
    expect(sentences).toEqual(['line 1 of the poem', 'line 2 of the poem', 'It rained.', 'Then it stopped', 'no end here']);
  });
});

describe('the panel says where the analysis stopped', () => {
  it('a partial analysis gets a line with both counts above the lists; a whole one gets none', () => {
    useCatalogue('en');
    const html = renderToStaticMarkup(<AnalysisPartialNote analysedChars={999_987} totalChars={1_678_827} />);
    expect(html).toContain('data-testid="analysis-partial"');
    expect(html).toContain('first part of this text only (characters: 999,987 of 1,678,827)');
    expect(renderToStaticMarkup(<AnalysisPartialNote totalChars={1_000} />)).toBe('');
    useCatalogue('de');
    expect(renderToStaticMarkup(<AnalysisPartialNote analysedChars={999_987} totalChars={1_678_827} />)).toContain('(Zeichen: 999.987 von 1.678.827)');
  });
});
