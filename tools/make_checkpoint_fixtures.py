# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the small torch.save fixtures that tests/core/torch_checkpoint_test.cpp reads, with the values Python sees in them.

Run with Debian's PyTorch (/usr/bin/python3 tools/make_checkpoint_fixtures.py).
Every tensor the C++ reader must return is described in expected.txt, one line
each, computed here from the Python objects before saving, so the C++ test
compares against PyTorch and not against itself:

    tensor <file> <name> <dtype> <shape> <stride> <storage offset> <values...>
    shares <file> <name> <name>

Shapes and strides are comma-separated, "-" for a 0-dimensional tensor; values
are in logical (row-major) order, exact: Python's repr of each float, or the
integer. "shares" says that two tensors view the same storage.
"""

import argparse
from collections import OrderedDict
from pathlib import Path

import numpy as np
import torch
import torch.serialization
from torch import nn

OUT_DIR = Path(__file__).resolve().parent.parent / "tests" / "data" / "checkpoints"


class TinyNet(nn.Module):
    """Conv1d, BatchNorm1d (with its int64 num_batches_tracked), Linear and an int64 buffer."""

    def __init__(self):
        super().__init__()
        self.conv = nn.Conv1d(4, 3, kernel_size=3)
        self.norm = nn.BatchNorm1d(3)
        self.head = nn.Linear(3, 2)
        self.register_buffer("bins", torch.arange(5, dtype=torch.int64))

    def forward(self, x):
        return self.head(self.norm(self.conv(x)).mean(dim=2))


class LitWrapper(nn.Module):
    """Stands in for a LightningModule holding the network as `self.model`, hence the "model." key prefix."""

    def __init__(self, model):
        super().__init__()
        self.model = model


class AttributeDict(dict):
    """A dict subclass like Lightning's, pickled as an object followed by SETITEMS."""

    def __getattr__(self, key):
        return self[key]


class CallbackKey:
    """A custom object used as a dict key, as Lightning's callback state keys are."""

    def __init__(self, name, monitor):
        self.name = name
        self.monitor = monitor

    def __hash__(self):
        return hash((self.name, self.monitor))


class TaggedTensor(torch.Tensor):
    """A tensor subclass, which torch.save writes through _rebuild_from_type_v2."""


def trained_net():
    torch.manual_seed(7)
    net = TinyNet()
    optimizer = torch.optim.Adam(net.parameters(), lr=1e-3)
    net.train()
    loss = net(torch.randn(5, 4, 8)).pow(2).mean()
    loss.backward()
    optimizer.step()
    # A count no freshly built module has, so a reader returning defaults is caught.
    net.norm.num_batches_tracked.fill_(7)
    return net, optimizer


def describe(file_name, name, tensor):
    def dims(values):
        return ",".join(str(v) for v in values) if len(values) else "-"

    dtype = str(tensor.dtype).replace("torch.", "")
    if tensor.dtype.is_floating_point:
        values = [repr(float(v)) for v in tensor.detach().double().flatten().tolist()]
    else:
        values = [str(int(v)) for v in tensor.detach().flatten().tolist()]
    fields = ["tensor", file_name, name, dtype, dims(tensor.shape), dims(tensor.stride()),
              str(tensor.storage_offset())] + values
    return " ".join(fields)


def describe_all(file_name, state_dict):
    # A module's extra state may be any Python object; the reader returns tensors only.
    return [describe(file_name, name, value) for name, value in state_dict.items()
            if isinstance(value, torch.Tensor)]


def save(obj, file_name, **kwargs):
    torch.save(obj, OUT_DIR / file_name, **kwargs)


def main():
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    lines = []
    net, optimizer = trained_net()

    # (1) state_dict() as the official LegNet code saves it: an OrderedDict with _metadata.
    state_dict = net.state_dict()
    assert hasattr(state_dict, "_metadata")
    save(state_dict, "state_dict.pt")
    lines += describe_all("state_dict.pt", state_dict)
    for protocol in (4, 5):
        file_name = f"state_dict_protocol{protocol}.pt"
        save(state_dict, file_name, pickle_protocol=protocol)
        lines += describe_all(file_name, state_dict)

    # (2) The same tensors in a plain dict.
    plain = dict(state_dict.items())
    save(plain, "state_dict_plain.pt")
    lines += describe_all("state_dict_plain.pt", plain)

    # (3) A Lightning-like checkpoint: the weights sit under "state_dict" among Python objects.
    lightning_state = LitWrapper(net).state_dict()
    checkpoint = {
        "epoch": 3,
        "global_step": 100,
        "pytorch-lightning_version": "2.0.0",
        "state_dict": lightning_state,
        "loops": {"fit_loop": {"epoch_progress": {"total": {"ready": 4, "completed": 3}}}},
        "callbacks": {
            CallbackKey("ModelCheckpoint", "val_loss"): {
                "best_model_score": torch.tensor(0.25),
                "best_model_path": "/tmp/epoch=3.ckpt",
                "tags": {"best", "last"},
                "frozen": frozenset({1, 2}),
            }
        },
        "optimizer_states": [optimizer.state_dict()],
        "lr_schedulers": [{"last_epoch": 3, "_last_lr": [0.001]}],
        "hyper_parameters": AttributeDict(
            lr=1e-3,
            huge=2**70,
            args=argparse.Namespace(batch_size=32, seed=None),
            temperature=np.float64(0.5),
            blob=b"\x00\x01raw",
        ),
    }
    for file_name, protocol in (("lightning.ckpt", 2), ("lightning_protocol5.ckpt", 5)):
        save(checkpoint, file_name, pickle_protocol=protocol)
        lines += describe_all(file_name, lightning_state)

    # (4) Views and shared storage, every storage dtype, an empty tensor and a tensor subclass.
    base = torch.arange(12, dtype=torch.float32).reshape(3, 4) / 8
    views = OrderedDict()
    views["base"] = base
    views["transposed"] = base.t()
    views["row_slice"] = base[1:, 1:3]
    views["every_other"] = base.flatten()[1::2]
    views["float64"] = torch.tensor([[1.0 / 3, -2.5e-300], [1e300, 0.0]], dtype=torch.float64)
    views["float16"] = torch.tensor([0.1, -65504.0, 6e-8], dtype=torch.float16)
    views["bfloat16"] = torch.tensor([0.1, -3.0e38, 1.5], dtype=torch.bfloat16)
    views["int64"] = torch.tensor([-(2**62), 2**62 + 1], dtype=torch.int64)
    views["int32"] = torch.tensor([[-(2**31), 2**31 - 1, 5]], dtype=torch.int32)
    views["int16"] = torch.tensor([-32768, 32767], dtype=torch.int16)
    views["int8"] = torch.tensor([-128, 127], dtype=torch.int8)
    views["uint8"] = torch.tensor([0, 255], dtype=torch.uint8)
    views["bool"] = torch.tensor([True, False, True])
    views["scalar"] = torch.tensor(2.75)
    views["empty"] = torch.empty(0, 3)
    views["subclass"] = torch.tensor([1.0, 2.0]).as_subclass(TaggedTensor)
    views["norm._extra_state"] = {"alphabet": "AGCT"}
    save(views, "views_and_dtypes.pt")
    lines += describe_all("views_and_dtypes.pt", views)
    for first, second in (("base", "transposed"), ("base", "row_slice"), ("base", "every_other")):
        assert views[first].storage().data_ptr() == views[second].storage().data_ptr()
        lines.append(f"shares views_and_dtypes.pt {first} {second}")

    # A checkpoint saved from a GPU records its storages' location as "cuda:0";
    # faking the tag gives the same bytes without a GPU.
    real_location_tag = torch.serialization.location_tag
    torch.serialization.location_tag = lambda storage: "cuda:0"
    try:
        save(state_dict, "saved_on_gpu.pt")
    finally:
        torch.serialization.location_tag = real_location_tag
    assert b"cuda:0" in (OUT_DIR / "saved_on_gpu.pt").read_bytes()
    lines += describe_all("saved_on_gpu.pt", state_dict)

    # (5) Files the reader must refuse with a useful message.
    save(state_dict, "legacy_format.pt", _use_new_zipfile_serialization=False)
    save(net, "whole_model.pt")
    torch.jit.save(torch.jit.script(net), OUT_DIR / "torchscript.pt")
    save({"epoch": 5, "best_accuracy": 0.9, "notes": "no weights here"}, "no_state_dict.pt")
    save(OrderedDict(dense=torch.ones(2), sparse=torch.eye(2).to_sparse()), "sparse_tensor.pt")

    (OUT_DIR / "expected.txt").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
