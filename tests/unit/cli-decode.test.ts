// `npm run analyze` reads pages in the encoding they declare, as a browser would: one page per
// legacy encoding (GB2312/GBK, windows-1251, Shift_JIS, ISO-8859-2; tests/fixtures/encodings, made
// with Python's codecs), the BOM, the HTTP Content-Type header for URLs, and the fallback for a page
// that declares nothing.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { charsetFromContentType, decodeHtml, metaCharset, sniffEncoding } from '../../lib/cli/decode';

const repo = resolve(__dirname, '..', '..');
const dir = join(repo, 'tests', 'fixtures', 'encodings');
const bytes = (f: string) => new Uint8Array(readFileSync(join(dir, f)));

// [file, encoding a browser picks, how it knows, a title and a sentence of the page in Unicode]
const CASES: Array<[string, string, string, string, string]> = [
  ['zh-gb2312.html', 'gbk', 'meta', '城市地铁新线路正式开通运营', '全长十二公里，共设八座车站。'],
  ['ru-windows-1251.html', 'windows-1251', 'meta', 'В городе открыли новый мост через реку', 'Стоимость строительства составила 6,2 млрд рублей.'],
  ['ja-shift_jis.html', 'shift_jis', 'meta', '市立図書館が新館を開館、蔵書数は五十万冊', '旧館は来年春まで分館として運営される予定だ。'],
  ['cs-iso-8859-2.html', 'iso-8859-2', 'meta', 'Město opraví historický most do konce příštího roku', 'Oprava bude stát přibližně 180 milionů korun'],
  ['de-undeclared-1252.html', 'windows-1252', 'default', 'Stadtbücherei verlängert Öffnungszeiten', 'Die Ausleihe bleibt weiterhin für alle Einwohnerinnen'],
];

describe('decodeHtml', () => {
  for (const [file, encoding, source, title, sentence] of CASES) {
    it(`${file}: ${encoding} from the ${source}`, () => {
      const b = bytes(file);
      expect(sniffEncoding(b)).toMatchObject({ encoding, source });
      const html = decodeHtml(b);
      expect(html).toContain(`<title>${title}</title>`);
      expect(html).toContain(sentence);
      expect(html).not.toContain('\ufffd');
      // the bytes really are not UTF-8: reading them as UTF-8 would be mojibake
      expect(new TextDecoder('utf-8').decode(b)).not.toContain(sentence);
    });
  }

  it('a byte order mark wins over a <meta> that says otherwise', () => {
    const body = new TextEncoder().encode('<meta charset="windows-1251"><title>Café – €5</title>');
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...body]);
    expect(sniffEncoding(withBom)).toMatchObject({ encoding: 'utf-8', source: 'bom' });
    expect(decodeHtml(withBom)).toBe('<meta charset="windows-1251"><title>Café – €5</title>');
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from('<p>Київ</p>').flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect(decodeHtml(utf16)).toBe('<p>Київ</p>');
  });

  it('UTF-8 bytes under a legacy label (a re-encoded saved page, like Readability\'s qq) read as UTF-8', () => {
    const page = new TextEncoder().encode('<meta http-equiv="Content-Type" content="text/html; charset=gb2312" /><title>人工智能迈上新台阶</title>');
    expect(sniffEncoding(page)).toMatchObject({ encoding: 'utf-8', source: 'utf-8' });
    expect(decodeHtml(page)).toContain('<title>人工智能迈上新台阶</title>');
    expect(decodeHtml(page, 'ISO-8859-1')).toContain('<title>人工智能迈上新台阶</title>');
    // pure ASCII follows the label (every ASCII-compatible encoding reads it the same)
    expect(sniffEncoding(new TextEncoder().encode('<meta charset="gbk"><p>plain</p>'))).toMatchObject({ encoding: 'gbk', source: 'meta' });
  });

  it('the HTTP header wins over the <meta>; a page declaring nothing is UTF-8 when it decodes as UTF-8', () => {
    const cs = bytes('cs-iso-8859-2-undeclared.html');
    expect(sniffEncoding(cs)).toMatchObject({ encoding: 'windows-1252', source: 'default' });
    expect(decodeHtml(cs, 'ISO-8859-2')).toContain('Město opraví historický most');
    expect(sniffEncoding(bytes('ru-windows-1251.html'), 'koi8-r')).toMatchObject({ encoding: 'koi8-r', source: 'header' });
    expect(sniffEncoding(new TextEncoder().encode('<p>Grüße</p>'))).toMatchObject({ encoding: 'utf-8', source: 'utf-8' });
    expect(sniffEncoding(bytes('zh-gb2312.html'), 'no-such-charset')).toMatchObject({ encoding: 'gbk', source: 'meta' });
  });

  it('reads the <meta> forms pages use, skipping comments; UTF-16 in a <meta> means UTF-8', () => {
    expect(metaCharset('<meta charset=GBK>')).toBe('GBK');
    expect(metaCharset('<meta content="text/html; charset=Shift_JIS" http-equiv="Content-Type">')).toBe('Shift_JIS');
    expect(metaCharset("<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=windows-1251'>")).toBe('windows-1251');
    expect(metaCharset('<!-- <meta charset="koi8-r"> --><meta charset="utf-8">')).toBe('utf-8');
    expect(metaCharset('<meta name="description" content="charset=nothing">')).toBeNull();
    expect(sniffEncoding(new TextEncoder().encode('<meta charset="utf-16"><p>x</p>'))).toMatchObject({ encoding: 'utf-8', source: 'meta' });
    expect(charsetFromContentType('text/html; charset="EUC-KR"')).toBe('EUC-KR');
    expect(charsetFromContentType('text/html')).toBeNull();
  });
});

describe('analyze CLI on legacy encodings', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    // serves the Czech page without any declaration in it: only the header says ISO-8859-2
    server = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=ISO-8859-2' });
      res.end(readFileSync(join(dir, 'cs-iso-8859-2-undeclared.html')));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('files and URLs come out as the page reads, one JSON line each', async () => {
    const inputs = [...CASES.map(([f]) => join(dir, f)), `${base}/most.html`];
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'lib/cli/analyze.ts', ...inputs], { cwd: repo, encoding: 'utf8', timeout: 120_000 });
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(inputs.length);
    CASES.forEach(([, , , title, sentence], i) => {
      expect(lines[i], CASES[i][0]).toMatchObject({ isArticle: true, title });
      expect(lines[i].text).toContain(sentence);
    });
    expect(lines[5]).toMatchObject({ isArticle: true, title: 'Město opraví historický most do konce příštího roku' });
    expect(lines[5].text).toContain('Most byl postaven v roce 1868');
  }, 120_000);
});
