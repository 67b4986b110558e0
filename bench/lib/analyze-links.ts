// A generated article with N body links (issue #14: 16k links took 16.8 s), for the linear-time
// test and bench:analyze. Three kinds of links, in turn: on a document ("statement"), on a
// source's name, on its cue ("said"). Deterministic.
import type { TextLink } from '../../lib/extract/types';

export function manyLinksArticle(n: number): { text: string; links: TextLink[] } {
  const parts: string[] = [];
  const links: TextLink[] = [];
  let len = 0;
  const add = (s: string, linkWord?: string, href?: string) => {
    if (linkWord) {
      const at = len + s.indexOf(linkWord);
      links.push({ start: at, end: at + linkWord.length, href: href! });
    }
    parts.push(s);
    len += s.length;
  };
  for (let i = 0; i < n; i++) {
    if (i && i % 5 === 0) add('\n\n');
    else if (i) add(' ');
    const k = i % 3;
    if (k === 0) add(`The ministry said in a statement that exports rose ${i % 90}% in 2024.`, 'statement', `https://gov.example/statement/${i}`);
    else if (k === 1) add(`Officials at Acme Holdings said output fell by ${i} tonnes.`, 'Acme Holdings', `https://acme.example/${i}`);
    else add(`Analysts said prices would rise, according to the central bank.`, 'said', `https://news.example/${i}`);
  }
  return { text: parts.join(''), links };
}
