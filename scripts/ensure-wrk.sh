#!/bin/sh
# `npm run bench` drives the app with wrk (Debian's package: a C load generator, so the client
# takes little of the machine from the server); WRK_PATH names another one.
exec sh "$(dirname "$0")/ensure-debian-package.sh" "${WRK_PATH:-$(command -v wrk || true)}" wrk "the benchmarks"
