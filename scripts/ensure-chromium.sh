#!/bin/sh
# The browser tests drive Debian's Chromium (/usr/bin/chromium, or CHROMIUM_PATH) with playwright-core.
exec sh "$(dirname "$0")/ensure-debian-package.sh" "${CHROMIUM_PATH:-/usr/bin/chromium}" chromium "the browser tests"
