#!/usr/bin/env bash
# `npm test`: every test. Integration tests run on PGlite, and also on PostgreSQL when
# DATABASE_URL is set (.ci/run sets it). End-to-end and system tests run the production build.
# Independent suites run side by side (two cores); each one's output is printed whole when it ends.
set -uo pipefail
cd "$(dirname "$0")/.."

logs=$(mktemp -d)
failed=()

# step NAME COMMAND…: runs in the foreground, stops everything on failure.
step() {
  local name=$1
  shift
  echo "== $name"
  if ! "$@"; then
    echo "!! $name failed"
    exit 1
  fi
}

# together NAME1 'CMD1' NAME2 'CMD2' …: runs the commands at once, prints each output in order.
together() {
  local -a names=() pids=()
  while [ $# -gt 0 ]; do
    names+=("$1")
    bash -c "$2" >"$logs/${#names[@]}.log" 2>&1 &
    pids+=($!)
    shift 2
  done
  for i in "${!names[@]}"; do
    local status=0
    wait "${pids[$i]}" || status=$?
    echo "== ${names[$i]}"
    cat "$logs/$((i + 1)).log"
    if [ "$status" -ne 0 ]; then
      echo "!! ${names[$i]} failed (exit $status)"
      failed+=("${names[$i]}")
    fi
  done
}

step "Type check" bash -c 'npx next typegen >/dev/null && npx tsc --noEmit'
step "Lint (ESLint, zero warnings)" npx eslint . --max-warnings 0
step "Format (Prettier)" npx prettier --check . --log-level warn
step "Unit tests" npx vitest run --project unit

if [ -n "${DATABASE_URL:-}" ]; then
  together \
    "Integration tests on PGlite" 'DATABASE_URL= npx vitest run --project integration' \
    "Integration tests on PostgreSQL (${DATABASE_URL%%@*}@…)" 'npx vitest run --project integration'
else
  together "Integration tests on PGlite" 'DATABASE_URL= npx vitest run --project integration'
fi
[ ${#failed[@]} -eq 0 ] || { echo "!! failed: ${failed[*]}"; exit 1; }

step "Production build" env DATABASE_URL= npx next build

# The end-to-end suite shares one server; the system tests start their own (throwaway
# PostgreSQL, outage, load) and run one at a time.
together \
  "End-to-end tests (Playwright, Chromium)" 'npx playwright test' \
  "System tests (own servers: database outage, load)" 'npx playwright test -c playwright.system.config.ts'

rm -rf "$logs"
if [ ${#failed[@]} -ne 0 ]; then
  echo "!! failed: ${failed[*]}"
  exit 1
fi
echo "== All tests passed"
