// SPDX-License-Identifier: GPL-3.0-or-later
// The corruption that LegNet-Generator learns to undo and that cold-diffusion sampling applies
// at each step (DESIGN.md §6): n substitutions at positions drawn with replacement.
#pragma once

#include <random>
#include <string>

namespace promoterlab {

// The insert with `substitutions` substitutions: each draws a position uniformly (with
// replacement, so a position may be hit twice) and a base uniformly from A, C, G, T (so a
// substitution may keep the base there). The expected number of changed positions of an insert
// of length L is (3/4)·L·(1 − (1 − 1/L)^n). Throws Error for a negative count.
std::string corruptInsert(const std::string& insert, int substitutions, std::mt19937_64& random);

// A uniformly random insert of A, C, G and T.
std::string randomInsert(int length, std::mt19937_64& random);

}  // namespace promoterlab
