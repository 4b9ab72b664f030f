#!/usr/bin/env bash
# Installs the system packages the e2e tests use, when missing:
#   chromium               - renders report.html under Jenkins' CSP (Debian package, no browser download)
#   prometheus (+promtool) - scrapes --metrics-port and checks the generated alert rules
#   prometheus-pushgateway - receives --pushgateway pushes
#   openssl                - makes the CA and certificates of the TLS tests
# Safe to run repeatedly; prints a loud line and carries on when it cannot install.
set -u
need=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need+=(chromium)
command -v promtool >/dev/null 2>&1 || need+=(prometheus)
command -v prometheus-pushgateway >/dev/null 2>&1 || need+=(prometheus-pushgateway)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
bash "$(dirname "$0")/apt-install.sh" setup-system "the tests that need them will be skipped" "${need[@]}"
