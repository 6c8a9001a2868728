#!/usr/bin/env bash
# `npm test`: lint and format check, typecheck, unit + integration tests (vitest), production build, browser tests
# (playwright on Debian's Chromium). Ends with one line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
reports=tests/.reports
rm -rf "$reports" && mkdir -p "$reports"

if [ ! -x /usr/bin/chromium ] && [ -z "${CHROMIUM_PATH:-}" ]; then
  echo "Chromium is missing: installing Debian's chromium package (needs root and apt)..."
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || true
  fi
  if [ ! -x /usr/bin/chromium ]; then
    echo "Could not install Chromium. Run 'sudo apt-get install chromium' or set CHROMIUM_PATH to a Chromium binary, then run npm test again."
    echo "0 passed, 1 failed"
    exit 1
  fi
fi

lint_failed=0
echo "== lint and format (eslint, prettier --check; \`npm run format\` fixes the format)"
npm run lint --silent || lint_failed=1

typecheck_failed=0
echo "== typecheck"
npx tsc || typecheck_failed=1

echo "== unit and integration tests"
npx vitest run --reporter=default --reporter=json --outputFile="$reports/vitest.json"

echo "== production build"
build_failed=0
npm run build --silent >"$reports/build.log" 2>&1 || { build_failed=1; cat "$reports/build.log"; }

echo "== browser tests"
if [ "$build_failed" = 0 ]; then
  PLAYWRIGHT_JSON_OUTPUT_NAME="$reports/playwright.json" npx playwright test --reporter=list,json
fi

node tests/support/summarize.mjs "$reports" "$((typecheck_failed + lint_failed))" "$build_failed"
