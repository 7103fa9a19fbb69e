#!/usr/bin/env bash
# Installs what is missing, builds, and serves arlens on http://127.0.0.1:8080.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
source scripts/env.sh
exec node scripts/serve.mjs "${PORT:-8080}"
