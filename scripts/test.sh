#!/usr/bin/env bash
# Installs what is missing, then runs every test layer; stops at the first failure.
#   1. cargo fmt --check; clippy -D warnings, native and wasm32
#   2. cargo doc with warnings as errors (no broken links); cargo test (native unit,
#      integration, property and doc tests)
#   3. wasm-bindgen-test of the JS binding, under Node
#   4. release build of pkg/ and the web app
#   5. node --test against the built package (import … from "arlens")
#   6. node --test driving the built app in headless Chromium
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
source scripts/env.sh

step() {
  local name=$1
  shift
  local start=$SECONDS
  echo "=== $name"
  "$@"
  echo "=== $name: ok ($((SECONDS - start)) s)"
}

if [ -d ../shared/data ]; then
  echo "../shared/data is present: tests on real ledgers must run (a missing file fails them)"
else
  echo "SKIP: ../shared/data is absent, so tests on real ledgers are skipped"
fi

step "rustfmt" cargo fmt --all --check
step "clippy (native)" cargo clippy --workspace --all-targets --features arlens/xlsx -- -D warnings
step "clippy (wasm32)" cargo clippy --target wasm32-unknown-unknown -p arlens -p arlens-web --features arlens/wasm --all-targets -- -D warnings
step "cargo doc (no broken links)" env RUSTDOCFLAGS="-D warnings" cargo doc -p arlens --no-deps
step "cargo test (native)" cargo test --workspace --features arlens/xlsx
step "wasm-bindgen-test (node)" cargo test -p arlens --features wasm --target wasm32-unknown-unknown --test wasm
step "build" scripts/build.sh
step "build (trap-test core)" scripts/build.sh --trap-test
step "node tests of pkg/" node --test tests/node/
step "browser tests" node --test --test-concurrency=1 tests/browser/
echo "all test layers passed"
