# The two commands of the README, and their parts.
.PHONY: serve test setup build bench bench-wasm bench-peers bench-app bench-grid bench-export fuzz

serve: ## install what is missing, build, serve on http://127.0.0.1:8080
	scripts/serve.sh

test: ## install what is missing, run every test layer
	scripts/test.sh

setup:
	scripts/setup.sh --browser

build:
	scripts/setup.sh && scripts/build.sh

bench: ## native criterion benchmarks (see BENCHMARKS.md)
	scripts/setup.sh && cargo bench -p arlens --features xlsx --bench import_aging && cargo bench -p arlens --bench grid && cargo bench -p arlens --bench export

bench-wasm: ## import throughput of the wasm package under Node (see BENCHMARKS.md)
	scripts/setup.sh && scripts/build.sh && node scripts/bench-wasm.mjs

bench-peers: ## arlens vs SheetJS and Papa Parse, native vs wasm, .wasm size (see BENCHMARKS.md)
	scripts/setup.sh && scripts/build.sh && node scripts/bench-peers.mjs

bench-app: ## the app in headless Chromium: file drop and as-of change (see BENCHMARKS.md)
	scripts/setup.sh --browser && scripts/build.sh && node scripts/bench-app.mjs

bench-grid: ## the grids in headless Chromium: sort, filter, search latency, scroll frames (see BENCHMARKS.md)
	scripts/setup.sh --browser && scripts/build.sh && node scripts/bench-grid.mjs

bench-export: ## traces and exports in headless Chromium: a figure's documents, CSV, XLSX, workbook (see BENCHMARKS.md)
	scripts/setup.sh --browser && scripts/build.sh && node scripts/bench-export.mjs

FUZZ_SECONDS ?= 600
fuzz: ## coverage-guided fuzzing, FUZZ_SECONDS per target (see fuzz/README.md); make test replays the corpus
	scripts/setup.sh && scripts/fuzz.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)
