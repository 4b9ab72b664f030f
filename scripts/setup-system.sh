#!/usr/bin/env bash
# Installs the system packages the e2e tests use, when missing:
#   chromium               - renders report.html under Jenkins' CSP (Debian package, no browser download)
#   prometheus (+promtool) - scrapes --metrics-port and checks the generated alert rules
#   prometheus-pushgateway - receives --pushgateway pushes
# Safe to run repeatedly; prints a loud line and carries on when it cannot install.
set -u
need=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need+=(chromium)
command -v promtool >/dev/null 2>&1 || need+=(prometheus)
command -v prometheus-pushgateway >/dev/null 2>&1 || need+=(prometheus-pushgateway)
[ ${#need[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "!!! setup-system: apt-get not found; cannot install ${need[*]} (the tests that need them will be skipped)" >&2
  exit 0
fi
SUDO=""
[ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && SUDO="sudo"
echo "setup-system: installing ${need[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
if ! { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null; }; then
  echo "!!! setup-system: could not install ${need[*]} (the tests that need them will be skipped)" >&2
fi
exit 0
