# SPDX-License-Identifier: GPL-3.0-or-later
# Writes tiny LegNet state_dicts, intact and damaged, for the model loader's error tests.
#
# Run with Debian's python3-torch:  /usr/bin/python3 tools/make_model_error_fixtures.py
import os
from collections import OrderedDict

import torch

import legnet_reference as reference

OUT = os.path.join(os.path.dirname(__file__), "..", "tests", "data", "models")
TINY_BLOCKS = (16, 8, 8)


def main():
    torch.manual_seed(3)
    os.makedirs(OUT, exist_ok=True)
    state = reference.OptimizedLegNet(block_sizes=TINY_BLOCKS, ks=3).state_dict()
    torch.save(state, os.path.join(OUT, "tiny_optimized.pth"))

    missing = OrderedDict((k, v) for k, v in state.items() if k != "main.1.0.fn.block.3.weight")
    torch.save(missing, os.path.join(OUT, "tiny_missing_tensor.pth"))

    misshaped = OrderedDict(state)
    misshaped["main.0.1.block.1.running_mean"] = torch.zeros(5)
    torch.save(misshaped, os.path.join(OUT, "tiny_wrong_shape.pth"))

    extra = OrderedDict(state)
    extra["main.0.0.fn.block.9.weight"] = torch.zeros(3)
    torch.save(extra, os.path.join(OUT, "tiny_extra_tensor.pth"))

    torch.save(reference.Dream2022LegNet(block_sizes=(16, 8, 8), ks=3).state_dict(),
               os.path.join(OUT, "tiny_dream2022.pth"))

    torch.save(torch.nn.Linear(3, 2).state_dict(), os.path.join(OUT, "not_legnet.pth"))


if __name__ == "__main__":
    main()
