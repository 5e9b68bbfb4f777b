#!/usr/bin/env bash
# Offline install of code-server 4.100.3 (VS Code 1.100.3, the last release that runs on node 20)
# into a git-ignored folder, for the Node-host integration tests and `npm run try`.
#
# Usage: scripts/setup-code-server.sh [DIR]      (default: .vscode-test/code-server)
#        FORCE=1 scripts/setup-code-server.sh    (reinstall even if a working install exists)
#
# Needs only the npm registry and Debian packages (chromium, ripgrep, g++, make, python3).
# code-server is deliberately NOT in package.json: `npm ci` would run its install script,
# which downloads from GitHub and fails offline.
set -euo pipefail

VERSION=4.100.3
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="${1:-$ROOT/.vscode-test/code-server}"
ENTRY="$DIR/node_modules/code-server/out/node/entry.js"
VS="$DIR/node_modules/code-server/lib/vscode"
STAMP="$DIR/.installed-$VERSION"

log() { echo "[setup-code-server] $*"; }
die() { echo "[setup-code-server] ERROR: $*" >&2; exit 1; }

works() {
  [ -f "$STAMP" ] && [ -f "$ENTRY" ] && [ -d "$DIR/node_modules/playwright-core" ] &&
    [[ "$(node "$ENTRY" --version 2>/dev/null)" == "$VERSION "* ]]
}

if [ -z "${FORCE:-}" ] && works; then
  log "code-server $VERSION already installed in $DIR"
  exit 0
fi

command -v rg >/dev/null || die "ripgrep (rg) is missing: apt-get install -y ripgrep"
command -v make >/dev/null && command -v g++ >/dev/null || die "a C++ toolchain is needed: apt-get install -y g++ make python3"

NPM_BIN="$(readlink -f "$(command -v npm)")"
GYP="$(dirname "$NPM_BIN")/../node_modules/node-gyp/bin/node-gyp.js"
[ -f "$GYP" ] || die "npm's bundled node-gyp not found at $GYP"
NODEDIR=/usr
[ -f /usr/include/node/node.h ] || NODEDIR="$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")"

NPM_FLAGS=(--no-audit --no-fund --loglevel=error)
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

START=$(date +%s)
rm -f "$STAMP"
mkdir -p "$DIR"
cd "$DIR"
# A package.json of its own so npm does not walk up into the project.
[ -f package.json ] || echo '{ "name": "cs-note-code-server", "private": true }' > package.json

log "1/5 npm install code-server@$VERSION playwright-core (scripts disabled)"
npm install "${NPM_FLAGS[@]}" --ignore-scripts "code-server@$VERSION" playwright-core

log "2/5 building argon2 (prebuilt download fails offline, falls back to a source build)"
npm rebuild "${NPM_FLAGS[@]}" argon2 >/dev/null 2>&1 || die "npm rebuild argon2 failed"

log "3/5 installing VS Code's runtime dependencies and building native modules"
(cd "$VS" && npm install "${NPM_FLAGS[@]}" --omit=dev --ignore-scripts)
for m in @vscode/spdlog node-pty native-watchdog @vscode/deviceid; do
  (cd "$VS/node_modules/$m" && node "$GYP" rebuild --nodedir="$NODEDIR" >/dev/null 2>&1) ||
    die "native build failed: $m (run: cd $VS/node_modules/$m && node $GYP rebuild --nodedir=$NODEDIR)"
done

log "4/5 node_modules.asar link and Debian ripgrep"
ln -sfn node_modules "$VS/node_modules.asar"
mkdir -p "$VS/node_modules/@vscode/ripgrep/bin"
ln -sfn "$(command -v rg)" "$VS/node_modules/@vscode/ripgrep/bin/rg"

log "5/5 installing built-in extensions' dependencies"
(cd "$VS/extensions" && npm install "${NPM_FLAGS[@]}" --omit=dev --ignore-scripts)

[[ "$(node "$ENTRY" --version 2>&1)" == "$VERSION "* ]] || die "installed code-server does not start: $(node "$ENTRY" --version 2>&1 | tail -3)"
touch "$STAMP"
log "code-server $VERSION ready in $DIR ($(( $(date +%s) - START ))s)"
