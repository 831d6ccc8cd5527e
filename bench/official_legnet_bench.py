# SPDX-License-Identifier: GPL-3.0-or-later
"""Measures CPU inference and training throughput of the official (Python) optimized LegNet, the baseline PromoterLab's C++ core is compared with.

Usage (with the Debian python3 that has torch; DIR is a checkout of github.com/autosome-ru/LegNet, kept outside
this project):
    /usr/bin/python3 bench/official_legnet_bench.py --legnet-repo DIR          batch 1/64/256 x 1/2 threads
    /usr/bin/python3 bench/official_legnet_bench.py --legnet-repo DIR --ism    one mutagenesis map (902 inputs)
    /usr/bin/python3 bench/official_legnet_bench.py --legnet-repo DIR --train-case BATCH THREADS [--optimizer lion]
                                                  training steps (forward + backward + optimizer), as in its trainer

Each throughput case runs in its own child process, so its thread count and its peak resident memory are its own.
"""

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
import types
from pathlib import Path

SEQ_LENGTH = 150
BATCH_SIZES = (1, 64, 256)
THREAD_COUNTS = (1, 2)
SECONDS_PER_MEASUREMENT = 2.5
REPETITIONS = 5
ISM_REPETITIONS = 3
ISM_BATCH = 256
ISM_THREADS = 2
FULL_SIZE_PARAMETERS = 2_129_602


def import_official_legnet(repo):
    """The official LegNet class from DIR/dream_ablation, without Lightning or tensorly-torch installed.

    legnet.py imports effblock, which imports se_complex, which imports `tltorch` at module level; the optimized
    model (se_type 'simple') never builds that layer, so an empty stand-in module is enough to import it."""
    folder = Path(repo) / "dream_ablation"
    if not (folder / "legnet.py").is_file():
        sys.exit(f"{folder}: no legnet.py (is --legnet-repo a checkout of autosome-ru/LegNet?)")
    try:
        import tltorch  # noqa: F401
    except ImportError:
        stand_in = types.ModuleType("tltorch")
        stand_in.TRL = None
        sys.modules["tltorch"] = stand_in
    sys.path.insert(0, str(folder))
    from legnet import LegNet
    return LegNet


def build_model(repo):
    from torch import nn

    # The released optimized model's configuration (models/optimized/params.json, "model_cfg").
    cfg_path = Path(repo) / "models" / "optimized" / "params.json"
    cfg = json.loads(cfg_path.read_text())["model_cfg"] if cfg_path.is_file() else {
        "use_single_channel": True, "use_reverse_channel": True, "block_sizes": [256, 128, 128, 64, 64, 64, 64],
        "ks": 7, "resize_factor": 4, "activation": "silu", "final_activation": "none", "filter_per_group": 1,
        "se_reduction": 4, "res_block_type": "concat", "se_type": "simple", "inner_dim_calculation": "in",
    }
    activations = {"silu": nn.SiLU, "none": nn.Identity}
    LegNet = import_official_legnet(repo)
    model = LegNet(
        use_single_channel=cfg["use_single_channel"], use_reverse_channel=cfg["use_reverse_channel"],
        block_sizes=cfg["block_sizes"], ks=cfg["ks"], resize_factor=cfg["resize_factor"],
        activation=activations[cfg["activation"]], final_activation=activations[cfg["final_activation"]],
        filter_per_group=cfg["filter_per_group"], se_reduction=cfg["se_reduction"],
        res_block_type=cfg["res_block_type"], se_type=cfg["se_type"],
        inner_dim_calculation=cfg["inner_dim_calculation"],
    )
    n_params = sum(p.numel() for p in model.parameters())
    if n_params != FULL_SIZE_PARAMETERS:
        sys.exit(f"official LegNet has {n_params} parameters, expected {FULL_SIZE_PARAMETERS}: wrong configuration")
    return model.eval()


def random_inputs(n, is_reverse=0.0):
    """n random one-hot 150-nt sequences with is_reverse and is_singleton = 0 channels: shape (n, 6, 150)."""
    import torch

    one_hot = torch.nn.functional.one_hot(torch.randint(0, 4, (n, SEQ_LENGTH)), 4).float().transpose(1, 2)
    flags = torch.zeros(n, 2, SEQ_LENGTH)
    flags[:, 0] = is_reverse
    return torch.cat([one_hot, flags], dim=1)


def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # ru_maxrss is in KiB on Linux


def run_throughput_case(repo, batch, threads):
    import torch

    torch.set_num_threads(threads)
    torch.manual_seed(0)
    model = build_model(repo)
    x = random_inputs(batch)
    with torch.inference_mode():
        # Warm-up (first calls allocate and pick kernels), then size a measurement to ~2.5 s of work.
        model(x)
        start = time.perf_counter()
        model(x)
        per_call = time.perf_counter() - start
        calls = max(1, round(SECONDS_PER_MEASUREMENT / per_call))
        rates = []
        for _ in range(REPETITIONS):
            start = time.perf_counter()
            for _ in range(calls):
                model(x)
            rates.append(calls * batch / (time.perf_counter() - start))
    print(f"official-python  batch={batch} threads={threads}  seq/s={statistics.median(rates):.1f}  "
          f"peak_MB={peak_mb():.0f}", flush=True)


def mutagenesis_inputs(seq):
    """The reference and its 3 x 150 single substitutions, each on both strands: (902, 6, 150), in AGCT order."""
    import torch

    variants = [seq] + [seq[:i] + b + seq[i + 1:] for i in range(len(seq)) for b in "AGCT" if b != seq[i]]
    index = torch.tensor([["AGCT".index(b) for b in v] for v in variants])
    fwd = torch.nn.functional.one_hot(index, 4).float().transpose(1, 2)
    # Reverse complement of an AGCT one-hot: reverse the positions and swap A<->T, G<->C (channels 3,2,1,0).
    rev = fwd.flip(2)[:, [3, 2, 1, 0]]
    n = len(variants)
    flags = torch.zeros(n, 2, SEQ_LENGTH)
    rev_flags = flags.clone()
    rev_flags[:, 0] = 1
    return torch.cat([torch.cat([fwd, flags], 1), torch.cat([rev, rev_flags], 1)])


def run_ism_case(repo):
    import torch

    torch.set_num_threads(ISM_THREADS)
    torch.manual_seed(0)
    model = build_model(repo)
    seq = "".join("AGCT"[i] for i in torch.randint(0, 4, (SEQ_LENGTH,)).tolist())

    def score_map():
        x = mutagenesis_inputs(seq)
        with torch.inference_mode():
            scores = torch.cat([model(x[i:i + ISM_BATCH])[1] for i in range(0, len(x), ISM_BATCH)])
        half = len(scores) // 2
        expression = (scores[:half] + scores[half:]) / 2
        return expression[1:] - expression[0]

    score_map()
    times = []
    for _ in range(ISM_REPETITIONS):
        start = time.perf_counter()
        score_map()
        times.append(time.perf_counter() - start)
    seconds = statistics.median(times)
    n_inputs = 2 * (1 + 3 * SEQ_LENGTH)
    print(f"official-python  ism inputs={n_inputs} batch={ISM_BATCH} threads={ISM_THREADS}  seconds={seconds:.2f}  "
          f"seq/s={n_inputs / seconds:.1f}  peak_MB={peak_mb():.0f}", flush=True)


def run_training_case(repo, batch, threads, optimizer_name, steps):
    """Training steps as the official Lightning wrapper takes them: log-probabilities against soft labels with
    KLDivLoss(batchmean), backward, then AdamW or the repository's Lion. Inputs are prepared once, so the figure
    leaves out the official data loading."""
    import torch

    torch.set_num_threads(threads)
    torch.manual_seed(0)
    model = build_model(repo).train()
    if optimizer_name == "lion":
        from lion import Lion  # dream_ablation/lion.py, importable once build_model has put its folder on the path
        optimizer = Lion(model.parameters(), lr=5e-4, weight_decay=0.1)
    else:
        optimizer = torch.optim.AdamW(model.parameters(), lr=5e-3, weight_decay=0.01)
    loss_function = torch.nn.KLDivLoss(reduction="batchmean")
    inputs = random_inputs(batch)
    targets = torch.softmax(torch.randn(batch, 18), dim=1)

    def step():
        optimizer.zero_grad()
        log_probabilities, _ = model(inputs)
        loss_function(log_probabilities, targets).backward()
        optimizer.step()

    step()
    times = []
    for _ in range(steps):
        start = time.perf_counter()
        step()
        times.append(time.perf_counter() - start)
    print(f"official-python  train batch={batch} threads={threads} optimizer={optimizer_name}  "
          f"seq/s={batch / statistics.median(times):.1f}  peak_MB={peak_mb():.0f}", flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--legnet-repo", required=True, help="checkout of github.com/autosome-ru/LegNet")
    parser.add_argument("--ism", action="store_true", help="time one full mutagenesis map instead")
    parser.add_argument("--case", nargs=2, type=int, metavar=("BATCH", "THREADS"),
                        help="run only this throughput case, in this process")
    parser.add_argument("--train-case", nargs=2, type=int, metavar=("BATCH", "THREADS"),
                        help="time training steps of this batch size and thread count")
    parser.add_argument("--optimizer", choices=("adamw", "lion"), default="adamw")
    parser.add_argument("--steps", type=int, default=3, help="timed training steps, after one warm-up step")
    args = parser.parse_args()

    if args.train_case:
        run_training_case(args.legnet_repo, *args.train_case, args.optimizer, args.steps)
        return
    if args.case:
        run_throughput_case(args.legnet_repo, *args.case)
        return
    if args.ism:
        run_ism_case(args.legnet_repo)
        return
    for threads in THREAD_COUNTS:
        for batch in BATCH_SIZES:
            subprocess.run([sys.executable, __file__, "--legnet-repo", args.legnet_repo,
                            "--case", str(batch), str(threads)], check=True)


if __name__ == "__main__":
    main()
