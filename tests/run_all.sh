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

# The Python tools the build and the tests need; installed when missing so that the
# command works on a fresh machine (JIXIAO_NO_INSTALL=1 to forbid it).
missing=()
for mod in maturin pytest mypy; do
  "$python" -c "import $mod" 2>/dev/null || missing+=("$mod")
done
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "${JIXIAO_NO_INSTALL:-0}" = 1 ]; then
    echo "missing Python packages: ${missing[*]} (pip install ${missing[*]})" >&2
    exit 2
  fi
  echo "== pip install ${missing[*]}"
  "$python" -m pip install --quiet "${missing[@]}"
fi

# Formatting is checked first: it takes a second and needs no build. (rustfmt ships
# with rustup's default profile; a toolchain without it skips the check, saying so.)
if cargo fmt --version >/dev/null 2>&1; then
  echo "== cargo fmt --check"
  cargo fmt --check
else
  echo "== cargo fmt --check skipped: rustfmt is not installed"
fi

# Built with the same optimised profile as the wheel below, so the dependencies are
# compiled once for both (and the fuzz and large-input tests run at full speed).
echo "== cargo test --profile ci (core, without the Python bindings)"
cargo test --profile ci --no-default-features

wheels="$(mktemp -d)"
trap 'rm -rf "$wheels"' EXIT

echo "== maturin build --profile ci (optimised, no LTO)"
"$python" -m maturin build --profile ci --quiet --interpreter "$python" --out "$wheels"
"$python" -m pip install --quiet --force-reinstall --no-deps "$wheels"/jixiao-*.whl

echo "== pytest"
"$python" -m pytest tests
