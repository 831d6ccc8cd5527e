#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Validates the desktop integration files as a distribution would: the launcher with
# desktop-file-validate, the AppStream description with appstreamcli, the MIME package as XML and
# as update-mime-database compiles it (FASTA and project types), and the icon in every hicolor
# size the launcher's Icon= names.
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
grep -q "^MimeType=.*application/x-promoterlab-project;" "$desktop" || fail "the launcher does not open projects"

# The package as the desktop reads it: compiled by update-mime-database into a data folder of its
# own, then asked for the type of a project by its name and, renamed, by its content.
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
mkdir -p "$data/mime/packages"
cp "$resources/desktop/org.promoterlab.PromoterLab.mime.xml" "$data/mime/packages/"
XDG_DATA_HOME=$data update-mime-database "$data/mime" || fail "update-mime-database rejects the MIME package"
grep -qx '[0-9]*:application/x-promoterlab-project:\*\.plproj' "$data/mime/globs2" ||
    fail "*.plproj is not the project type"
if command -v gio >/dev/null && command -v sqlite3 >/dev/null; then
    content_type() { XDG_DATA_HOME=$data XDG_DATA_DIRS=/usr/share gio info -a standard::content-type "$1" 2>/dev/null |
        sed -n 's/^ *standard::content-type: //p'; }
    # A project as docs/project-file.md describes it: SQLite with application_id "PLab".
    sqlite3 "$data/renamed_project" "PRAGMA application_id = $((0x504C6162)); CREATE TABLE sequences(id);"
    sqlite3 "$data/other_database" "CREATE TABLE sequences(id);"
    [ "$(content_type "$data/renamed_project")" = application/x-promoterlab-project ] ||
        fail "a renamed project is not recognised by its content: $(content_type "$data/renamed_project")"
    [ "$(content_type "$data/other_database")" = application/vnd.sqlite3 ] ||
        fail "another SQLite database is taken for a project: $(content_type "$data/other_database")"
else
    echo "SKIP: the content check needs gio (libglib2.0-bin) and sqlite3"
fi
echo "$failures failed"
[ "$failures" -eq 0 ]
