#!/usr/bin/env bash
# Installs Debian packages for the project's scripts; never fails the caller.
# usage: apt-install.sh WHO "WHAT HAPPENS WITHOUT THEM" PACKAGE...
set -u
who=$1
without=$2
shift 2
[ $# -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "!!! $who: apt-get not found; cannot install $* ($without)" >&2
  exit 0
fi
SUDO=""
[ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && SUDO="sudo"
echo "$who: installing $*" >&2
export DEBIAN_FRONTEND=noninteractive
if ! { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends "$@" >/dev/null; }; then
  echo "!!! $who: could not install $* ($without)" >&2
fi
exit 0
