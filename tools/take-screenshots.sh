#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts the real application under a virtual X server with the default model and the example
# promoters, in English and in German, works it with the keyboard as a user would (a mutagenesis
# map, the Motifs dock, a design run) and saves what the screen shows, for a person to look at.
#
#     tools/take-screenshots.sh [BUILD_DIR] [OUTPUT_DIR]
#
# Needs xvfb-run, xwininfo, xdotool and ImageMagick's import (tools/install-dependencies.sh
# installs them).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
out=${2:-$here/build/screenshots}
app=$build/app/promoterlab
[ -x "$app" ] || { echo "$app not found: build the promoterlab target first" >&2; exit 1; }
mkdir -p "$out"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

# shoot NAME LANG [KEYS...]: one run of the application with a fresh settings profile; each
# KEYS is an xdotool key chord pressed in the window (after a click into the sequence list gives
# it the focus), with time after it for the work it starts, or wait:SECONDS for longer work.
shoot() {
    local name=$1 language=$2
    shift 2
    XDG_CONFIG_HOME=$profile/$name XDG_DATA_HOME=$profile/$name LANG=$language LC_ALL=$language \
        xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
            app=$1 examples=$2 picture=$3
            shift 3
            "$app" --model default "$examples" & pid=$!
            # The window appears once the application has started; the default model is small
            # and predicts the 24 examples within a few seconds on one core.
            for _ in $(seq 120); do
                xwininfo -root -tree | grep -q "PromoterLab" && break
                sleep 0.5
            done
            sleep 5
            if [ $# -gt 0 ]; then
                xdotool mousemove 200 113 click 1
                for keys in "$@"; do
                    case $keys in
                        wait:*) sleep "${keys#wait:}" ;;
                        *) xdotool key "$keys"; sleep 4 ;;
                    esac
                done
            fi
            import -window root "$picture"
            kill $pid' "$app" "$app" "$here/resources/examples/yeast_native_promoters.csv" "$out/$name.png" "$@"
    echo "$out/$name.png"
}

shoot main_window C.UTF-8
shoot main_window_de de_DE.UTF-8
shoot mutagenesis_map C.UTF-8 ctrl+m
shoot motifs C.UTF-8 ctrl+m ctrl+shift+f
shoot design C.UTF-8 ctrl+d ctrl+Return wait:30
