# Sourced by the other scripts: one PATH and one target dir for every step.
# npm's binaryen comes first: Debian's wasm-opt (binaryen 108) breaks the wasm.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
