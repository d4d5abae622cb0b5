#!/usr/bin/env bash
# The project's tests, on a fresh machine too: installs what is missing (scripts/install-test-tools.sh), then runs
# `mvn -B verify` with any arguments given.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-test-tools.sh
exec mvn -B verify "$@"
