# SPDX-License-Identifier: GPL-3.0-or-later
"""Scores a trained model on the held-out test sets of the shared data and prints a Markdown report.

Expression sets are scored with `promoterlab-cli evaluate`. For the legnet2023 drift pairs the model predicts
both sequences of every pair; the Pearson correlation of its predicted deltas with the measured deltas is computed
here and printed next to the published LegNet and Vaishnav-transformer columns of the same file.

In that file the sequence columns are named the other way round from the measurements: the `seq` column holds the
sequence measured as `original_measured` and `original_seq` the one measured as `evol_measured` (LegNet's own
`original_predicted` follows predictions of `seq`, not of `original_seq`). The delta is therefore
prediction(original_seq) - prediction(seq), the same direction as delta_measured = evol - original; the script
checks that pairing against the published predictions and stops if it does not hold.

Native80 tiles native yeast promoters with overlapping fragments, so a native test insert that was itself left out
of training may still share a long stretch with a training insert. The native sets are therefore also scored on the
subset of inserts that share no stretch of OVERLAP_LENGTH nt with any training insert.

Usage: held_out_report.py --cli BUILD/app/promoterlab-cli --model M.plm --data SHARED_DATA --work DIR
"""

import argparse
import csv
import gzip
import math
import subprocess
from pathlib import Path

EXPRESSION_SETS = [
    ("de Boer 2020 HQ test (glucose)", "deboer2020/hq_test_glucose.tsv.gz"),
    ("Vaishnav 2022 Native_complex", "vaishnav2022/Native_complex.csv.gz"),
    ("Vaishnav 2022 Native_defined", "vaishnav2022/Native_defined.csv.gz"),
    ("Vaishnav 2022 Random_complex", "vaishnav2022/Random_complex.csv.gz"),
]
DRIFT_SET = "legnet2023/complex_medium_drift.tsv.gz"
NATIVE_SETS = ["vaishnav2022/Native_complex.csv.gz", "vaishnav2022/Native_defined.csv.gz"]
OVERLAP_LENGTH = 60
LEFT_ADAPTER, RIGHT_ADAPTER = "TGCATTTTTTTCACATC", "GGTTACGGCTGTT"


def insert_of(read):
    """The 80-nt insert between the adapters (N padding dropped), as PromoterLab's insertOf finds it."""
    read = read.strip("N")
    left = read.find(LEFT_ADAPTER)
    if left < 0:
        return read
    rest = read[left + len(LEFT_ADAPTER):]
    right = rest.rfind(RIGHT_ADAPTER)
    return rest[:right] if right >= 0 else rest[:80]


def stretches(insert):
    return {insert[i:i + OVERLAP_LENGTH] for i in range(len(insert) - OVERLAP_LENGTH + 1)}


def training_stretches(work, test_inserts):
    """Every OVERLAP_LENGTH-nt stretch of the inserts the model was trained on: Native80 rows with a value whose
    insert is in no test file."""
    found = set()
    with open(work / "native80_110nt.tsv") as table:
        next(table)
        for line in table:
            read, value = line.rstrip("\n").split("\t")
            insert = insert_of(read)
            if value not in ("", "NA") and insert not in test_inserts:
                found |= stretches(insert)
    return found


def write_unshared_subset(path, shared, output):
    """The rows of a Vaishnav table whose insert shares no stretch with training; returns how many."""
    with gzip.open(path, "rt", newline="") as table, open(output, "w", newline="") as out:
        rows = csv.reader(table)
        writer = csv.writer(out)
        writer.writerow(next(rows))
        kept = 0
        for row in rows:
            if stretches(insert_of(row[1])).isdisjoint(shared):
                writer.writerow(row)
                kept += 1
    return kept


def all_test_inserts(data):
    inserts = set()
    for path in sorted((data / "vaishnav2022").glob("*.csv.gz")):
        with gzip.open(path, "rt", newline="") as table:
            inserts |= {insert_of(row[1]) for row in list(csv.reader(table))[1:] if row[1]}
    with gzip.open(data / "deboer2020/hq_test_glucose.tsv.gz", "rt") as table:
        inserts |= {insert_of(line.split("\t")[0]) for line in table}
    for medium in ("complex", "defined"):
        with gzip.open(data / f"legnet2023/{medium}_medium_drift.tsv.gz", "rt", newline="") as table:
            for row in csv.DictReader(table, delimiter="\t"):
                inserts |= {insert_of(row["seq"]), insert_of(row["original_seq"])}
    return inserts


def evaluate(cli, model, path):
    result = subprocess.run([cli, "evaluate", "--model", model, "--data", str(path)],
                            check=True, capture_output=True, text=True)
    figures = dict(line.split("\t") for line in result.stdout.splitlines() if "\t" in line)
    return int(figures["sequences"]), float(figures["Pearson"]), float(figures["Spearman"])


def predicted_expressions(cli, model, path, column, output):
    subprocess.run([cli, "predict", "--model", model, "--input", str(path), "--sequence-column", column,
                    "--output", str(output)], check=True, capture_output=True)
    with open(output, newline="") as table:
        return [float(row["expression"]) for row in csv.DictReader(table)]


def pearson(x, y):
    mean_x, mean_y = sum(x) / len(x), sum(y) / len(y)
    covariance = sum((a - mean_x) * (b - mean_y) for a, b in zip(x, y))
    spread_x = math.sqrt(sum((a - mean_x) ** 2 for a in x))
    spread_y = math.sqrt(sum((b - mean_y) ** 2 for b in y))
    return covariance / (spread_x * spread_y)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", required=True)
    parser.add_argument("--model", required=True)
    parser.add_argument("--data", required=True, type=Path)
    parser.add_argument("--work", required=True, type=Path)
    args = parser.parse_args()

    print(f"Held-out scores of {Path(args.model).name} (no insert of these files was trained on)\n")
    print("| test set | sequences | Pearson | Spearman |")
    print("|---|---|---|---|")
    for title, relative in EXPRESSION_SETS:
        count, r, rho = evaluate(args.cli, args.model, args.data / relative)
        print(f"| {title} | {count} | {r:.3f} | {rho:.3f} |", flush=True)
    shared = training_stretches(args.work, all_test_inserts(args.data))
    for relative in NATIVE_SETS:
        subset = args.work / (Path(relative).name.replace(".csv.gz", "") + "_unshared.csv")
        if write_unshared_subset(args.data / relative, shared, subset) < 3:
            continue
        count, r, rho = evaluate(args.cli, args.model, subset)
        print(f"| {Path(relative).name.split('.')[0]}, inserts sharing no {OVERLAP_LENGTH}-nt stretch with training "
              f"| {count} | {r:.3f} | {rho:.3f} |", flush=True)

    drift = args.data / DRIFT_SET
    original = predicted_expressions(args.cli, args.model, drift, "seq", args.work / "drift_seq.csv")
    evolved = predicted_expressions(args.cli, args.model, drift, "original_seq", args.work / "drift_original_seq.csv")
    with gzip.open(drift, "rt", newline="") as table:
        rows = list(csv.DictReader(table, delimiter="\t"))
    if not len(rows) == len(original) == len(evolved):
        raise SystemExit(f"{drift}: {len(rows)} pairs but {len(original)}/{len(evolved)} predictions")
    published_original = [float(row["original_predicted"]) for row in rows]
    published_evolved = [float(row["evol_predicted"]) for row in rows]
    if pearson(original, published_original) <= pearson(original, published_evolved):
        raise SystemExit(f"{drift}: the 'seq' column no longer pairs with original_predicted; check the columns")
    ours = [e - o for e, o in zip(evolved, original)]
    measured = [float(row["delta_measured"]) for row in rows]
    print(f"\nPearson of predicted with measured expression changes, {DRIFT_SET} ({len(rows)} pairs; "
          f"prediction(original_seq) - prediction(seq), see the script)\n")
    print("| substitutions | pairs | this model | published LegNet | published transformer |")
    print("|---|---|---|---|---|")
    for label, keep in [("1", "1"), ("2", "2"), ("3", "3"), ("all", None)]:
        chosen = [i for i, row in enumerate(rows) if keep is None or row["n_mut"] == keep]
        if len(chosen) < 3:
            continue
        pick = lambda values: [values[i] for i in chosen]
        legnet = [float(row["delta_predicted"]) for row in rows]
        transformer = [float(row["delta_predicted_auth"]) for row in rows]
        print(f"| {label} | {len(chosen)} | {pearson(pick(ours), pick(measured)):.3f} | "
              f"{pearson(pick(legnet), pick(measured)):.3f} | {pearson(pick(transformer), pick(measured)):.3f} |")


if __name__ == "__main__":
    main()
