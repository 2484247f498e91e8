#!/bin/sh
# ensure-debian-package.sh PROGRAM PACKAGE PURPOSE: PROGRAM (a path) is there, or Debian's PACKAGE
# is installed when we are allowed to (root with apt-get); otherwise say how, and fail.
set -e
PROGRAM="$1"; PACKAGE="$2"; PURPOSE="$3"
[ -n "$PROGRAM" ] && [ -x "$PROGRAM" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "$PACKAGE not found: installing Debian's $PACKAGE package for $PURPOSE…"
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$PACKAGE" >/dev/null 2>&1 \
    || { apt-get update >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$PACKAGE" >/dev/null; }
  exit 0
fi
echo "$PACKAGE is needed for $PURPOSE: run 'sudo apt-get install -y $PACKAGE'." >&2
exit 1
