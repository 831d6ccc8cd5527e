# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes tests/data/parity/: small LegNet checkpoints in the official formats, 1,200 real reads and the outputs
the reference PyTorch implementation (tools/legnet_reference.py) gives for them, for the C++ parity tests.

Run with the Debian python3 that has torch: /usr/bin/python3 tools/make_parity_fixtures.py
"""

import gzip
import math
import random
import sys
from pathlib import Path

import torch
from torch import nn

sys.path.insert(0, str(Path(__file__).resolve().parent))
import legnet_reference as ref  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
OUT = ROOT / "tests" / "data" / "parity"

BLOCK_SIZES = [64, 32, 32, 16, 16, 16, 16]
KERNEL_SIZE = 7
SEED = 20240611
N_PER_SOURCE = 600
N_ENCODING_CHECK = 20
IUPAC_CODES = "NRYSWKMBDHV"
# Between-sequence spread of the bin logits the calibrated mapper aims at (see calibrate): large enough that
# expressions span several bins, small enough that the bin distributions stay broad.
OPTIMIZED_LOGIT_SPREAD = 3.0
DREAM_LOGIT_SPREAD = 8.0
# The three checkpoints alone take 1.9 MB (142 k and 122 k float32 parameters, the optimized one twice).
SIZE_LIMIT_BYTES = 3_000_000


# ----------------------------------------------------------------------------
# Sequences
# ----------------------------------------------------------------------------


def load_reads(rng):
    """600 DREAM demo reads and 600 Native80 reads trimmed to the DREAM 110-nt read, interleaved."""
    with open(DATA / "dream2022" / "demo_train.tsv") as f:
        dream = [line.split("\t")[0] for line in f]
    with gzip.open(DATA / "deboer2020" / "native80.tsv.gz", "rt") as f:
        next(f)
        # Native80 reads are AAC + the 110-nt construct + TCTTAAT.
        native = [line.split("\t")[0][3:-7] for line in f]
    dream_rows = sorted(rng.sample(range(len(dream)), N_PER_SOURCE))
    native_rows = sorted(rng.sample(range(len(native)), N_PER_SOURCE))
    records = []
    for d, n in zip(dream_rows, native_rows):
        # Names carry the 1-based data line, so a failing record can be traced back to its source.
        records.append([f"dream2022_demo_train:{d + 1}", dream[d]])
        records.append([f"deboer2020_native80:{n + 2}", native[n]])
    for name, read in records:
        assert read.startswith(ref.LEFT_ADAPTER), name
    # Bring a read longer than 110 nt (only 39 plasmid nt fit) and one with measured N among the records
    # that encoding_check.tsv covers.
    for slot, wanted in ((5, lambda r: len(r) > 110), (10, lambda r: "N" in r)):
        found = next(i for i in range(N_ENCODING_CHECK, len(records)) if wanted(records[i][1]))
        records[slot], records[found] = records[found], records[slot]
    return records


def add_iupac(read, rng):
    chars = list(read)
    for _ in range(rng.randint(1, 3)):
        chars[rng.randrange(len(ref.LEFT_ADAPTER), len(chars))] = rng.choice(IUPAC_CODES)
    return "".join(chars)


def shorten(read, deleted):
    """Drops `deleted` insert bases right after the left adapter, keeping both adapters."""
    return read[:len(ref.LEFT_ADAPTER)] + read[len(ref.LEFT_ADAPTER) + deleted:]


def perturb(records, rng):
    """Ambiguity codes, lower case and short reads, some placed among the first records so that
    encoding_check.tsv covers them; the rest spread over the set."""
    iupac = {1, 4, 7, 12} | set(rng.sample(range(N_ENCODING_CHECK, len(records)), 40))
    lower = {2, 15} | set(rng.sample(range(N_ENCODING_CHECK, len(records)), 4))
    short = {3: 5, 9: 20, 18: 70}
    for i in rng.sample(range(N_ENCODING_CHECK, len(records)), 5):
        short[i] = rng.choice([10, 30, 45, 60, 80])
    for i, record in enumerate(records):
        if i in iupac:
            record[0] += "+iupac"
            record[1] = add_iupac(record[1], rng)
        if i in short:
            record[0] += f"+del{short[i]}"
            record[1] = shorten(record[1], short[i])
        if i in lower:
            record[0] += "+lower"
            record[1] = record[1].lower()


# ----------------------------------------------------------------------------
# Weights
# ----------------------------------------------------------------------------


def randomise(model, gen):
    """Random weights, with BatchNorm statistics far from (0, 1) so that a loader that drops them fails."""
    for module in model.modules():
        if isinstance(module, nn.Conv1d):
            fan_in = module.weight.shape[1] * module.weight.shape[2]
            module.weight.data = torch.randn(module.weight.shape, generator=gen) / math.sqrt(fan_in)
            if module.bias is not None:
                module.bias.data = torch.randn(module.bias.shape, generator=gen) * 0.5
        elif isinstance(module, nn.Linear):
            bound = 1.5 / math.sqrt(module.in_features)
            module.weight.data = (torch.rand(module.weight.shape, generator=gen) * 2 - 1) * bound
            module.bias.data = torch.randn(module.bias.shape, generator=gen) * 0.2
        elif isinstance(module, nn.BatchNorm1d):
            c = module.num_features
            module.running_mean.copy_(torch.randn(c, generator=gen) * 0.5)
            module.running_var.copy_(torch.rand(c, generator=gen) * 1.5 + 0.5)
            module.weight.data = torch.rand(c, generator=gen) + 0.5
            module.bias.data = torch.randn(c, generator=gen) * 0.2
            module.num_batches_tracked.fill_(80000)
        elif isinstance(module, ref._TensorRegression):
            factors = module.weight.factors
            n, rank = factors[0].shape
            # Factor scale such that entries of the full (n, n, m) tensor are ~1/n, so the bilinear term is O(1).
            scale = (1.0 / (n * math.sqrt(rank))) ** (1.0 / 3.0)
            module.weight.weights.data = torch.rand(rank, generator=gen) + 0.5
            for i in range(3):
                factors[i].data = torch.randn(factors[i].shape, generator=gen) * scale
            module.bias.data = torch.rand(module.bias.shape, generator=gen) * 2 - 1


def _conv_feeding(model):
    """Each BatchNorm with the convolution just before it (module order is forward order in both models)."""
    pairs, last_conv = [], None
    for module in model.modules():
        if isinstance(module, nn.Conv1d):
            last_conv = module
        elif isinstance(module, nn.BatchNorm1d):
            pairs.append((last_conv, module))
    return pairs


@torch.no_grad()
def calibrate(model, batch, gen):
    """Scale every convolution so the variance of its output over real inputs equals the running_var the next
    BatchNorm assumes, then set the mapper so the bin logits vary between sequences.

    Plain random weights make the averaged output nearly constant (signal dies through the random BatchNorms and
    the 150-position average), so a fixture could not tell one sequence from another; a trained model's layers
    are matched to their BatchNorm statistics like this."""
    model.eval()
    for conv, bn in _conv_feeding(model):
        seen = []
        hook = bn.register_forward_hook(lambda m, inputs, output: seen.append(inputs[0]))
        model(batch)
        hook.remove()
        std = seen[0].transpose(0, 1).reshape(bn.num_features, -1).std(dim=1)
        conv.weight.mul_((bn.running_var.sqrt() / std.clamp_min(1e-6)).view(-1, 1, 1))

    mapper_conv = next(m for m in model.mapper.modules() if isinstance(m, nn.Conv1d))
    seen = []
    hook = mapper_conv.register_forward_hook(lambda m, inputs, output: seen.append(output))
    model(batch)
    hook.remove()
    logits = seen[0]
    if isinstance(model, ref.OptimizedLegNet):
        # Averaging is linear here: spread the position-averaged logits between sequences and centre
        # them on a random bell over the bins, so expressions span several bins.
        pooled = logits.mean(dim=2)
        spread = OPTIMIZED_LOGIT_SPREAD / pooled.std(dim=0).clamp_min(1e-6)
        centre = 4 + 10 * torch.rand(1, generator=gen)
        bell = -0.5 * ((torch.arange(ref.N_BINS) - centre) / 3) ** 2
        mapper_conv.weight.mul_(spread.view(-1, 1, 1))
        mapper_conv.bias.copy_(bell - pooled.mean(dim=0) * spread + mapper_conv.bias * spread)
    else:
        # The DREAM head applies SiLU per position before averaging: spread the pre-activation logits around a
        # random offset, so SiLU works in its non-linear range.
        per_position = logits.transpose(0, 1).reshape(ref.N_BINS, -1)
        spread = DREAM_LOGIT_SPREAD / per_position.std(dim=1).clamp_min(1e-6)
        offset = torch.randn(ref.N_BINS, generator=gen)
        mapper_conv.weight.mul_(spread.view(-1, 1, 1))
        mapper_conv.bias.copy_(offset - per_position.mean(dim=1) * spread + mapper_conv.bias * spread)


def build_model(arch, reads, upstream, seed):
    gen = torch.Generator().manual_seed(seed)
    model = ref.ARCHITECTURES[arch](BLOCK_SIZES, KERNEL_SIZE)
    randomise(model, gen)
    strands = [ref.encode_both_strands(r, upstream) for r in reads[:256]]
    batch = torch.stack([s for pair in strands for s in pair])
    calibrate(model, batch, gen)
    return model.eval()


# ----------------------------------------------------------------------------
# Writing
# ----------------------------------------------------------------------------


def fmt(x):
    return f"{float(x):.9g}"


def write_expected(path, names, fwd, rev, probs):
    expression = (fwd + rev) / 2
    # Sanity: the mean of the strand expressions is the soft-argmax of the mean distribution.
    soft_argmax = (probs * torch.arange(ref.N_BINS)).sum(dim=1)
    assert torch.allclose(soft_argmax, expression, atol=2e-5), (soft_argmax - expression).abs().max()
    header = ["name", "expression_forward", "expression_reverse", "expression"] + [f"prob_{i}" for i in range(ref.N_BINS)]
    with open(path, "w") as f:
        f.write("\t".join(header) + "\n")
        for i, name in enumerate(names):
            row = [name, fmt(fwd[i]), fmt(rev[i]), fmt(expression[i])] + [fmt(p) for p in probs[i]]
            f.write("\t".join(row) + "\n")


def channel_sums(padded):
    """Per-channel (AGCT) sum over positions and position-weighted sum (weights 1..L, catches order errors)."""
    code = ref.one_hot(padded).double()
    weights = torch.arange(1, code.shape[1] + 1, dtype=torch.float64)
    return [fmt(v) for v in code.sum(dim=1)] + [fmt(v) for v in (code * weights).sum(dim=1)]


def write_encoding_check(path, records, upstream):
    header = ["name", "padded_forward", "padded_reverse"]
    for strand in ("fwd", "rev"):
        header += [f"{strand}_sum_{b}" for b in ref.ALPHABET] + [f"{strand}_wsum_{b}" for b in ref.ALPHABET]
    with open(path, "w") as f:
        f.write("\t".join(header) + "\n")
        for name, read in records[:N_ENCODING_CHECK]:
            fwd = ref.pad_read(read, upstream)
            rev = ref.reverse_complement(fwd)
            f.write("\t".join([name, fwd, rev] + channel_sums(fwd) + channel_sums(rev)) + "\n")


class _LightningModule(nn.Module):
    """Stands in for the official DreamModel, whose only state is the network under `model`."""

    def __init__(self, model):
        super().__init__()
        self.model = model


def write_lightning_checkpoint(path, model):
    n_params = len(list(model.parameters()))
    torch.save({
        "epoch": 1,
        "global_step": 1000,
        "pytorch-lightning_version": "2.0.2",
        "state_dict": _LightningModule(model).state_dict(),
        # Real checkpoints also carry optimizer and scheduler state (tuples, floats, nested lists) that a loader
        # must skip; the per-parameter moments are left out to keep the fixture small.
        "optimizer_states": [{
            "state": {},
            "param_groups": [{"lr": 2e-5, "betas": (0.9, 0.99), "weight_decay": 0.1, "params": list(range(n_params))}],
        }],
        "lr_schedulers": [{"total_steps": 80000, "last_epoch": 1000, "_last_lr": [2e-5], "anneal_strategy": "cos"}],
        # The official run saved no hyperparameters (its hparams.yaml is "{}"): a loader must infer the
        # architecture from the tensors; this plain dict only checks that unknown content is tolerated.
        "hyper_parameters": {
            "model_cfg": {
                "use_single_channel": True, "use_reverse_channel": True, "block_sizes": BLOCK_SIZES,
                "ks": KERNEL_SIZE, "resize_factor": 4, "activation": "silu", "final_activation": "none",
                "filter_per_group": 1, "se_reduction": 4, "res_block_type": "concat", "se_type": "simple",
                "inner_dim_calculation": "in",
            },
        },
    }, path)


@torch.inference_mode()
def check_sensitivity(arch, model, reads, upstream, baseline):
    """The fixture must fail an implementation that skips BatchNorm statistics or, for DREAM 2022, the
    bilinear term: both must move the outputs far beyond any float32 tolerance."""
    probe = {k: v.clone() for k, v in model.state_dict().items()}
    for key, value in probe.items():
        if key.endswith("running_mean"):
            value.zero_()
        elif key.endswith("running_var"):
            value.fill_(1)
    changes = {"BatchNorm statistics reset": probe}
    if arch == "dream2022":
        no_bilinear = {k: v.clone() for k, v in model.state_dict().items()}
        for key, value in no_bilinear.items():
            if ".trl." in key:
                value.zero_()
        changes["bilinear term removed"] = no_bilinear
    for what, state in changes.items():
        other = ref.ARCHITECTURES[arch](BLOCK_SIZES, KERNEL_SIZE)
        other.load_state_dict(state)
        fwd, _, _ = ref.predict(other, reads[:64], upstream)
        change = (fwd - baseline[:64]).abs().mean().item()
        print(f"  {arch}: {what}: mean |change| of forward expression {change:.3f}")
        assert change > 0.05, what


def main():
    torch.set_num_threads(2)
    rng = random.Random(SEED)
    upstream = ref.plasmid_upstream(DATA / "dream2022" / "plasmid.json")
    records = load_reads(rng)
    perturb(records, rng)
    names = [name for name, _ in records]
    reads = [read for _, read in records]
    OUT.mkdir(parents=True, exist_ok=True)

    with open(OUT / "sequences.tsv", "w") as f:
        f.write("name\tsequence\n")
        for name, read in records:
            f.write(f"{name}\t{read}\n")
    write_encoding_check(OUT / "encoding_check.tsv", records, upstream)

    for offset, arch in enumerate(("optimized", "dream2022")):
        model = build_model(arch, reads, upstream, SEED + offset)
        torch.save(model.state_dict(), OUT / f"{arch}_small.pth")
        if arch == "optimized":
            write_lightning_checkpoint(OUT / "optimized_small_lightning.ckpt", model)
        # Predict from the saved file, so the expected values belong to exactly what the C++ side loads.
        reloaded = ref.ARCHITECTURES[arch](BLOCK_SIZES, KERNEL_SIZE)
        reloaded.load_state_dict(torch.load(OUT / f"{arch}_small.pth"))
        fwd, rev, probs = ref.predict(reloaded, reads, upstream)
        write_expected(OUT / f"expected_{arch}.tsv", names, fwd, rev, probs)
        expression = (fwd + rev) / 2
        print(f"{arch}: {sum(p.numel() for p in model.parameters())} parameters; expression mean "
              f"{expression.mean():.3f}, sd {expression.std():.3f}, range {expression.min():.3f}..{expression.max():.3f}; "
              f"sd of forward - reverse {(fwd - rev).std():.3f}; mean max bin probability {probs.max(dim=1).values.mean():.3f}")
        check_sensitivity(arch, reloaded, reads, upstream, fwd)

    total = sum(p.stat().st_size for p in OUT.iterdir())
    print(f"{OUT}: {total / 1e6:.2f} MB")
    assert total < SIZE_LIMIT_BYTES


if __name__ == "__main__":
    main()
