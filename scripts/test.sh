#!/usr/bin/env bash
# `npm test`: every check, cheapest first, so that a mistake fails fast.
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1
# One fixed "now" for every build and spec: the sample's scheduled article (2027-06-01) stays
# scheduled however late the last commit is, so the suite's verdict never depends on the calendar.
export SITE_NOW="${SITE_NOW:-2026-06-01T00:00:00Z}"
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

step "content check";   npm run --silent check
step "types";           npm run --silent typecheck
step "lint";            npm run --silent lint
step "format";          npm run --silent format:check
step "workflows";       npm run --silent lint:workflows
step "unit tests";      npm run --silent test:unit
step "preview build (drafts, banner, noindex) into out-preview/"
OUT_DIR=out-preview npm run --silent build:preview
step "production build"; npm run --silent build
step "valid HTML";      npx tsx scripts/validate-html.ts out && npx tsx scripts/validate-html.ts out-preview
step "links and anchors"; npm run --silent test:links && npm run --silent test:links -- out-preview
step "end-to-end (desktop and mobile)"; npx playwright test
step "hostile content (one extra build)"; npm run --silent test:hostile
