#!/bin/sh
# `npm run bench` drives the app with wrk (Debian's package: a C load generator, so the client
# takes little of the machine from the server). Install it when missing and we are allowed to
# (root with apt-get); otherwise say how.
set -e
WRK="${WRK_PATH:-$(command -v wrk || true)}"
[ -n "$WRK" ] && [ -x "$WRK" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "wrk not found: installing Debian's wrk package for the benchmarks…"
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends wrk >/dev/null 2>&1 \
    || { apt-get update >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends wrk >/dev/null; }
  exit 0
fi
echo "wrk is needed for the benchmarks: run 'sudo apt-get install -y wrk' (or set WRK_PATH)." >&2
exit 1
