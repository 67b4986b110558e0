// `npm run analyze -- <file-or-url>... [--url URL]`: the same lib/ code as the extension, run in
// Node over files (.html, .htm, .html.gz, directories of them) and http(s) URLs. Prints one JSON
// object per input per line on stdout and nothing else (diagnostics go to stderr):
//   article:      {input, url, isArticle: true, title, byline, siteName, publishedTime, lang, dir,
//                  excerpt, wordCount, text, html, sources, figures, languageUnread?}
//   not article:  {input, url, isArticle: false, reason, message, title}
//   unreadable:   {input, error}
// Every span satisfies text === output.text.slice(start, end); spans that do not are dropped.
// Exit 0 when the batch ran (whatever the pages were), 2 on bad usage.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { extractFromHtml } from '../extract/node';
import { analyzeText } from '../analyze/index';
import { charsetFromContentType, decodeHtml } from './decode';

const USAGE = `usage: npm run analyze -- <file-or-url>... [--url URL]
  file    .html/.htm (also .html.gz) or a directory of them
  url     http(s)://… (fetched, 20 s timeout)
  --url   the page URL for file inputs (default: file:// + absolute path)`;

const FETCH_TIMEOUT_MS = 20_000;
const MAX_BYTES = 50 * 1024 * 1024;


interface Args {
  inputs: string[];
  url: string | null;
}

function parseArgs(argv: string[]): Args | string {
  const inputs: string[] = [];
  let url: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--url') {
      const v = argv[++i];
      if (!v) return '--url needs a value';
      try {
        url = new URL(v).href;
      } catch {
        return `--url: not a URL: ${v}`;
      }
    } else if (a.startsWith('--url=')) {
      try {
        url = new URL(a.slice(6)).href;
      } catch {
        return `--url: not a URL: ${a.slice(6)}`;
      }
    } else if (a === '-h' || a === '--help') {
      return '';
    } else if (a === '--') {
      continue;
    } else if (a.startsWith('--')) {
      return `unknown option ${a}`;
    } else inputs.push(a);
  }
  if (inputs.length === 0) return 'no input given';
  return { inputs, url };
}

export { decodeHtml }; // page bytes in their declared encoding: ./decode.ts

/** Refuses bytes that are not a text document (images, archives, executables). */
function looksBinary(buf: Buffer): boolean {
  const n = Math.min(buf.length, 8192);
  if (n === 0) return false;
  if (buf[0] === 0xff && buf[1] === 0xfe) return false; // UTF-16 BOMs hold NULs
  if (buf[0] === 0xfe && buf[1] === 0xff) return false;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = buf[i];
    if (c === 0) return true;
    if (c < 9 || (c > 13 && c < 32 && c !== 27)) bad++;
  }
  return bad / n > 0.05;
}

function readInputFile(path: string): Buffer {
  let buf = readFileSync(path);
  if (buf.length > 1 && buf[0] === 0x1f && buf[1] === 0x8b) buf = gunzipSync(buf, { maxOutputLength: MAX_BYTES });
  return buf;
}

function expandInputs(inputs: string[]): string[] {
  const out: string[] = [];
  for (const i of inputs) {
    if (/^https?:\/\//i.test(i)) {
      out.push(i);
      continue;
    }
    let st;
    try {
      st = statSync(i);
    } catch {
      out.push(i); // reported as unreadable later
      continue;
    }
    if (st.isDirectory()) {
      const files = readdirSync(i).filter((f) => /\.(?:html?|xhtml)(?:\.gz)?$/i.test(f)).sort();
      for (const f of files) out.push(join(i, f));
    } else out.push(i);
  }
  return out;
}

async function fetchPage(u: string): Promise<{ html: string; url: string }> {
  const res = await fetch(u, {
    redirect: 'follow',
    signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    headers: { 'user-agent': 'Mozilla/5.0 (compatible; Gloss-analyze/0.1)', accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' },
  });
  if (!res.ok) throw new Error(`HTTP ${res.status} ${res.statusText}`);
  const type = res.headers.get('content-type') || '';
  if (type && !/html|xml|text\/plain/i.test(type)) throw new Error(`not an HTML page (${type})`);
  const buf = Buffer.from(await res.arrayBuffer());
  if (buf.length > MAX_BYTES) throw new Error('page too large');
  if (looksBinary(buf)) throw new Error('not an HTML/text document (binary content)');
  return { html: decodeHtml(buf, charsetFromContentType(type)), url: res.url || u };
}

type Span = { start: number; end: number; text: string };
function validSpans<T extends Span>(spans: T[] | undefined, text: string): T[] {
  if (!Array.isArray(spans)) return [];
  return spans.filter(
    (s) => s && Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end > s.start &&
      s.end <= text.length && s.text === text.slice(s.start, s.end),
  );
}

export async function analyzeInput(input: string, pageUrl: string | null): Promise<Record<string, unknown>> {
  let html: string;
  let url: string;
  try {
    if (/^https?:\/\//i.test(input)) {
      ({ html, url } = await fetchPage(input));
    } else {
      const buf = readInputFile(input);
      if (buf.length > MAX_BYTES) throw new Error('file too large');
      if (looksBinary(buf)) throw new Error('not an HTML/text document (binary content)');
      html = decodeHtml(buf);
      url = pageUrl ?? pathToFileURL(resolve(input)).href;
    }
  } catch (e) {
    return { input, error: errorMessage(e) };
  }
  if (!/<[a-z!]/i.test(html)) {
    return { input, error: 'not an HTML document' };
  }
  try {
    const r = extractFromHtml(html, url);
    if (!r.isArticle) return { input, url, isArticle: false, reason: r.reason, message: r.message, title: r.title };
    const a = r.article;
    let sources: Span[] = [];
    let figures: Span[] = [];
    let languageUnread: string | undefined;
    try {
      const an = analyzeText(a.text, { lang: a.lang, links: a.links, published: a.publishedTime, url: a.url, canonicalUrl: a.canonicalUrl, siteName: a.siteName });
      sources = validSpans(an.sources as Span[], a.text);
      figures = validSpans(an.figures as Span[], a.text);
      languageUnread = an.languageUnread;
      const dropped = (an.sources?.length ?? 0) + (an.figures?.length ?? 0) - sources.length - figures.length;
      if (dropped > 0) process.stderr.write(`analyze: ${input}: dropped ${dropped} span(s) whose text does not match their offsets\n`);
    } catch (e) {
      process.stderr.write(`analyze: ${input}: analyzer failed: ${errorMessage(e)}\n`);
    }
    return {
      input, url, isArticle: true, title: a.title, byline: a.byline, siteName: a.siteName,
      publishedTime: a.publishedTime, lang: a.lang, dir: a.dir, excerpt: a.excerpt, wordCount: a.wordCount,
      text: a.text, html: a.html, sources, figures,
      // a language without a lexicon: no sources are read and figures are numbers only
      ...(languageUnread ? { languageUnread } : {}),
    };
  } catch (e) {
    return { input, error: `extraction failed: ${errorMessage(e)}` };
  }
}

function errorMessage(e: unknown): string {
  if (e && typeof e === 'object' && 'code' in e && (e as { code: string }).code === 'ENOENT') return 'no such file';
  if (e && typeof e === 'object' && 'code' in e && (e as { code: string }).code === 'EISDIR') return 'is a directory';
  if (e instanceof Error && e.name === 'TimeoutError') return 'fetch timed out';
  return e instanceof Error ? e.message : String(e);
}

function writeLine(obj: unknown): Promise<void> {
  return new Promise((res) => {
    if (process.stdout.write(JSON.stringify(obj) + '\n')) res();
    else process.stdout.once('drain', () => res());
  });
}

async function main() {
  // stdout is for JSON lines only: anything a library logs goes to stderr
  for (const k of ['log', 'info', 'debug', 'warn'] as const) {
    console[k] = (...a: unknown[]) => void process.stderr.write(a.map(String).join(' ') + '\n');
  }
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    process.stderr.write((args ? `analyze: ${args}\n` : '') + USAGE + '\n');
    process.exit(args ? 2 : 0);
  }
  for (const input of expandInputs(args.inputs)) {
    await writeLine(await analyzeInput(input, args.url));
    // jsdom frees a closed window only when the event loop turns: without this, memory grows
    // by megabytes per page over a batch
    await new Promise<void>((r) => setImmediate(r));
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((e) => {
    process.stderr.write(`analyze: ${errorMessage(e)}\n`);
    process.exit(1);
  });
}
