# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes tests/data/training/: a slice of the DREAM 2022 demo training file and the MurmurHash3 folds of its reads,
computed here by a pure-Python transcription of the reference MurmurHash3_x86_32, independent of the C++ code.

The official LegNet code assigns validation folds with mmh3.hash(seq, seed, signed=False) % 10. When the mmh3 module
is importable its values are compared with this transcription; either way the transcription is checked against the
published test vectors first. (Its fold file was also cross-checked row by row against Debian's
libdigest-murmurhash3-pureperl-perl, another independent implementation.)

Run: python3 tools/make_training_fixtures.py
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT.parent / "shared" / "data" / "dream2022" / "demo_train.tsv"
OUT = ROOT / "tests" / "data" / "training"
ROWS = 1000
SEEDS = (42, 7)


def murmur3_x86_32(data: bytes, seed: int) -> int:
    c1, c2 = 0xCC9E2D51, 0x1B873593
    mask = 0xFFFFFFFF

    def rotl(x, r):
        return ((x << r) | (x >> (32 - r))) & mask

    h = seed & mask
    blocks = len(data) // 4
    for i in range(blocks):
        k = int.from_bytes(data[4 * i : 4 * i + 4], "little")
        k = rotl((k * c1) & mask, 15) * c2 & mask
        h = (rotl(h ^ k, 13) * 5 + 0xE6546B64) & mask
    tail = data[4 * blocks :]
    k = 0
    for shift, byte in reversed(list(enumerate(tail))):
        k ^= byte << (8 * shift)
    if tail:
        k = rotl((k * c1) & mask, 15) * c2 & mask
        h ^= k
    h ^= len(data) & mask
    h ^= h >> 16
    h = (h * 0x85EBCA6B) & mask
    h ^= h >> 13
    h = (h * 0xC2B2AE35) & mask
    h ^= h >> 16
    return h


# Known outputs of the reference implementation.
VECTORS = [
    (b"", 0, 0x00000000),
    (b"", 1, 0x514E28B7),
    (b"", 0xFFFFFFFF, 0x81F16F39),
    (b"hello", 0, 0x248BFA47),
    (b"Hello, world!", 0x9747B28C, 0x24884CBA),
    (b"The quick brown fox jumps over the lazy dog", 0, 0x2E4FF723),
    (b"The quick brown fox jumps over the lazy dog", 0x9747B28C, 0x2FA826CD),
]


def main():
    for data, seed, expected in VECTORS:
        got = murmur3_x86_32(data, seed)
        if got != expected:
            sys.exit(f"murmur3_x86_32({data!r}, {seed:#x}) = {got:#010x}, expected {expected:#010x}")
    try:
        import mmh3
    except ImportError:
        mmh3 = None

    lines = SOURCE.read_text().splitlines()[:ROWS]
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "dream_demo_head1000.tsv").write_text("\n".join(lines) + "\n")

    out = ["seq\t" + "\t".join(f"hash{seed}\tfold{seed}" for seed in SEEDS)]
    for line in lines:
        seq = line.split("\t")[0]
        fields = [seq]
        for seed in SEEDS:
            value = murmur3_x86_32(seq.encode(), seed)
            if mmh3 is not None and mmh3.hash(seq, seed, signed=False) != value:
                sys.exit(f"mmh3 disagrees on {seq} with seed {seed}")
            fields += [str(value), str(value % 10)]
        out.append("\t".join(fields))
    (OUT / "dream_demo_head1000_folds.tsv").write_text("\n".join(out) + "\n")
    print(f"wrote {len(lines)} rows to {OUT}" + ("" if mmh3 is None else " (checked against mmh3)"))


if __name__ == "__main__":
    main()
