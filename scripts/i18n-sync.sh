#!/usr/bin/env bash
# Re-extracts UI strings into xliff/zh-TW.xlf (keeping existing translations) and regenerates
# src/i18n/generated/. Add the new <target>s to the xliff, then run this again.
# Serialized with flock so parallel work on one tree does not interleave writes.
set -euo pipefail
cd "$(dirname "$0")/.."
exec 9>/tmp/ogp-widgets-i18n.lock
flock 9
npx lit-localize extract
npx lit-localize build
node scripts/split-translations.mjs
