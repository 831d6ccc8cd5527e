#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# docs/cli-reference.md documents what promoterlab-cli offers: a section for every command its help
# lists, every option each command's --help prints in that command's section, and no option the
# command does not know. It fails when the CLI grows or changes and the reference does not.
# Usage: cli_reference_test.sh PROMOTERLAB_CLI SOURCE_DIR
set -u
cli=$1
reference=$2/docs/cli-reference.md
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# The text of the section "## COMMAND", up to the next section.
section() {
    awk -v heading="## $1" '$0 == heading { inside = 1; next } /^## / { inside = 0 } inside' "$reference"
}

mentions() {
    grep -Eq -- "\`$2([\` ,]|\$)" <<<"$1"
}

commands=$("$cli" --help | awk '/^Commands:/ { listing = 1; next } listing && /^  [a-z]/ { print $1 }')
[ -n "$commands" ] || fail "promoterlab-cli --help lists no commands"
section Conventions | grep -q -- '`--help`' || fail "the Conventions section does not document --help"
for command in $commands; do
    text=$(section "$command")
    if [ -z "$text" ]; then
        fail "no section '## $command'"
        continue
    fi
    options=$("$cli" "$command" --help | grep -Eo '^  --[a-z0-9-]+' | sed 's/^  //' | sort -u)
    [ -n "$options" ] || fail "promoterlab-cli $command --help prints no options"
    for option in $options; do
        [ "$option" = --help ] && continue
        mentions "$text" "$option" || fail "$command: $option is not documented in its section"
    done
    for documented in $(grep -Eo -- '`--[a-z0-9-]+' <<<"$text" | tr -d '`' | sort -u); do
        grep -qx -- "$documented" <<<"$options" || fail "$command: the reference names $documented, which the command does not know"
    done
done
echo "$failures failed"
[ "$failures" -eq 0 ]
