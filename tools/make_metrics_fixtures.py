# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the reference values that tests/core/metrics_test.cpp and soft_labels_test.cpp compare against.

Run with Debian's Python and python3-mpmath (/usr/bin/python3 tools/make_metrics_fixtures.py [shared/data]).
Nothing here shares code or method with the C++ under test: correlations and errors
are exact rational arithmetic (fractions) with one high-precision square root
(mpmath), AUROC is a count over every positive/negative pair, and soft labels are
differences of the normal CDF at 400 significant digits, so that even a mass of
1e-200 in a far tail survives the subtraction without any tail trick.

Writes, under tests/data/metrics/:
  native_complex_head200.tsv  the first 200 rows of vaishnav2022/Native_complex.csv.gz:
                              measured and predicted expression as written there, the
                              same rounded to integers (to have ties), and label =
                              measured > median of the 200
  reference.tsv               metric, value (Python repr, exact round trip)
  soft_labels.tsv             expression, bin, probability of LegNet's soft label
"""

import csv
import gzip
import math
import statistics
import sys
from fractions import Fraction
from pathlib import Path

import mpmath

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "data" / "metrics"
ROWS = 200
F1_THRESHOLD = 10.0
SOFT_LABEL_EXPRESSIONS = ["-2", "0", "0.3", "0.5", "4", "8.5", "16.9", "17", "20"]
BINS, SHIFT, SCALE = 18, Fraction(1, 2), Fraction(1, 2)


def exact(values):
    return [Fraction(v) for v in values]


def pearson(x, y):
    x, y = exact(x), exact(y)
    n = len(x)
    mx, my = sum(x) / n, sum(y) / n
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y))
    sxx = sum((a - mx) ** 2 for a in x)
    syy = sum((b - my) ** 2 for b in y)
    with mpmath.workdps(60):
        r = mpmath.mpf(sxy.numerator) / sxy.denominator / mpmath.sqrt(
            mpmath.mpf((sxx * syy).numerator) / (sxx * syy).denominator)
        return float(r)


def average_ranks(values):
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [0.0] * len(values)
    begin = 0
    while begin < len(order):
        end = begin
        while end < len(order) and values[order[end]] == values[order[begin]]:
            end += 1
        for i in order[begin:end]:
            ranks[i] = Fraction(begin + 1 + end, 2)
        begin = end
    return ranks


def mean_error(predicted, measured, power):
    terms = [abs(p - m) ** power for p, m in zip(exact(predicted), exact(measured))]
    return float(sum(terms) / len(terms))


def auroc_by_pairs(scores, labels):
    positives = [s for s, label in zip(scores, labels) if label == 1]
    negatives = [s for s, label in zip(scores, labels) if label == 0]
    wins = sum(Fraction(1) if p > n else Fraction(1, 2) if p == n else 0
               for p in positives for n in negatives)
    return float(wins / (len(positives) * len(negatives)))


def f1_counts(scores, labels, threshold):
    tp = sum(1 for s, label in zip(scores, labels) if s >= threshold and label == 1)
    fp = sum(1 for s, label in zip(scores, labels) if s >= threshold and label == 0)
    fn = sum(1 for s, label in zip(scores, labels) if s < threshold and label == 1)
    return {"f1": 2 * tp / (2 * tp + fp + fn), "precision": tp / (tp + fp), "recall": tp / (tp + fn)}


def soft_label(expression):
    with mpmath.workdps(400):
        # The double nearest the text, as the C++ test sees it.
        mu = mpmath.mpf(float(expression)) + mpmath.mpf(SHIFT.numerator) / SHIFT.denominator
        sigma = mpmath.mpf(SCALE.numerator) / SCALE.denominator
        edges = [mpmath.ninf] + [mpmath.mpf(k) for k in range(1, BINS)] + [mpmath.inf]
        cdf = [mpmath.ncdf(edge, mu, sigma) for edge in edges]
        return [float(cdf[i + 1] - cdf[i]) for i in range(BINS)]


def main():
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data"
    with gzip.open(data / "vaishnav2022" / "Native_complex.csv.gz", "rt", newline="") as stream:
        rows = [row for _, row in zip(range(ROWS), csv.DictReader(stream))]
    measured_text = [row["Measured Expression"] for row in rows]
    predicted_text = [row["Predicted Expression"] for row in rows]
    measured = [float(t) for t in measured_text]
    predicted = [float(t) for t in predicted_text]
    measured_rounded = [float(f"{v:.0f}") for v in measured]
    predicted_rounded = [float(f"{v:.0f}") for v in predicted]
    median = statistics.median(measured)
    labels = [1 if v > median else 0 for v in measured]

    reference = {
        "pearson": pearson(predicted, measured),
        "spearman": pearson(average_ranks(predicted), average_ranks(measured)),
        "mse": mean_error(predicted, measured, 2),
        "mae": mean_error(predicted, measured, 1),
        "pearson_rounded": pearson(predicted_rounded, measured_rounded),
        "spearman_rounded": pearson(average_ranks(predicted_rounded), average_ranks(measured_rounded)),
        "auroc": auroc_by_pairs(predicted, labels),
        "auroc_rounded": auroc_by_pairs(predicted_rounded, labels),
        "f1_threshold": F1_THRESHOLD,
    }
    reference.update(f1_counts(predicted, labels, F1_THRESHOLD))

    # A second, floating-point opinion guards the exact arithmetic above against slips.
    assert math.isclose(reference["pearson"], statistics.correlation(predicted, measured), rel_tol=1e-12)
    assert math.isclose(reference["mse"], statistics.fmean((p - m) ** 2 for p, m in zip(predicted, measured)),
                        rel_tol=1e-12)
    assert len(set(predicted_rounded)) < ROWS / 4, "the rounded columns are meant to be full of ties"

    OUT_DIR.mkdir(parents=True, exist_ok=True)
    with open(OUT_DIR / "native_complex_head200.tsv", "w") as out:
        out.write("measured\tpredicted\tmeasured_rounded\tpredicted_rounded\tlabel\n")
        for columns in zip(measured_text, predicted_text, measured_rounded, predicted_rounded, labels):
            out.write("\t".join(str(c) for c in columns) + "\n")
    with open(OUT_DIR / "reference.tsv", "w") as out:
        out.write("metric\tvalue\n")
        for name, value in reference.items():
            out.write(f"{name}\t{value!r}\n")
    with open(OUT_DIR / "soft_labels.tsv", "w") as out:
        out.write("expression\tbin\tprobability\n")
        for expression in SOFT_LABEL_EXPRESSIONS:
            for i, probability in enumerate(soft_label(expression)):
                out.write(f"{expression}\t{i}\t{probability!r}\n")


if __name__ == "__main__":
    main()
