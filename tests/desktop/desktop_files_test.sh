#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Validates the desktop integration files as a distribution would: the launcher with
# desktop-file-validate, the AppStream description with appstreamcli, the MIME package as XML,
# and the icon in every hicolor size the launcher's Icon= names.
# Usage: desktop_files_test.sh RESOURCES_DIR
set -u
resources=$1
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
desktop=$resources/desktop/org.promoterlab.PromoterLab.desktop
desktop-file-validate "$desktop" || fail "desktop-file-validate rejects $desktop"
appstreamcli validate --no-net "$resources/desktop/org.promoterlab.PromoterLab.metainfo.xml" ||
    fail "appstreamcli rejects the metainfo file"
xmllint --noout "$resources/desktop/org.promoterlab.PromoterLab.mime.xml" || fail "the MIME package is not well-formed XML"
icon=$(sed -n 's/^Icon=//p' "$desktop")
[ -f "$resources/icons/hicolor/scalable/apps/$icon.svg" ] || fail "no scalable icon $icon.svg"
for size in 16 32 48 64 128 256; do
    png=$resources/icons/hicolor/${size}x${size}/apps/$icon.png
    [ "$(identify -format '%wx%h' "$png" 2>/dev/null)" = "${size}x${size}" ] || fail "$png is missing or not ${size}x${size}"
done
grep -q "^MimeType=.*application/x-promoterlab-fasta;" "$desktop" || fail "the launcher does not open FASTA files"
grep -q 'type="application/x-promoterlab-fasta"' "$resources/desktop/org.promoterlab.PromoterLab.mime.xml" ||
    fail "the MIME package lacks the FASTA type the launcher names"
echo "$failures failed"
[ "$failures" -eq 0 ]
