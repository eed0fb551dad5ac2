#!/usr/bin/env bash
# `npm test`: every test. Integration tests run on PGlite, and also on PostgreSQL when
# DATABASE_URL is set (.ci/run sets it). End-to-end tests run the production build.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== Type check"
npx next typegen >/dev/null
npx tsc --noEmit

echo "== Unit tests"
npx vitest run --project unit

echo "== Integration tests on PGlite"
DATABASE_URL= npx vitest run --project integration

if [ -n "${DATABASE_URL:-}" ]; then
  echo "== Integration tests on PostgreSQL (${DATABASE_URL%%@*}@…)"
  npx vitest run --project integration
fi

echo "== Production build"
DATABASE_URL= npx next build

echo "== End-to-end tests (Playwright, Chromium)"
npx playwright test
