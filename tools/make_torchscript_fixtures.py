# SPDX-License-Identifier: GPL-3.0-or-later
# Writes small TorchScript models with manifests, and their PyTorch outputs, for the loader tests.
#
# Run with Debian's python3-torch:  /usr/bin/python3 tools/make_torchscript_fixtures.py
import json
import os

import torch
from torch import nn

OUT = os.path.join(os.path.dirname(__file__), "..", "tests", "data", "torchscript")
ALPHABET = "ACGT"  # deliberately not LegNet's AGCT, so the test sees the manifest's order used
LENGTH = 20


class TinyRegressor(nn.Module):
    """A Camformer-like scalar regressor: conv over one-hot ACGT, global mean, linear."""

    def __init__(self):
        super().__init__()
        self.conv = nn.Conv1d(4, 3, 5, padding=2)
        self.head = nn.Linear(3, 1)

    def forward(self, x):
        return self.head(torch.relu(self.conv(x)).mean(-1)).squeeze(-1)


class TinyMultilabel(nn.Module):
    """A multi-label classifier returning one logit per class."""

    def __init__(self):
        super().__init__()
        self.conv = nn.Conv1d(4, 2, 3, padding=1)

    def forward(self, x):
        return self.conv(x).amax(-1)


def one_hot(seq):
    x = torch.zeros(4, len(seq))
    for i, base in enumerate(seq):
        x[ALPHABET.index(base), i] = 1.0
    return x


def manifest(name, output):
    return {
        "format_version": 1,
        "name": name,
        "architecture": "torchscript",
        "input": {"length": LENGTH, "alphabet": ALPHABET, "unknown_value": 0.25, "padding": "none",
                  "extra_channels": []},
        "output": output,
        "reverse_complement_averaging": False,
    }


def main():
    torch.manual_seed(7)
    os.makedirs(OUT, exist_ok=True)
    generator = torch.Generator().manual_seed(11)
    sequences = ["".join(ALPHABET[i] for i in torch.randint(0, 4, (LENGTH,), generator=generator)) for _ in range(12)]
    batch = torch.stack([one_hot(s) for s in sequences])

    models = {
        "regressor": (TinyRegressor(), {"kind": "scalar", "logits": False}),
        "multilabel": (TinyMultilabel(), {"kind": "multilabel", "classes": ["kinase", "zinc_finger"], "logits": True}),
    }
    with open(os.path.join(OUT, "expected.tsv"), "w") as expected:
        expected.write("model\tsequence\toutputs\n")
        for name, (module, output) in models.items():
            module.eval()
            scripted = torch.jit.script(module)
            path = os.path.join(OUT, name + ".pt")
            scripted.save(path)
            with open(path + ".json", "w") as f:
                json.dump(manifest(name, output), f, indent=2)
            with torch.no_grad():
                raw = module(batch)
                values = raw if output["kind"] == "scalar" else torch.sigmoid(raw)
            for seq, row in zip(sequences, values.reshape(len(sequences), -1)):
                expected.write(f"{name}\t{seq}\t{','.join('%.9g' % v for v in row.tolist())}\n")


if __name__ == "__main__":
    main()
