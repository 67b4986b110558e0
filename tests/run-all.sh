#!/usr/bin/env bash
# `npm test`: every suite, in order, stopping at the first failure:
#   0. the type check of the whole project (tsc --noEmit)
#   1. unit tests (Vitest, tests/unit), then web-ext lint of the Firefox production build
#   2. the test variant of the extension for both browsers (`wxt build --mode e2e`: adds host
#      permissions for 127.0.0.1/localhost, see wxt.config.ts)
#   3. Chromium end-to-end (Playwright, tests/e2e/chromium, /usr/bin/chromium)
#   4. Firefox end-to-end (puppeteer-core over WebDriver BiDi, tests/e2e/firefox, /usr/bin/firefox-esr,
#      with the German and Ukrainian language packs, firefox-esr-l10n-de and -uk)
# and ends, whatever happened, with one line `N passed, M failed` counted from the JSON reports.
# Browsers: CHROMIUM_BIN / FIREFOX_BIN override the Debian paths.
set -euo pipefail
cd "$(dirname "$0")/.."

REPORTS=test-results/reports
rm -rf "$REPORTS"
mkdir -p "$REPORTS"

SUMMARY_ARGS=()
summarize() {
  local status=$?
  echo
  echo "── summary ($(( SECONDS / 60 ))m$(( SECONDS % 60 ))s) ──"
  node tests/e2e/support/summarize.mjs "${SUMMARY_ARGS[@]}" || echo "0 passed, 1 failed"
  exit "$status"
}
trap summarize EXIT

# step <name> <report or -> <seconds allowed> <command...>: runs one step, records how it ended.
step() {
  local name=$1 report=$2 limit=$3 started=$SECONDS status=0
  shift 3
  echo
  echo "── $name: $* ──"
  timeout --kill-after=30 "$limit" "$@" || status=$?
  [ "$status" = 124 ] && echo "$name: timed out after ${limit}s"
  echo "── $name: exit $status in $(( SECONDS - started ))s ──"
  SUMMARY_ARGS+=("$name=$report:$status")
  return "$status"
}

# The browsers come from Debian; on a fresh machine (as root) they are installed here, so the
# README's `npm test` works as it stands. Never a browser download by Playwright or puppeteer.
if [ -z "${CHROMIUM_BIN:-}" ] && [ -z "${FIREFOX_BIN:-}" ] && { [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/firefox-esr ]; }; then
  if [ "$(id -u)" = 0 ]; then
    echo "── installing Debian's chromium and firefox-esr ──"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium firefox-esr >/dev/null
  else
    echo "npm test needs /usr/bin/chromium and /usr/bin/firefox-esr: sudo apt-get install chromium firefox-esr" >&2
    exit 1
  fi
fi

# The Firefox layout suite (tests/e2e/firefox/layout.test.ts) runs Firefox in German and
# Ukrainian, which needs Debian's language packs; without them it fails and says which to install.
if [ -z "${FIREFOX_BIN:-}" ] && [ "$(id -u)" = 0 ] && ! dpkg -s firefox-esr-l10n-de firefox-esr-l10n-uk >/dev/null 2>&1; then
  echo "── installing Firefox's German and Ukrainian language packs ──"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr-l10n-de firefox-esr-l10n-uk >/dev/null
fi

step typecheck - 600 npx tsc --noEmit -p .
# 900 s: the sync tests (tests/unit/sync.test.ts) run a CouchDB-compatible server and two devices;
# under the load of other jobs on two cores the whole unit step passed 600 s.
step unit "$REPORTS/unit.json" 900 \
  npm run test:unit -- --reporter=default --reporter=json --outputFile.json="$REPORTS/unit.json"
step lint-firefox - 300 npm run lint:firefox
step build-chrome - 300 npx wxt build --mode e2e
step build-firefox - 300 npx wxt build -b firefox --mode e2e
step chromium "$REPORTS/chromium.json" 2700 \
  env GLOSS_CHROMIUM_JSON="$REPORTS/chromium.json" npx playwright test --config playwright.config.ts
step firefox "$REPORTS/firefox.json" 1200 \
  env GLOSS_FIREFOX_JSON="$REPORTS/firefox.json" npx vitest run --config vitest.firefox.config.ts
