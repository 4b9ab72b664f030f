#!/usr/bin/env bash
# Installs, when missing, the real applications the e2e tests load (pinned, from the npm registry):
#   verdaccio 6.10.4 - a private npm registry with a token login per user (the journeys e2e test)
# Into node_modules/.apps/, which `npm ci` clears (it is installed again then, ~30 s).
# Safe to run repeatedly; prints a loud line and carries on when it cannot install.
set -u
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="$root/node_modules/.apps/verdaccio"
[ -f "$dir/node_modules/verdaccio/package.json" ] && exit 0
mkdir -p "$dir"
echo '{ "private": true }' >"$dir/package.json"
echo "setup-apps: installing verdaccio@6.10.4 into node_modules/.apps (about 30 s)" >&2
if ! npm install --prefix "$dir" --no-audit --no-fund --loglevel=error --ignore-scripts verdaccio@6.10.4 >/dev/null 2>&1; then
  echo "!!! setup-apps: could not install verdaccio@6.10.4 (the journeys e2e test fails under make test, else is skipped)" >&2
fi
exit 0
