#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Scores the genetic-drift variants of shared/data with `promoterlab-cli variants` and prints the
# Pearson correlations with the measured deltas by number of substitutions, next to the published
# LegNet and Vaishnav-transformer predictions of the same variants.
#
# Usage: tools/variant_effects_report.py [--cli build/app/promoterlab-cli] [--model default] [--data ../shared/data]
#
# About the legnet2023 drift files: their columns are swapped against their names. The sequence in
# `seq` is the one measured as `original_measured` (and predicted as `original_predicted`), the one in
# `original_seq` is measured as `evol_measured`: `evol_measured` and `evol_predicted` stay the same on
# every row sharing an `original_seq`, and this script checks that the published `original_predicted`
# agrees with our prediction of `seq`, not of `original_seq`. So `delta_measured` (evol − original) is
# measured(original_seq) − measured(seq). We take the shared starting sequence `original_seq` as the
# reference and its descendant `seq` as the alternative, so our measured delta is −delta_measured
# and the published predicted deltas are negated the same way before they are correlated.
# The vaishnav2022 Drift_delta files hold the same variants (`sequence` is `seq`, `Measured
# Expression` is delta_measured) without the starting sequence, which is looked up in the legnet2023 file.
import argparse
import csv
import gzip
import math
import os
import subprocess
import sys
import tempfile


def pearson(x, y):
    n = len(x)
    if n < 2:
        return float("nan")
    mx, my = sum(x) / n, sum(y) / n
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y))
    sxx = sum((a - mx) ** 2 for a in x)
    syy = sum((b - my) ** 2 for b in y)
    return sxy / math.sqrt(sxx * syy) if sxx > 0 and syy > 0 else float("nan")


def read_table(path, delimiter):
    with gzip.open(path, "rt", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=delimiter))


def run_cli(cli, model, input_path, extra):
    """Runs `variants`; returns the per-variant rows and the printed summary {group: (n, pearson, spearman)}."""
    with tempfile.TemporaryDirectory() as scratch:
        output = os.path.join(scratch, "effects.csv")
        result = subprocess.run([cli, "variants", "--model", model, "--input", input_path, "--output", output] + extra,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if result.returncode != 0:
            sys.exit(f"{cli} failed on {input_path}:\n{result.stderr}")
        with open(output, newline="") as handle:
            rows = list(csv.DictReader(handle))
    summary = {}
    for line in result.stdout.splitlines():
        fields = line.split("\t")
        if len(fields) == 4 and fields[0] != "substitutions":
            summary[fields[0]] = (int(fields[1]), float(fields[2]), float(fields[3]))
    return rows, summary


def grouped_pearson(groups, predicted, measured):
    """Pearson per substitution count ('1', '2', '3') and over all ('all')."""
    result = {}
    for key in ["1", "2", "3", "all"]:
        chosen = [i for i, g in enumerate(groups) if key == "all" or g == key]
        result[key] = pearson([predicted[i] for i in chosen], [measured[i] for i in chosen])
    return result


def report(title, summary, published):
    print(f"\n{title}")
    print(f"{'subst.':>7} {'N':>6} {'PromoterLab r':>14} {'(Spearman)':>11} {'LegNet (publ.)':>15} {'transformer':>12}")
    for key in ["1", "2", "3", "all"]:
        n, r, rho = summary[key]
        legnet = f"{published['legnet'][key]:.4f}" if "legnet" in published else "n/a"
        print(f"{key:>7} {n:>6} {r:>14.4f} {rho:>11.4f} {legnet:>15} {published['transformer'][key]:>12.4f}")


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cli", default=os.path.join(root, "build", "app", "promoterlab-cli"))
    parser.add_argument("--model", default="default")
    parser.add_argument("--data", default=os.path.join(os.path.dirname(root), "shared", "data"))
    arguments = parser.parse_args()

    pair_options = ["--ref-column", "original_seq", "--alt-column", "seq",
                    "--measured-ref", "evol_measured", "--measured-alt", "original_measured"]
    for medium in ["complex", "defined"]:
        legnet_path = os.path.join(arguments.data, "legnet2023", f"{medium}_medium_drift.tsv.gz")
        rows = read_table(legnet_path, "\t")
        effects, summary = run_cli(arguments.cli, arguments.model, legnet_path, pair_options)
        if len(effects) != len(rows):
            sys.exit(f"{legnet_path}: {len(rows) - len(effects)} variants were skipped")
        # The check of the column swap: whose prediction is original_predicted?
        published_original = [float(r["original_predicted"]) for r in rows]
        of_seq = pearson(published_original, [float(e["predicted_alternative"]) for e in effects])
        of_original_seq = pearson(published_original, [float(e["predicted_reference"]) for e in effects])
        print(f"\n{medium}: published original_predicted vs our prediction of seq r = {of_seq:.3f}, "
              f"of original_seq r = {of_original_seq:.3f}")
        groups = [r["n_mut"] for r in rows]
        measured = [-float(r["delta_measured"]) for r in rows]
        published = {
            "legnet": grouped_pearson(groups, [-float(r["delta_predicted"]) for r in rows], measured),
            "transformer": grouped_pearson(groups, [-float(r["delta_predicted_auth"]) for r in rows], measured),
        }
        report(f"legnet2023/{medium}_medium_drift.tsv.gz", summary, published)

        vaishnav_path = os.path.join(arguments.data, "vaishnav2022", f"Drift_delta_{medium}.csv.gz")
        starting = {r["seq"]: r["original_seq"] for r in rows}
        vaishnav = read_table(vaishnav_path, ",")
        with tempfile.TemporaryDirectory() as scratch:
            pairs_path = os.path.join(scratch, "pairs.csv")
            with open(pairs_path, "w", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(["reference", "alternative", "measured_delta"])
                for r in vaishnav:
                    writer.writerow([starting[r["sequence"]], r["sequence"], -float(r["Measured Expression"])])
            _, summary = run_cli(arguments.cli, arguments.model, pairs_path, ["--measured", "measured_delta"])
        substitutions = {r["seq"]: r["n_mut"] for r in rows}
        groups = [substitutions[r["sequence"]] for r in vaishnav]
        published = {
            "transformer": grouped_pearson(groups, [-float(r["Predicted Expression"]) for r in vaishnav],
                                           [-float(r["Measured Expression"]) for r in vaishnav]),
        }
        report(f"vaishnav2022/Drift_delta_{medium}.csv.gz (starting sequences from legnet2023)", summary, published)


if __name__ == "__main__":
    main()
