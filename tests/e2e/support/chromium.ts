// The one set of Chromium flags every browser suite and bench uses: Debian's Chromium, headless,
// no background traffic, nothing resolving but the local test server, and the Gloss build loaded.
/** `hostRules` is Chromium's --host-resolver-rules value (what resolves where). */
export function chromiumArgs(extensionDir: string, hostRules = 'MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    `--host-resolver-rules=${hostRules}`,
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
  ];
}
