// Build configuration for both browsers. The manifest asks for the fewest permissions that work:
// Gloss reads a tab only when the user invokes it (activeTab + scripting); see README "Permissions".
import { defineConfig } from 'wxt';

// `--mode e2e` builds a test-only variant: the e2e suites cannot click the toolbar button that grants
// activeTab, so that build may read pages served from the local test server, and nothing else.
const E2E_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

// Every build bundles React's production build, `--mode e2e` included: WXT sets NODE_ENV to the
// mode's name (wxt-dev/wxt#1416), and Vite then bundles React's development build (StrictMode's
// double renders, dev-only checks) for any mode but "production" — so e2e tests and
// bench:library-page ran a slower React than users get. The mode itself (import.meta.env.MODE,
// the e2e manifest and hooks) is unchanged.
if (process.env.NODE_ENV === 'e2e') process.env.NODE_ENV = 'production';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/auto-icons'],
  // One source image; auto-icons renders every size the stores and toolbars use (96: Firefox's
  // add-ons manager and AMO on high-density screens).
  autoIcons: { baseIconPath: 'assets/icon.svg', developmentIndicator: false, sizes: [128, 96, 48, 32, 16] },
  // The sources zip is for AMO's reviewers: what `npm ci && npm run build` needs to rebuild the
  // Firefox zip byte for byte (package.json, lock, configs, entrypoints, components, lib, public,
  // assets, README), without the test suites, fixtures, benchmarks and their results.
  zip: {
    excludeSources: [
      'tests/**',
      'bench/**',
      'docs/**',
      'test-results/**',
      'playwright-report/**',
      'playwright.config.ts',
      'vitest.config.ts',
      'vitest.firefox.config.ts',
    ],
  },
  imports: false,
  manifestVersion: 3,
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'activeTab',
      'scripting',
      'storage',
      'contextMenus',
      'alarms',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    // Sync (Settings → Sync) asks for the one origin of the user's CouchDB server, when they turn it on.
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    ...(mode === 'e2e' ? { host_permissions: E2E_HOSTS } : {}),
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'open-gloss': {
        suggested_key: { default: 'Alt+Shift+G' },
        description: '__MSG_commandOpen__',
      },
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandHighlight__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'gloss@gloss-reader.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Gloss is a desktop add-on (sidebar_action), but the linter holds Android to
            // gecko.strict_min_version unless told otherwise, and data_collection_permissions
            // came to Firefox for Android in 142 (web-ext's KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
