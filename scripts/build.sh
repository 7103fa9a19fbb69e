#!/usr/bin/env bash
# Builds the JS package (pkg/dist) and the web app (dist/) in release mode.
# wasm-bindgen and wasm-opt rerun only when cargo produced a new .wasm.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

release="$CARGO_TARGET_DIR/wasm32-unknown-unknown/release"

# --trap-test: the package's core with an export that traps (feature trap-for-tests),
# unoptimised, in pkg/dist-test/ (never packed), for tests/node/trap.test.mjs.
if [ "${1:-}" = --trap-test ]; then
  cargo build --target wasm32-unknown-unknown -p arlens --features trap-for-tests
  input="$CARGO_TARGET_DIR/wasm32-unknown-unknown/debug/arlens.wasm"
  out=pkg/dist-test/node
  if [ ! "$out/.built" -nt "$input" ]; then
    echo "[build] arlens (trap-for-tests) → $out" >&2
    rm -rf "$out"
    wasm-bindgen --target experimental-nodejs-module --out-dir "$out" --out-name arlens "$input"
    node scripts/add-reset.mjs "$out/arlens.js" node
    touch "$out/.built"
  fi
  exit 0
fi
# One invocation, so both see the same features of `arlens` and neither rebuilds the other.
cargo build --release --target wasm32-unknown-unknown -p arlens -p arlens-web --features arlens/wasm

# bindgen IN TARGET OUT_DIR NAME: wasm-bindgen then wasm-opt -O3, unless OUT_DIR is newer than IN.
bindgen() {
  local input=$1 target=$2 out=$3 name=$4
  if [ "$out/.built" -nt "$input" ]; then return; fi
  echo "[build] $name → $out ($target)" >&2
  rm -rf "$out"
  wasm-bindgen --target "$target" --out-dir "$out" --out-name "$name" "$input"
  wasm-opt -O3 "$out/${name}_bg.wasm" -o "$out/${name}_bg.wasm"
  if [ "$name" = arlens ]; then
    node scripts/add-reset.mjs "$out/$name.js" "$([ "$target" = web ] && echo web || echo node)"
  fi
  touch "$out/.built"
}

bindgen "$release/arlens.wasm" experimental-nodejs-module pkg/dist/node arlens
bindgen "$release/arlens.wasm" web pkg/dist/web arlens
bindgen "$release/arlens-web.wasm" web "$CARGO_TARGET_DIR/site" arlens_web

rm -rf dist
mkdir -p dist
cp index.html web/static/* dist/
cp "$CARGO_TARGET_DIR"/site/arlens_web.js "$CARGO_TARGET_DIR"/site/arlens_web_bg.wasm dist/
# The service worker's cache is named for this build: a new build is an update.
version=$(cat dist/* | sha256sum | cut -c1-16)
sed -i "s/^const VERSION = \"development\";/const VERSION = \"$version\";/" dist/sw.js
