#!/usr/bin/env bash
# The project's test command: the Rust core's tests, then the Python package built
# as a wheel, installed into the current interpreter, and tested with pytest.
#
#   bash tests/run_all.sh
#
# Needs cargo, and maturin, pytest and mypy pip-installed (pip install maturin
# pytest mypy). The wheel is a release build: the large-input tests are meant for
# optimised code.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
python="${PYTHON:-python}"

echo "== cargo test (core, without the Python bindings)"
cargo test --no-default-features

wheels="$(mktemp -d)"
trap 'rm -rf "$wheels"' EXIT

echo "== maturin build --release"
"$python" -m maturin build --release --quiet --interpreter "$python" --out "$wheels"
"$python" -m pip install --quiet --force-reinstall --no-deps "$wheels"/jixiao-*.whl

echo "== pytest"
"$python" -m pytest tests
