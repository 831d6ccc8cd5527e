#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The manual pages are what `man` shows without warnings, and promoterlab-cli(1) says what the
# program's help says: the committed page equals a fresh tools/generate-cli-man-page.sh run.
# Usage: man_pages_test.sh PROMOTERLAB_CLI SOURCE_DIR
set -u
cli=$1
source=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

bash "$source/tools/generate-cli-man-page.sh" "$cli" >"$work/promoterlab-cli.1" || fail "the generator failed"
diff -u "$source/resources/man/promoterlab-cli.1" "$work/promoterlab-cli.1" >"$work/diff" ||
    fail "resources/man/promoterlab-cli.1 is stale: run tools/generate-cli-man-page.sh $cli > resources/man/promoterlab-cli.1
$(head -n 20 "$work/diff")"
for page in promoterlab-cli.1 promoterlab.1; do
    warnings=$(groff -man -Tutf8 -ww -z "$source/resources/man/$page" 2>&1)
    [ -z "$warnings" ] || fail "groff warns about $page: $warnings"
done
version=$("$cli" --version | awk '{ print $2 }')
grep -q "^\.TH PROMOTERLAB 1 \"\" \"PromoterLab $version\"" "$source/resources/man/promoterlab.1" ||
    fail "promoterlab.1 does not name version $version"
echo "$failures failed"
[ "$failures" -eq 0 ]
