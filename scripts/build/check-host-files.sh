#!/usr/bin/env bash
# Refuses a built site (out/ or a downloaded artifact) holding host control files the build did
# not write: Cloudflare Pages runs a _worker.js and obeys _redirects, _routes.json and _headers
# instead of serving them. The build writes exactly one, <site>/_headers, from scripts/build/headers.ts,
# which marks its first line. The content check already refuses these in public/; this is the
# last look before anything is published. Usage: bash scripts/build/check-host-files.sh <site folder>
set -euo pipefail
site="${1:?usage: check-host-files.sh <site folder>}"
marker='# Written by scripts/build/headers.ts'
status=0

while IFS= read -r -d '' path; do
  rel="${path#"$site"/}"
  if [ "$rel" = "_headers" ] && [ "$(head -c ${#marker} "$path")" = "$marker" ]; then
    continue
  fi
  echo "::error title=Host control file::$rel is in the built site but was not written by the build; Cloudflare Pages would run or obey it. Refusing to deploy."
  status=1
done < <(find "$site" \( -name _worker.js -o -name _redirects -o -name _routes.json -o -name _headers \) -print0)

if [ ! -f "$site/index.html" ]; then
  echo "::error::$site has no index.html: not a built site."
  status=1
fi
exit "$status"
