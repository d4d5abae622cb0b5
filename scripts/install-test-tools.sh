#!/usr/bin/env bash
# Installs what the project's tests need beyond Java and Maven: Chromium, for the headless browser test of the
# conformance matrix (MatrixInBrowserIT). Debian's package, through apt-get, as root or through sudo.
set -euo pipefail

if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
else
    echo "install-test-tools: Chromium is missing and this user cannot install it (not root, no sudo): install" \
        "Debian's chromium package, or give mvn -Dconformance.chromium=PATH" >&2
    exit 2
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-test-tools: Chromium is missing and there is no apt-get: install Chromium, or give mvn" \
        "-Dconformance.chromium=PATH" >&2
    exit 2
fi
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -q
"${as_root[@]}" apt-get install -y -q --no-install-recommends chromium
