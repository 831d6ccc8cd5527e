# SPDX-License-Identifier: GPL-3.0-or-later
# The check helper of the CLI test scripts; source it after setting $work (a scratch folder).
failures=0
checks=0

# expect NAME EXPECTED_STATUS PATTERN COMMAND...: runs the command, checks its exit status and
# that stderr+stdout match the pattern (grep -E), and that it did not die from a signal.
expect() {
    local name=$1 want=$2 pattern=$3
    shift 3
    "$@" >"$work/out" 2>"$work/err"
    local status=$?
    checks=$((checks + 1))
    if [ "$status" -ne "$want" ] || ! grep -qE -- "$pattern" "$work/out" "$work/err"; then
        echo "FAIL: $name (status $status, wanted $want, pattern '$pattern')"
        sed 's/^/   | /' "$work/err" | head -n 8
        failures=$((failures + 1))
    fi
}

# Ends the script with the tally; fails when any check failed.
finish() {
    echo "$((checks - failures)) passed, $failures failed"
    [ "$failures" -eq 0 ]
}
