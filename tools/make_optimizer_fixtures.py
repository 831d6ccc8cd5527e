# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes tests/data/optimizer/: PyTorch's one-cycle learning rates and reference optimizer trajectories for the C++ tests.

Run with the Debian python3 that has torch: /usr/bin/python3 tools/make_optimizer_fixtures.py

one_cycle.tsv   the learning rate torch.optim.lr_scheduler.OneCycleLR (two phases, cosine, no momentum
                cycling) leaves in the optimizer after 0, 1, ..., total_steps calls of step(), per configuration.
trajectories.tsv  a tiny least-squares problem (a 3x4 linear layer on 8 fixed inputs, MSE loss) and the
                parameters after every step of three runs: Lion at a constant rate, Lion under OneCycleLR and
                torch.optim.AdamW under OneCycleLR. Lion is written here from the update rule of Chen et al.
                2023 ("Symbolic Discovery of Optimization Algorithms", Algorithm 2), as
                theta <- theta - lr * (sign(beta1 * m + (1 - beta1) * g) + wd * theta), so it is a second code
                path next to the C++ optimizer (which decays first, then steps), not a copy of it.

Every number is written with 17 significant digits so that the C++ side reads back the exact doubles.
"""

from pathlib import Path

import torch
from torch import nn
from torch.nn import functional as F
from torch.optim.lr_scheduler import OneCycleLR

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "data" / "optimizer"

# (name, max_lr, total_steps, pct_start, div_factor, final_div_factor). "short_warmup" has
# pct_start * total_steps < 1, so PyTorch's first phase ends before step 0 and there is no warm-up;
# "odd_total" puts the end of warm-up between two steps (0.3 * 37 - 1 = 10.1).
SCHEDULES = [
    ("lion_recipe", 5e-4, 100, 0.3, 25.0, 1e4),
    ("odd_total", 5e-4, 37, 0.3, 25.0, 1e4),
    ("adamw_recipe", 5e-3, 100, 0.3, 25.0, 1e4),
    ("custom", 1e-3, 20, 0.25, 10.0, 100.0),
    ("short_warmup", 2e-3, 10, 0.05, 25.0, 1e4),
]

BATCH = 8
IN_FEATURES = 4
OUT_FEATURES = 3


class Lion(torch.optim.Optimizer):
    """Lion as the paper's Algorithm 2 states it, with decoupled weight decay.

    A torch.optim.Optimizer, so that OneCycleLR can drive it.
    """

    def __init__(self, params, lr=1e-4, betas=(0.9, 0.99), weight_decay=0.0):
        super().__init__(params, dict(lr=lr, betas=betas, weight_decay=weight_decay))

    @torch.no_grad()
    def step(self, closure=None):
        for group in self.param_groups:
            lr = group["lr"]
            beta1, beta2 = group["betas"]
            wd = group["weight_decay"]
            for theta in group["params"]:
                if theta.grad is None:
                    continue
                g = theta.grad
                state = self.state[theta]
                if not state:
                    state["exp_avg"] = torch.zeros_like(theta)
                m = state["exp_avg"]
                c = m * beta1 + g * (1 - beta1)
                theta.sub_(lr * (torch.sign(c) + wd * theta))
                m.copy_(m * beta2 + g * (1 - beta2))


def one_cycle_rows():
    rows = []
    for name, max_lr, total, pct, div, final_div in SCHEDULES:
        weight = nn.Parameter(torch.zeros(1))
        optimizer = torch.optim.SGD([weight], lr=max_lr)
        scheduler = OneCycleLR(optimizer, max_lr=max_lr, total_steps=total, pct_start=pct,
                               anneal_strategy="cos", cycle_momentum=False, div_factor=div,
                               final_div_factor=final_div, three_phase=False)
        for step in range(total + 1):
            if step > 0:
                # PyTorch expects optimizer.step() before scheduler.step(); with no gradient it changes nothing.
                optimizer.step()
                scheduler.step()
            rows.append(f"{name}\t{max_lr:.17g}\t{total}\t{pct:.17g}\t{div:.17g}\t{final_div:.17g}"
                        f"\t{step}\t{optimizer.param_groups[0]['lr']:.17g}")
    return rows


def problem():
    """Fixed float32 inputs, targets and starting parameters; written out so the C++ test needs no random generator."""
    generator = torch.Generator().manual_seed(20230213)
    inputs = torch.randn(BATCH, IN_FEATURES, generator=generator)
    targets = torch.randn(BATCH, OUT_FEATURES, generator=generator)
    weight = torch.randn(OUT_FEATURES, IN_FEATURES, generator=generator) * 0.5
    bias = torch.randn(OUT_FEATURES, generator=generator) * 0.5
    return inputs, targets, weight, bias


def trajectory(run, make_optimizer, steps, schedule=None):
    inputs, targets, weight0, bias0 = problem()
    weight = nn.Parameter(weight0.clone())
    bias = nn.Parameter(bias0.clone())
    optimizer = make_optimizer([weight, bias])
    scheduler = None
    if schedule is not None:
        max_lr, total = schedule
        scheduler = OneCycleLR(optimizer, max_lr=max_lr, total_steps=total, pct_start=0.3,
                               anneal_strategy="cos", cycle_momentum=False, div_factor=25.0,
                               final_div_factor=1e4, three_phase=False)
    rows = []
    for step in range(1, steps + 1):
        optimizer.zero_grad()
        F.mse_loss(F.linear(inputs, weight, bias), targets).backward()
        optimizer.step()
        if scheduler is not None:
            scheduler.step()
        for name, tensor in (("weight", weight), ("bias", bias)):
            for index, value in enumerate(tensor.detach().flatten().tolist()):
                rows.append(f"{run}\t{name}\t{step}\t{index}\t{value:.17g}")
    return rows


def trajectory_rows():
    inputs, targets, weight, bias = problem()
    rows = []
    for name, tensor in (("input", inputs), ("target", targets), ("weight", weight), ("bias", bias)):
        for index, value in enumerate(tensor.flatten().tolist()):
            rows.append(f"start\t{name}\t0\t{index}\t{value:.17g}")
    rows += trajectory("lion", lambda p: Lion(p, lr=1e-2, betas=(0.9, 0.99), weight_decay=0.1), 5)
    rows += trajectory("lion_one_cycle", lambda p: Lion(p, lr=1e-2, betas=(0.9, 0.99), weight_decay=0.1), 10,
                       schedule=(1e-2, 10))
    rows += trajectory("adamw_one_cycle", lambda p: torch.optim.AdamW(p, lr=5e-3, weight_decay=0.01), 10,
                       schedule=(5e-3, 10))
    return rows


def main():
    torch.set_num_threads(1)
    OUT.mkdir(parents=True, exist_ok=True)
    header = "schedule\tmax_lr\ttotal_steps\tpct_start\tdiv_factor\tfinal_div_factor\tstep\tlr"
    (OUT / "one_cycle.tsv").write_text("\n".join([header] + one_cycle_rows()) + "\n")
    header = "run\ttensor\tstep\tindex\tvalue"
    (OUT / "trajectories.tsv").write_text("\n".join([header] + trajectory_rows()) + "\n")


if __name__ == "__main__":
    main()
