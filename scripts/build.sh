#!/usr/bin/env bash
# Builds the JS package (pkg/dist) and the web app (dist/) in release mode.
# wasm-bindgen and wasm-opt rerun only when cargo produced a new .wasm.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

release="$CARGO_TARGET_DIR/wasm32-unknown-unknown/release"
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
  touch "$out/.built"
}

bindgen "$release/arlens.wasm" experimental-nodejs-module pkg/dist/node arlens
bindgen "$release/arlens.wasm" web pkg/dist/web arlens
bindgen "$release/arlens-web.wasm" web "$CARGO_TARGET_DIR/site" arlens_web

rm -rf dist
mkdir -p dist
cp index.html web/static/* dist/
cp "$CARGO_TARGET_DIR"/site/arlens_web.js "$CARGO_TARGET_DIR"/site/arlens_web_bg.wasm dist/
