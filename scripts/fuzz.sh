#!/usr/bin/env bash
# Coverage-guided fuzzing of arlens with AFL++ through cargo-afl, on stable Rust.
#   scripts/fuzz.sh [SECONDS] [TARGET ...]     (make fuzz FUZZ_SECONDS=… FUZZ_TARGETS="…")
# Fuzzes each target (all of fuzz/src/lib.rs's Target::ALL by default) for SECONDS
# (default 600), FUZZ_JOBS targets at a time (default: the number of cores).
# Seeds: the committed corpus, tests/fixtures, ../shared/data/calamine-tests when
# present, and small generated ledgers (arlens-fuzz-seed). After each run the new
# inputs are minimised with afl-cmin into fuzz/corpus/<target> (named by their
# SHA-1: commit them, `make test` replays them), crashes and hangs are copied to
# fuzz/found/<target>/ (fix each, then move it to fuzz/regressions/<target>/),
# and a line per target is appended to fuzz/LOG.md.
# Installs clang, llvm and cargo-afl (which builds AFL++) when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

log() { printf '[fuzz] %s\n' "$*" >&2; }

seconds=${1:-${FUZZ_SECONDS:-600}}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  read -r -a targets <<<"${FUZZ_TARGETS:-csv xlsx xlsm xlsb xls ods file inspect options plan}"
fi
jobs=${FUZZ_JOBS:-$(nproc)}

afl_version=0.18.2
if ! command -v clang >/dev/null || ! command -v llvm-config >/dev/null; then
  log "installing Debian's clang and llvm (AFL++ is built with them)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq clang llvm >/dev/null
fi
if [ "$(cargo afl --version 2>/dev/null | awk '{ print $2 }')" != "$afl_version" ]; then
  log "installing cargo-afl $afl_version (builds AFL++; a few minutes)"
  cargo install cargo-afl --version "$afl_version"
fi
rustc_version=$(rustc --version | awk '{ print $2 }')
if ! compgen -G "$HOME/.local/share/afl.rs/rustc-$rustc_version-*/afl.rs-$afl_version/afl/bin/afl-fuzz" >/dev/null; then
  log "building AFL++ for rustc $rustc_version"
  cargo afl config --build --force
fi

log "building the targets (profile fuzz: optimised, overflow checks on)"
cargo afl build --profile fuzz -p arlens-fuzz --features afl --bin arlens-fuzz
cargo build -p arlens-fuzz --bin arlens-fuzz-seed
binary=$CARGO_TARGET_DIR/fuzz/arlens-fuzz

work=$CARGO_TARGET_DIR/fuzzing
rm -rf "$work/seeds"
sources=(tests/fixtures)
[ -d ../shared/data/calamine-tests ] && sources+=(../shared/data/calamine-tests)
"$CARGO_TARGET_DIR/debug/arlens-fuzz-seed" "$work/seeds" "${sources[@]}"

dictionary() {
  case $1 in
    csv | inspect) echo "-x fuzz/dict/csv.dict" ;;
    xlsx | xlsm | ods | file) echo "-x fuzz/dict/xml.dict" ;;
    *) echo "" ;;
  esac
}

export AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1 AFL_NO_UI=1
export AFL_SKIP_CRASHES=1 AFL_FAST_CAL=1

fuzz_one() {
  local target=$1 in=$work/in/$1 out=$work/out/$1
  rm -rf "$in" "$out"
  mkdir -p "$in"
  cp -r "$work/seeds/$target/." "$in/" 2>/dev/null || true
  cp -r "fuzz/corpus/$target/." "$in/" 2>/dev/null || true
  cp -r "fuzz/regressions/$target/." "$in/" 2>/dev/null || true
  log "$target: $(ls "$in" | wc -l) seeds, ${seconds} s"
  # shellcheck disable=SC2046
  cargo afl fuzz -i "$in" -o "$out" $(dictionary "$target") -t 2000 -V "$seconds" -- "$binary" "$target" \
    >"$work/$target.log" 2>&1 || log "$target: afl-fuzz ended with an error (see $work/$target.log)"
}

mkdir -p "$work/in" "$work/out"
running=0
for target in "${targets[@]}"; do
  fuzz_one "$target" &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then
    wait -n || true
    running=$((running - 1))
  fi
done
wait

field() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$2"; }
for target in "${targets[@]}"; do
  out=$work/out/$target/default
  stats=$out/fuzzer_stats
  if [ ! -f "$stats" ]; then
    log "$target: no statistics (see $work/$target.log)"
    continue
  fi
  # The corpus: what covers every edge the run saw, smallest first, named by content.
  mini=$work/min/$target
  rm -rf "$mini" && mkdir -p "$mini"
  cargo afl cmin -i "$out/queue" -o "$mini" -t 5000 -- "$binary" "$target" >"$work/$target.cmin.log" 2>&1 ||
    log "$target: afl-cmin failed (see $work/$target.cmin.log); corpus left as it was"
  if [ -n "$(ls "$mini")" ]; then
    rm -rf "fuzz/corpus/$target" && mkdir -p "fuzz/corpus/$target"
    for f in "$mini"/*; do cp "$f" "fuzz/corpus/$target/$(sha1sum "$f" | cut -c1-16)"; done
  fi
  found=0
  for kind in crashes hangs; do
    for f in "$out/$kind"/id:*; do
      [ -e "$f" ] || continue
      mkdir -p "fuzz/found/$target"
      cp "$f" "fuzz/found/$target/$kind-$(sha1sum "$f" | cut -c1-16)"
      found=$((found + 1))
    done
  done
  line="| $(date -u +%F) | $target | $(field run_time "$stats") s | $(field execs_done "$stats") | $(field execs_per_sec "$stats") | $(field edges_found "$stats") of $(field total_edges "$stats") ($(field bitmap_cvg "$stats")) | $(field corpus_count "$stats") → $(ls "fuzz/corpus/$target" | wc -l) | $(field saved_crashes "$stats") | $(field saved_hangs "$stats") |"
  echo "$line" >>fuzz/LOG.md
  echo "$line"
  [ "$found" -eq 0 ] || log "$target: $found crashes or hangs copied to fuzz/found/$target/"
done
