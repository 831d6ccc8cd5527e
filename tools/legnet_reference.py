# SPDX-License-Identifier: GPL-3.0-or-later
"""Independent PyTorch reference of LegNet (optimized and DREAM 2022 architectures) and of its input encoding, used to produce parity fixtures for the C++ core.

Written from the shared DESIGN.md (section 5) and reference/legnet-dream2022.md;
the module tree is laid out so that `state_dict()` keys, shapes and order are
those of the official checkpoints, which is what lets the C++ loader be tested
against files in the official format. The input rules (padding, reverse
complement, channels) follow the official dream_ablation/dream_preprocess.py
and dream_dataset.py.

Run it directly for a self-check of parameter counts and key names.
"""

import json
import math
from collections import OrderedDict
from pathlib import Path

import torch
import torch.nn.functional as F
from torch import nn

# ----------------------------------------------------------------------------
# Input encoding
# ----------------------------------------------------------------------------

SEQ_LENGTH = 150
N_BINS = 18

# LegNet's channel order is A, G, C, T (not alphabetical).
ALPHABET = "AGCT"

# The first 17 nt of every DREAM-style read; the plasmid's 5' side ends with it.
LEFT_ADAPTER = "TGCATTTTTTTCACATC"
RIGHT_ADAPTER = "GGTTACGGCTGTT"

# IUPAC code -> the bases it stands for. The official encoder knows only ACGTN
# (N -> 0.25 each); spreading the other codes uniformly over their bases is our
# extension and agrees with it on N.
IUPAC_BASES = {
    "A": "A", "C": "C", "G": "G", "T": "T", "U": "T",
    "R": "AG", "Y": "CT", "S": "CG", "W": "AT", "K": "GT", "M": "AC",
    "B": "CGT", "D": "AGT", "H": "ACT", "V": "ACG", "N": "ACGT",
}

COMPLEMENT = {
    "A": "T", "C": "G", "G": "C", "T": "A", "U": "A",
    "R": "Y", "Y": "R", "S": "S", "W": "W", "K": "M", "M": "K",
    "B": "V", "V": "B", "D": "H", "H": "D", "N": "N",
}

DEFAULT_PLASMID = Path(__file__).resolve().parents[2] / "shared" / "data" / "dream2022" / "plasmid.json"


def plasmid_upstream(plasmid_json=DEFAULT_PLASMID):
    """The plasmid sequence 5' of the 80-nt insert (the run of 80 N), upper case; it ends with LEFT_ADAPTER."""
    plasmid = json.loads(Path(plasmid_json).read_text()).upper()
    insert_start = plasmid.find("N" * 80)
    if insert_start < 0:
        raise ValueError(f"{plasmid_json}: no run of 80 N marks the insert")
    upstream = plasmid[:insert_start]
    if not upstream.endswith(LEFT_ADAPTER):
        raise ValueError(f"{plasmid_json}: the plasmid before the insert does not end with {LEFT_ADAPTER}")
    return upstream


def pad_read(read, upstream, length=SEQ_LENGTH):
    """The official padding: drop the read's first 17 nt (its left adapter, whatever they are), put the
    plasmid's 5' side in front and keep the last `length` nt, so the 3' end of the read is always kept."""
    return (upstream + read.upper()[len(LEFT_ADAPTER):])[-length:]


def reverse_complement(seq):
    return "".join(COMPLEMENT[base] for base in reversed(seq.upper()))


def one_hot(seq):
    """4 x len(seq) float32 matrix in AGCT order; an ambiguity code spreads 1 uniformly over its bases."""
    code = torch.zeros(4, len(seq), dtype=torch.float32)
    for position, base in enumerate(seq.upper()):
        try:
            bases = IUPAC_BASES[base]
        except KeyError:
            raise ValueError(f"position {position + 1}: {base!r} is not a nucleotide") from None
        for b in bases:
            code[ALPHABET.index(b), position] = 1.0 / len(bases)
    return code


def encode(padded, is_reverse, is_singleton=0.0):
    """The 6 x L model input: one-hot (AGCT), then the constant is_reverse and is_singleton channels."""
    code = one_hot(padded)
    length = code.shape[1]
    flags = torch.tensor([float(is_reverse), float(is_singleton)]).view(2, 1).expand(2, length)
    return torch.cat([code, flags], dim=0)


def encode_both_strands(read, upstream, length=SEQ_LENGTH):
    """(forward, reverse) inputs as used at prediction time: the reverse-complement copy is made from the
    padded 150-nt string (so it starts with the complement of the read's 3' end), is_singleton = 0."""
    padded = pad_read(read, upstream, length)
    return encode(padded, is_reverse=0), encode(reverse_complement(padded), is_reverse=1)


# ----------------------------------------------------------------------------
# Optimized LegNet (dream_ablation naming: stem_block / main / mapper)
# ----------------------------------------------------------------------------


class _ConvBlock(nn.Module):
    """Conv1d (no bias, 'same') -> BatchNorm -> SiLU, stored as `block.{0,1,2}`."""

    def __init__(self, in_ch, out_ch, ks):
        super().__init__()
        self.block = nn.Sequential(
            nn.Conv1d(in_ch, out_ch, ks, padding="same", bias=False),
            nn.BatchNorm1d(out_ch),
            nn.SiLU(),
        )

    def forward(self, x):
        return self.block(x)


class _SqueezeExcite(nn.Module):
    """Per-channel gate from the position-averaged activations: Linear -> SiLU -> Linear -> sigmoid."""

    def __init__(self, channels, hidden):
        super().__init__()
        self.fc = nn.Sequential(nn.Linear(channels, hidden), nn.SiLU(), nn.Linear(hidden, channels), nn.Sigmoid())

    def forward(self, x):
        return x * self.fc(x.mean(dim=2)).unsqueeze(2)


class _InvertedResidual(nn.Module):
    """Expand (1x1) -> depthwise k-conv -> squeeze-excite -> project back (1x1); inner width 4 * in_ch."""

    def __init__(self, in_ch, ks):
        super().__init__()
        inner = 4 * in_ch
        self.block = nn.Sequential(
            nn.Conv1d(in_ch, inner, 1, bias=False),
            nn.BatchNorm1d(inner),
            nn.SiLU(),
            nn.Conv1d(inner, inner, ks, groups=inner, padding="same", bias=False),
            nn.BatchNorm1d(inner),
            nn.SiLU(),
            _SqueezeExcite(inner, in_ch // 4),
            nn.Conv1d(inner, in_ch, 1, bias=False),
            nn.BatchNorm1d(in_ch),
            nn.SiLU(),
        )

    def forward(self, x):
        return self.block(x)


class _ConcatAfter(nn.Module):
    """cat([fn(x), x]) along channels: the optimized model puts the block output first."""

    def __init__(self, fn):
        super().__init__()
        self.fn = fn

    def forward(self, x):
        return torch.cat([self.fn(x), x], dim=1)


class _Mapper(nn.Module):
    """1x1 Conv1d with bias to the 18 bin logits, no activation (final_activation 'none')."""

    def __init__(self, in_ch):
        super().__init__()
        self.block = nn.Sequential(nn.Conv1d(in_ch, N_BINS, 1))

    def forward(self, x):
        return self.block(x)


def _bins_buffer():
    # int64 as in the official code; the score promotes it to float.
    return torch.arange(N_BINS)


def _head(logits_per_position, bins):
    logits = logits_per_position.mean(dim=2)
    probs = F.softmax(logits, dim=1)
    return F.log_softmax(logits, dim=1), probs, (probs * bins).sum(dim=1)


class OptimizedLegNet(nn.Module):
    """The optimized LegNet of Penzar et al. 2023 (2,129,602 parameters at full size).

    forward(x) returns (log-probabilities, probabilities, expression) for x of shape (B, 6, L)."""

    def __init__(self, block_sizes=(256, 128, 128, 64, 64, 64, 64), ks=7, in_channels=6):
        super().__init__()
        self.block_sizes = list(block_sizes)
        self.stem_block = _ConvBlock(in_channels, block_sizes[0], ks)
        self.main = nn.Sequential(*[
            nn.Sequential(_ConcatAfter(_InvertedResidual(prev, ks)), _ConvBlock(2 * prev, size, ks))
            for prev, size in zip(block_sizes[:-1], block_sizes[1:])
        ])
        self.mapper = _Mapper(block_sizes[-1])
        self.register_buffer("bins", _bins_buffer())

    def forward(self, x):
        return _head(self.mapper(self.main(self.stem_block(x))), self.bins)


# ----------------------------------------------------------------------------
# Original DREAM 2022 LegNet (legnet/model.py naming: seqextractor / mapper)
# ----------------------------------------------------------------------------


def cp_rank(shape, fraction=0.5):
    """tensorly's rank for a fractional CP rank: round(prod(shape) * fraction / sum(shape)) (round half to even)."""
    return int(round(math.prod(shape) * fraction / sum(shape)))


class _FactorList(nn.Module):
    """Holds CP factors as `factor_0`, `factor_1`, ... (tensorly-torch's naming, which checkpoints carry)."""

    def __init__(self, shapes):
        super().__init__()
        for i, shape in enumerate(shapes):
            self.register_parameter(f"factor_{i}", nn.Parameter(torch.empty(*shape)))

    def __getitem__(self, i):
        return getattr(self, f"factor_{i}")


class _CPWeight(nn.Module):
    """A CP-factorised tensor: W[i,j,k] = sum_r weights[r] * f0[i,r] * f1[j,r] * f2[k,r] (no normalisation)."""

    def __init__(self, shape, rank):
        super().__init__()
        self.weights = nn.Parameter(torch.ones(rank))
        self.factors = _FactorList([(dim, rank) for dim in shape])

    def full(self):
        return torch.einsum("r,ir,jr,kr->ijk", self.weights, self.factors[0], self.factors[1], self.factors[2])


class _TensorRegression(nn.Module):
    """Tensor regression layer (n, n) -> m: contracts a batch of n x n inputs with the full (n, n, m) weight."""

    def __init__(self, n, m, rank_fraction=0.5):
        super().__init__()
        # `bias` is registered before `weight`, as in tensorly-torch, so state_dict order matches.
        self.bias = nn.Parameter(torch.empty(m))
        self.weight = _CPWeight((n, n, m), cp_rank((n, n, m), rank_fraction))

    def forward(self, x):
        weight = self.weight.full()
        return x.reshape(x.shape[0], -1) @ weight.reshape(-1, weight.shape[-1]) + self.bias


class _Bilinear(nn.Module):
    """Pairwise products of the features (outer product v v^T) fed to a low-rank tensor regression."""

    def __init__(self, n, m):
        super().__init__()
        self.trl = _TensorRegression(n, m)

    def forward(self, v):
        return self.trl(v.unsqueeze(2) * v.unsqueeze(1))


class _ConcatInputFirst(nn.Module):
    """cat([v, mod(v)]) along the last dimension."""

    def __init__(self, mod):
        super().__init__()
        self.mod = mod

    def forward(self, v):
        return torch.cat([v, self.mod(v)], dim=-1)


class _SqueezeExciteBilinear(nn.Module):
    """The DREAM 2022 squeeze-excite: Linear -> SiLU -> Linear -> [y, Bilinear(y)] -> SiLU -> Linear -> sigmoid."""

    def __init__(self, channels, n):
        super().__init__()
        self.fc = nn.Sequential(
            nn.Linear(channels, n),
            nn.SiLU(),
            nn.Linear(n, n),
            _ConcatInputFirst(_Bilinear(n, n // 2)),
            nn.SiLU(),
            nn.Linear(n + n // 2, channels),
            nn.Sigmoid(),
        )

    def forward(self, x):
        return x * self.fc(x.mean(dim=2)).unsqueeze(2)


def _dream_conv_block(in_ch, out_ch, ks):
    return nn.Sequential(nn.Conv1d(in_ch, out_ch, ks, padding="same", bias=False), nn.BatchNorm1d(out_ch), nn.SiLU())


def _dream_inverted_residual(prev, size, ks):
    # The inner width follows the *output* size here, and the middle conv has 2 filters per group.
    inner = 4 * size
    return nn.Sequential(
        nn.Conv1d(prev, inner, 1, bias=False),
        nn.BatchNorm1d(inner),
        nn.SiLU(),
        nn.Conv1d(inner, inner, ks, groups=inner // 2, padding="same", bias=False),
        nn.BatchNorm1d(inner),
        nn.SiLU(),
        _SqueezeExciteBilinear(inner, prev // 4),
        nn.Conv1d(inner, prev, 1, bias=False),
        nn.BatchNorm1d(prev),
        nn.SiLU(),
    )


class Dream2022LegNet(nn.Module):
    """The LegNet that won DREAM 2022 (`SeqNN`, 1,852,846 parameters at full size).

    forward(x) returns (log-probabilities, probabilities, expression) for x of shape (B, 6, L)."""

    def __init__(self, block_sizes=(256, 128, 128, 64, 64, 64, 64), ks=7, in_channels=6):
        super().__init__()
        self.block_sizes = list(block_sizes)
        blocks = OrderedDict(blc0=_dream_conv_block(in_channels, block_sizes[0], ks))
        for i, (prev, size) in enumerate(zip(block_sizes[:-1], block_sizes[1:])):
            blocks[f"inv_res_blc{i}"] = _dream_inverted_residual(prev, size, ks)
            blocks[f"resize_blc{i}"] = _dream_conv_block(2 * prev, size, ks)
        self.seqextractor = nn.ModuleDict(blocks)
        # Unlike the optimized model, the head has a SiLU after the 1x1 conv (before averaging).
        self.mapper = nn.Sequential(nn.Conv1d(block_sizes[-1], N_BINS, 1), nn.SiLU())
        self.register_buffer("bins", _bins_buffer())

    def forward(self, x):
        x = self.seqextractor["blc0"](x)
        for i in range(len(self.block_sizes) - 1):
            x = torch.cat([x, self.seqextractor[f"inv_res_blc{i}"](x)], dim=1)
            x = self.seqextractor[f"resize_blc{i}"](x)
        return _head(self.mapper(x), self.bins)


ARCHITECTURES = {"optimized": OptimizedLegNet, "dream2022": Dream2022LegNet}


# ----------------------------------------------------------------------------
# Prediction with reverse-complement averaging
# ----------------------------------------------------------------------------


@torch.inference_mode()
def predict(model, reads, upstream, batch_size=256):
    """Per read: forward and reverse expression, and the strand-averaged bin probabilities (float32, eval)."""
    model.eval()
    forward_expr, reverse_expr, mean_probs = [], [], []
    for start in range(0, len(reads), batch_size):
        pairs = [encode_both_strands(r, upstream) for r in reads[start:start + batch_size]]
        _, p_fwd, e_fwd = model(torch.stack([f for f, _ in pairs]))
        _, p_rev, e_rev = model(torch.stack([r for _, r in pairs]))
        forward_expr.append(e_fwd)
        reverse_expr.append(e_rev)
        mean_probs.append((p_fwd + p_rev) / 2)
    return torch.cat(forward_expr), torch.cat(reverse_expr), torch.cat(mean_probs)


# ----------------------------------------------------------------------------
# Self-check
# ----------------------------------------------------------------------------


def _parameter_count(model):
    return sum(p.numel() for p in model.parameters())


def self_check():
    optimized = OptimizedLegNet()
    dream = Dream2022LegNet()
    assert _parameter_count(optimized) == 2_129_602, _parameter_count(optimized)
    assert _parameter_count(dream) == 1_852_846, _parameter_count(dream)

    opt_sd, dream_sd = optimized.state_dict(), dream.state_dict()
    assert len(dream_sd) == 219, len(dream_sd)
    for sd in (opt_sd, dream_sd):
        assert sd["bins"].dtype == torch.int64 and sd["bins"].tolist() == list(range(N_BINS))
    expected_opt = {
        "stem_block.block.0.weight": (256, 6, 7),
        "main.0.0.fn.block.0.weight": (1024, 256, 1),
        "main.0.0.fn.block.3.weight": (1024, 1, 7),
        "main.0.0.fn.block.6.fc.0.weight": (64, 1024),
        "main.0.0.fn.block.6.fc.2.weight": (1024, 64),
        "main.0.0.fn.block.7.weight": (256, 1024, 1),
        "main.0.1.block.0.weight": (128, 512, 7),
        "main.5.1.block.1.running_var": (64,),
        "mapper.block.0.weight": (18, 64, 1),
        "mapper.block.0.bias": (18,),
    }
    expected_dream = {
        "seqextractor.blc0.0.weight": (256, 6, 7),
        "seqextractor.inv_res_blc0.0.weight": (512, 256, 1),
        "seqextractor.inv_res_blc0.3.weight": (512, 2, 7),
        "seqextractor.inv_res_blc0.6.fc.0.weight": (64, 512),
        "seqextractor.inv_res_blc0.6.fc.3.mod.trl.bias": (32,),
        "seqextractor.inv_res_blc0.6.fc.3.mod.trl.weight.weights": (410,),
        "seqextractor.inv_res_blc0.6.fc.3.mod.trl.weight.factors.factor_2": (32, 410),
        "seqextractor.inv_res_blc0.6.fc.5.weight": (512, 96),
        "seqextractor.inv_res_blc3.6.fc.3.mod.trl.weight.factors.factor_0": (16, 26),
        "seqextractor.resize_blc0.0.weight": (128, 512, 7),
        "mapper.0.weight": (18, 64, 1),
    }
    for sd, expected in ((opt_sd, expected_opt), (dream_sd, expected_dream)):
        for key, shape in expected.items():
            assert tuple(sd[key].shape) == shape, (key, tuple(sd[key].shape), shape)
    keys = list(dream_sd)
    trl = "seqextractor.inv_res_blc0.6.fc.3.mod.trl."
    assert keys.index(trl + "bias") < keys.index(trl + "weight.weights")
    trl_params = sum(v.numel() for k, v in dream_sd.items() if ".trl." in k)
    assert trl_params == 85_820, trl_params

    upstream = plasmid_upstream()
    read = LEFT_ADAPTER + "ACGT" * 20 + RIGHT_ADAPTER
    padded = pad_read(read, upstream)
    assert padded == upstream[-57:] + read[17:] and len(padded) == SEQ_LENGTH
    assert padded.startswith("AGTGCTAGCAGGAATGATGCAAAAGGTTCCCGATTCGAACTGCATTTTTTTCACATC")
    fwd, rev = encode_both_strands(read, upstream)
    assert torch.equal(rev[:4], fwd[:4].flip(1)[[3, 2, 1, 0]])  # complement of AGCT is TCGA
    assert fwd[4].eq(0).all() and rev[4].eq(1).all() and fwd[5].eq(0).all() and rev[5].eq(0).all()
    x = torch.randn(2, 6, SEQ_LENGTH)
    for model in (optimized.eval(), dream.eval()):
        with torch.inference_mode():
            _, probs, expr = model(x)
        assert probs.shape == (2, N_BINS) and expr.shape == (2,)
    print("optimized: 2,129,602 parameters; dream2022: 1,852,846 parameters, 219 state_dict entries: OK")


if __name__ == "__main__":
    self_check()
