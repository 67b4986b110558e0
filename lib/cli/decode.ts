// Page bytes → text, the way a browser decides the encoding (WHATWG HTML "determining the character
// encoding"), for the `analyze` CLI, which reads files and URLs as bytes: a page saved in GB2312,
// windows-1251, Shift_JIS or ISO-8859-2 must not come out as mojibake. Order, first match wins:
//   1. a byte order mark (UTF-8, UTF-16LE, UTF-16BE)
//   2. bytes that are valid UTF-8 and hold multi-byte sequences: UTF-8, whatever the labels say.
//      Here we part from browsers, which trust a label: saved pages are often re-encoded to UTF-8
//      with their old <meta charset> left in (Readability's `qq` test page: UTF-8 bytes under
//      "charset=gb2312"), and servers send UTF-8 as "ISO-8859-1". Text in a legacy encoding is
//      practically never valid UTF-8 (a Cyrillic, CJK or accented letter breaks the sequence).
//   3. the HTTP Content-Type charset (URLs only)
//   4. a <meta charset> or <meta http-equiv="Content-Type" content="…; charset=…"> near the top
//      (comments skipped; UTF-16 in a meta means UTF-8, x-user-defined means windows-1252)
//   5. an <?xml … encoding="…"?> declaration
//   6. otherwise UTF-8 for pure ASCII, windows-1252 for the rest (the browsers' default for
//      unlabelled Western pages)
// TextDecoder (Node 20 ships full ICU) knows every label of the Encoding Standard. Pure: bytes in.

export type EncodingSource = 'bom' | 'utf-8' | 'header' | 'meta' | 'xml' | 'default';

export interface Sniffed {
  /** The Encoding Standard name TextDecoder uses ("gbk", "windows-1251", "shift_jis", …). */
  encoding: string;
  source: EncodingSource;
  /** Bytes to skip (the BOM). */
  skip: number;
}

/** How far into the page a <meta> charset is looked for. The standard says 1,024 bytes; real
 *  pages put long <script>/<style> blocks first, and browsers look further. */
const PRESCAN_BYTES = 16 * 1024;

/** The TextDecoder name for a label, or null for a label the Encoding Standard does not know. */
export function encodingFor(label: string | null | undefined): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim().toLowerCase()).encoding;
  } catch {
    return null;
  }
}

/** The charset parameter of a Content-Type header value ("text/html; charset=GB2312" → "GB2312"). */
export function charsetFromContentType(type: string | null | undefined): string | null {
  const m = type?.match(/;\s*charset\s*=\s*["']?([^"';\s]+)/i);
  return m ? m[1] : null;
}

/** The charset a page declares in its <meta> tags, as written (not validated). */
export function metaCharset(head: string): string | null {
  const text = head.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ');
  const metas = text.match(/<meta\b[^>]*>/gi) ?? [];
  for (const tag of metas) {
    const direct = tag.match(/\bcharset\s*=\s*["']?\s*([^"'\s/>;]+)/i);
    if (direct && !/\bcontent\s*=/i.test(tag.slice(0, direct.index))) return direct[1];
    if (/\bhttp-equiv\s*=\s*["']?\s*content-type/i.test(tag)) {
      const content = tag.match(/\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i);
      const cs = charsetFromContentType(`x;${(content?.[1] ?? content?.[2] ?? content?.[3] ?? '').replace(/^[^;]*;?/, '')}`);
      if (cs) return cs;
    }
  }
  return null;
}

/** True when `bytes` decode as UTF-8 without error and hold at least one multi-byte character. */
function isMultibyteUtf8(bytes: Uint8Array): boolean {
  let i = 0;
  while (i < bytes.length && bytes[i] < 0x80) i++;
  if (i === bytes.length) return false; // pure ASCII: any ASCII-compatible label reads it alike
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(i));
    return true;
  } catch {
    return false;
  }
}

/** Which encoding a browser would read `bytes` in, and why. */
export function sniffEncoding(bytes: Uint8Array, headerCharset?: string | null): Sniffed {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', source: 'bom', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', source: 'bom', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', source: 'bom', skip: 2 };
  if (isMultibyteUtf8(bytes)) return { encoding: 'utf-8', source: 'utf-8', skip: 0 };
  const fromHeader = encodingFor(headerCharset);
  if (fromHeader) return { encoding: fromHeader, source: 'header', skip: 0 };
  // ASCII-compatible prescan: every encoding we can meet here keeps "<meta … charset=…>" in ASCII
  const head = latin1(bytes.subarray(0, PRESCAN_BYTES));
  let fromMeta = encodingFor(metaCharset(head));
  if (fromMeta) {
    if (fromMeta === 'utf-16le' || fromMeta === 'utf-16be') fromMeta = 'utf-8';
    return { encoding: fromMeta, source: 'meta', skip: 0 };
  }
  if (/^x-user-defined$/i.test(metaCharset(head) ?? '')) return { encoding: 'windows-1252', source: 'meta', skip: 0 };
  const xml = head.match(/^\s*<\?xml\b[^>]*\bencoding\s*=\s*["']([^"']+)["']/i);
  const fromXml = encodingFor(xml?.[1]);
  if (fromXml) return { encoding: fromXml, source: 'xml', skip: 0 };
  return { encoding: bytes.some((b) => b >= 0x80) ? 'windows-1252' : 'utf-8', source: 'default', skip: 0 };
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return s;
}

/** Decodes page bytes as a browser would (see the header). Malformed sequences become U+FFFD. */
export function decodeHtml(bytes: Uint8Array, headerCharset?: string | null): string {
  const { encoding, skip } = sniffEncoding(bytes, headerCharset);
  return new TextDecoder(encoding).decode(bytes.subarray(skip));
}
