#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts the real application under a virtual X server with the default model and the example
# promoters, in English and in German, works it with the keyboard and mouse as a user would (a
# mutagenesis map, the Motifs dock, variants, a training run, a design run, an export) and saves
# what the screen shows: for a person to look at, and the guide_*.png images of docs/user-guide.md.
#
#     tools/take-screenshots.sh [BUILD_DIR] [OUTPUT_DIR]     every picture into OUTPUT_DIR
#     tools/take-screenshots.sh --guide [BUILD_DIR]           only the user guide's, into docs/images
#
# Needs xvfb-run, xwininfo, xdotool and ImageMagick's import and convert
# (tools/install-dependencies.sh installs them). The mouse clicks below are positions in the
# 1280×800 screen with the window's default layout: check the pictures after a layout change.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
guide_only=false
if [ "${1:-}" = --guide ]; then
    guide_only=true
    shift
fi
build=${1:-$here/build}
if $guide_only; then out=$here/docs/images; else out=${2:-$here/build/screenshots}; fi
app=$build/app/promoterlab
[ -x "$app" ] || { echo "$app not found: build the promoterlab target first" >&2; exit 1; }
mkdir -p "$out"
# Absolute, for the application runs in a folder of its own.
app=$(realpath "$app")
out=$(realpath "$out")
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
examples=$here/resources/examples/yeast_native_promoters.csv

# shoot NAME LANG [ACTION...]: one run of the application with a fresh settings profile (the
# welcome dialog already seen), the example promoters and the files in $extra_files. Each ACTION
# is an xdotool key chord pressed in the window (after a click into the sequence list gives it the
# focus) with time after it for the work it starts, or wait:SECONDS, type:TEXT (typed where the
# focus is, then Return), click:X,Y, double-click:X,Y, resize:TITLE,WIDTH,HEIGHT
# (that window, moved to the top left corner), focus:TITLE (the keyboard goes to the
# window with that title: dialogs get no focus without a window manager), window:TITLE (the
# picture shows only that window instead of the screen) or around:TITLE (that window and what drops
# below it). The application runs in an empty folder, which its file dialogs show.
extra_files=()
shoot() {
    local name=$1 language=$2
    shift 2
    mkdir -p "$profile/$name/PromoterLab" "$profile/$name/work"
    printf '[welcome]\nshown=true\n' >"$profile/$name/PromoterLab/PromoterLab.conf"
    (cd "$profile/$name/work" && XDG_CONFIG_HOME=$profile/$name XDG_DATA_HOME=$profile/$name LANG=$language LC_ALL=$language \
        xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
            app=$1 picture=$2 file_count=$3  # the files to open, then the actions
            shift 3
            "$app" --model default "${@:1:file_count}" & pid=$!
            shift "$file_count"
            # The window appears once the application has started; the default model is small
            # and predicts the 24 examples within a few seconds on one core.
            for _ in $(seq 120); do
                xwininfo -root -tree | grep -q "PromoterLab" && break
                sleep 0.5
            done
            sleep 5
            target=root
            if [ $# -gt 0 ]; then
                xdotool mousemove 200 113 click 1
                for action in "$@"; do
                    case $action in
                        wait:*) sleep "${action#wait:}" ;;
                        type:*) xdotool type --delay 5 "${action#type:}"; xdotool key Return; sleep 3 ;;
                        click:*) IFS=, read -r x y <<<"${action#click:}"; xdotool mousemove "$x" "$y" click 1; sleep 2 ;;
                        double-click:*)
                            IFS=, read -r x y <<<"${action#double-click:}"
                            xdotool mousemove "$x" "$y" click --repeat 2 1; sleep 2 ;;
                        resize:*)
                            IFS=, read -r title width height <<<"${action#resize:}"
                            window=$(xdotool search --name "$title" | head -n 1)
                            xdotool windowsize "$window" "$width" "$height" windowmove "$window" 0 0; sleep 2 ;;
                        focus:*) xdotool windowfocus --sync "$(xdotool search --name "${action#focus:}" | head -n 1)" ;;
                        window:*) target=$(xdotool search --name "${action#window:}" | head -n 1) ;;
                        around:*)
                            # That window and the 90 pixels below it, where its open lists drop.
                            eval "$(xdotool search --name "${action#around:}" | head -n 1 | xargs xdotool getwindowgeometry --shell)"
                            around=${WIDTH}x$((HEIGHT + 90))+$X+$Y ;;
                        *) xdotool key "$action"; sleep 4 ;;
                    esac
                done
            fi
            import -window "$target" "$picture"
            [ -z "${around:-}" ] || convert "$picture" -crop "$around" +repage "$picture"
            kill $pid' _ "$app" "$out/$name.png" $((1 + ${#extra_files[@]})) "$examples" "${extra_files[@]}" "$@")
    echo "$out/$name.png"
}

# crop NAME WIDTHxHEIGHT+X+Y: keeps that part of NAME.png (the rest of the window distracts).
crop() {
    convert "$out/$1.png" -crop "$2" +repage "$out/$1.png"
}

if ! $guide_only; then
    shoot main_window C.UTF-8
    shoot main_window_de de_DE.UTF-8
    shoot mutagenesis_map C.UTF-8 ctrl+m
    shoot motifs C.UTF-8 ctrl+m ctrl+shift+f
    shoot design C.UTF-8 ctrl+d ctrl+Return wait:30
fi

# The user guide's pictures (docs/user-guide.md), each of what its section describes.
data=$profile/data
mkdir -p "$data"
# Candidates with two records the import leaves out (RNA, a number inside the bases).
cat >"$data/candidates.fa" <<'FASTA'
>candidate_1
TGCATTTTTTTCACATCATGATGACTGAATCTTAGAAGATACACGCTTGCATGATGGCTATGGCTAGCGGCTAAGGCGATATGATGGTGATGGTGACGGTTACGGCTGTT
>rna_read
UGCAUUUUUUUCACAUCAUGAUGACUGAAUCUUAGAAGAUACACGCUUGCAUGAUGGCUAUGG
>numbered
TGCATTTTTT 10 TCACATCATGATGACTGAATCTTAGAAGATACACGCTTG
>candidate_2
TGCATTTTTTTCACATCAATTACTTAGTATTAAGATGCTGCCCCTTGCATGCATGCACAATATGTGCTTGCCAATTCATTTATGTACAAAAGATGGTGGTTACGGCTGTT
FASTA
# Genetic-drift variants with their measured deltas (tests/data/variants/README.md: the measured
# delta is that of original_seq against seq).
awk -F'\t' 'BEGIN { OFS = ","; print "name,reference,alternative,delta" }
            NR > 1 { print "drift_" NR - 1, $1, $2, $6 }' \
    "$here/tests/data/variants/complex_medium_drift_head40.tsv" >"$data/drift_variants.csv"
# A compact network for a training run of a minute on 600 DREAM reads.
cat >"$data/short_run.json" <<'JSON'
{
  "block_sizes": [64, 32, 32, 32, 16, 16, 16],
  "optimizer": "adamw",
  "learning_rate": 0.005,
  "weight_decay": 0.01,
  "batch_size": 64,
  "epochs": 12,
  "steps_per_epoch": 0
}
JSON

shoot guide_main_window C.UTF-8 wait:1
cp "$out/guide_main_window.png" "$out/guide_bin_distribution.png"
crop guide_main_window 1280x760+0+0
crop guide_bin_distribution 512x276+768+56

extra_files=("$data/candidates.fa")
shoot guide_import_problems C.UTF-8 wait:2 "window:Records left out"
extra_files=()

shoot guide_mutagenesis_map C.UTF-8 ctrl+m wait:4
crop guide_mutagenesis_map 1280x276+0+332

shoot guide_motifs C.UTF-8 ctrl+m ctrl+shift+f
crop guide_motifs 1280x552+0+56

# The Variants dock, floated (a double click on its title bar at the window's right edge) and
# widened so that the table and the plot show whole.
shoot guide_variants C.UTF-8 ctrl+shift+v "type:$data/drift_variants.csv" "focus:Columns of the Variant" Tab Tab Tab \
    d Return wait:8 double-click:1200,67 "resize:^Variants$,1000,640" "window:^Variants$"

# Training → New Training Run, Load config…, the data file, Start, then the dock floated and enlarged;
# the picture is taken while it runs.
shoot guide_training C.UTF-8 alt+t n click:432,601 "type:$data/short_run.json" click:300,463 \
    "type:$here/tests/data/training/dream_demo_600.tsv" click:86,725 double-click:1200,424 \
    "resize:^Training$,1280,640" wait:75 "window:^Training$"

shoot guide_design C.UTF-8 ctrl+d ctrl+Return wait:30 double-click:1200,424 "resize:^Design$,1280,640" "window:^Design$"

# The file types of Export Table, their list open.
shoot guide_export C.UTF-8 ctrl+e "focus:Export Table" Tab alt+Down "around:Export Table"
