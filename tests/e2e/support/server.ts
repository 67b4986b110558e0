// The local web server both browser suites read pages from. It serves tests/e2e/pages/ (and the
// hostile pages of tests/security/fixtures under /security/, and the vendored real pages of
// tests/fixtures/article-extraction as /zyte/<name>.html) on
// 127.0.0.1 (a port the OS picks), so the e2e build's host permissions cover it and no test needs
// the network. It logs every request, so a test can prove that something (the hostile page's
// payloads, the panel) did NOT call home: `/pwned` is the canary endpoint the payloads aim at.
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { PAGES_DIR, ROOT, SECURITY_FIXTURES_DIR } from './paths';

/** The vendored real pages of the Zyte benchmark (gzipped), served as `/zyte/<name>.html`. */
const ZYTE_DIR = path.join(ROOT, 'tests/fixtures/article-extraction/html');

export interface LoggedRequest {
  method: string;
  /** Path and query, as the client sent them. */
  url: string;
  referer?: string;
  origin?: string;
  at: number;
}

export interface TestServer {
  /** e.g. http://127.0.0.1:41234 (no trailing slash) */
  origin: string;
  port: number;
  /** Absolute URL of a file in tests/e2e/pages/ (or any path on the server). */
  url(pathname: string): string;
  /** Every request received so far, oldest first. */
  requests: LoggedRequest[];
  /** Requests to the canary endpoint `/pwned` (any query). */
  pwned(): LoggedRequest[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
};

/**
 * Pages whose own scripts, handlers, sub-resources and meta refresh must stay inert in the page's
 * tab, so that any request to `/pwned` can only come from Gloss's panel. A CSP `sandbox` without
 * `allow-scripts` also stops `<meta http-equiv=refresh>` (an "automatic feature"), which no
 * fetch directive covers. The DOM is untouched, so the content script still hands over every payload.
 */
const INERT_PAGES = new Set(['/hostile.html']);
const INERT_CSP = "sandbox allow-same-origin; default-src 'none'; style-src 'unsafe-inline'; form-action 'none'";

export async function startServer(): Promise<TestServer> {
  const requests: LoggedRequest[] = [];
  let origin = '';

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push({
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      referer: req.headers.referer,
      origin: req.headers.origin,
      at: Date.now(),
    });
    const headers: Record<string, string> = { 'cache-control': 'no-store' };

    if (url.pathname === '/pwned' || url.pathname.startsWith('/pwned')) {
      res.writeHead(204, { ...headers, 'access-control-allow-origin': '*' });
      res.end();
      return;
    }

    // /security/… are the hostile pages of tests/security/fixtures (one copy for unit and e2e tests);
    // /zyte/<name>.html a vendored real page, gunzipped.
    const zyte = /^\/zyte\/([0-9a-f]{64})\.html$/.exec(url.pathname);
    const [root, rel] = zyte
      ? [ZYTE_DIR, `/${zyte[1]}.html.gz`]
      : url.pathname.startsWith('/security/')
        ? [SECURITY_FIXTURES_DIR, url.pathname.slice('/security'.length)]
        : [PAGES_DIR, url.pathname];
    const file = path.normalize(path.join(root, decodeURIComponent(rel)));
    if (!file.startsWith(root + path.sep)) {
      res.writeHead(403, headers).end();
      return;
    }
    let body: Buffer;
    try {
      body = await fs.readFile(file);
      if (zyte) body = gunzipSync(body);
    } catch {
      res.writeHead(404, { ...headers, 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const ext = zyte ? '.html' : path.extname(file);
    headers['content-type'] = TYPES[ext] ?? 'application/octet-stream';
    if (INERT_PAGES.has(url.pathname)) headers['content-security-policy'] = INERT_CSP;
    // Pages aim their payloads at this very server: `__ORIGIN__` becomes http://127.0.0.1:<port>.
    const out = ext === '.html' ? Buffer.from(body.toString('utf8').replaceAll('__ORIGIN__', origin)) : body;
    res.writeHead(200, headers);
    res.end(out);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    port,
    url: (pathname) => new URL(pathname, origin + '/').href,
    requests,
    pwned: () => requests.filter((r) => r.url.startsWith('/pwned')),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
