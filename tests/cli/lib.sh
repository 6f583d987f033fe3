# Shared helpers of the CLI tests. Each test script is run as:
#   test.sh CLAIMTRACE_BINARY SOURCE_DIR
# and works in a fresh temporary directory (its working directory).
set -euo pipefail
CT="$1"
SRC="$2"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
# The tests must not pick up a config.toml from wherever they happen to run.
export NO_COLOR=1
PY="$(command -v /usr/bin/python3 || command -v python3)"

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

# expect_exit CODE COMMAND...: runs COMMAND, checks its exit code, keeps stdout/stderr in out.txt/err.txt.
expect_exit() {
  local want="$1"
  shift
  set +e
  "$@" >out.txt 2>err.txt
  local got=$?
  set -e
  if [ "$got" != "$want" ]; then
    echo "--- stdout" >&2
    head -c 2000 out.txt >&2 || true
    echo "--- stderr" >&2
    head -c 2000 err.txt >&2 || true
    fail "expected exit $want, got $got: $*"
  fi
}

# contains FILE TEXT: FILE holds TEXT.
contains() {
  grep -qF -- "$2" "$1" || { echo "--- $1:" >&2; head -c 3000 "$1" >&2; fail "$1 does not contain: $2"; }
}
