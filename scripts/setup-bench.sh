#!/usr/bin/env bash
# Installs what `npm run bench` compares against, when missing (Debian packages):
#   nginx - the target that is not the bottleneck (C, one worker on its own core)
#   wrk   - the C reference generator;  hey - the Go one
# Safe to run repeatedly; says loudly what it could not install and carries on.
set -u
need=()
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx-light)
command -v wrk >/dev/null 2>&1 || need+=(wrk)
command -v hey >/dev/null 2>&1 || need+=(hey)
[ ${#need[@]} -eq 0 ] && exit 0
bash "$(dirname "$0")/apt-install.sh" setup-bench "those columns will be missing" "${need[@]}"
# the package starts a system nginx on port 80; the bench runs its own
SUDO=""
[ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && SUDO="sudo"
$SUDO systemctl stop nginx >/dev/null 2>&1 || $SUDO service nginx stop >/dev/null 2>&1 || true
exit 0
