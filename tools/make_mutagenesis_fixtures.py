# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the TorchScript models with known answers that the mutagenesis tests map.
#
# Run with Debian's python3-torch:  /usr/bin/python3 tools/make_mutagenesis_fixtures.py
import json
import os

import torch
from torch import nn

OUT = os.path.join(os.path.dirname(__file__), "..", "tests", "data", "mutagenesis")
ALPHABET = "ACGT"
LENGTH = 40
MOTIF = "TATAAA"


class PlantedMotif(nn.Module):
    """1 where the input holds TATAAA exactly, 0 elsewhere: a filter scoring +1 per matching
    base and −1 per other base reaches 6 only on the site, and relu(score − 5) keeps that."""

    def __init__(self):
        super().__init__()
        weight = -torch.ones(1, 4, len(MOTIF))
        for i, base in enumerate(MOTIF):
            weight[0, ALPHABET.index(base), i] = 1.0
        self.register_buffer("weight", weight)

    def forward(self, x):
        score = torch.nn.functional.conv1d(x, self.weight)
        return torch.relu(score - 5.0).amax(-1).squeeze(1)


class Linear(nn.Module):
    """A sum of one weight per (base, position): first-order estimates of it are exact."""

    def __init__(self):
        super().__init__()
        self.register_buffer("weight", torch.randn(4, LENGTH))

    def forward(self, x):
        return (x * self.weight).sum((1, 2))


def manifest(name, averaging):
    return {
        "format_version": 1,
        "name": name,
        "architecture": "torchscript",
        "input": {"length": LENGTH, "alphabet": ALPHABET, "unknown_value": 0.25, "padding": "none",
                  "extra_channels": []},
        "output": {"kind": "scalar", "logits": False},
        "reverse_complement_averaging": averaging,
    }


def main():
    torch.manual_seed(11)
    os.makedirs(OUT, exist_ok=True)
    for name, module, averaging in (("planted_motif", PlantedMotif(), True), ("linear", Linear(), True)):
        torch.jit.script(module.eval()).save(os.path.join(OUT, name + ".pt"))
        with open(os.path.join(OUT, name + ".pt.json"), "w") as out:
            json.dump(manifest(name, averaging), out, indent=2)
            out.write("\n")


if __name__ == "__main__":
    main()
