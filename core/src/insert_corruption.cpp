// SPDX-License-Identifier: GPL-3.0-or-later
#include "promoterlab/insert_corruption.h"

#include "promoterlab/errors.h"

#include <algorithm>

namespace promoterlab {

namespace {

constexpr char kBases[] = {'A', 'C', 'G', 'T'};

char randomBase(std::mt19937_64& random)
{
    return kBases[std::uniform_int_distribution<int>(0, 3)(random)];
}

}  // namespace

std::string corruptInsert(const std::string& insert, int substitutions, std::mt19937_64& random)
{
    if (substitutions < 0)
        throw Error("The number of substitutions cannot be negative (" + std::to_string(substitutions) + ").");
    std::string corrupted = insert;
    if (corrupted.empty())
        return corrupted;
    std::uniform_int_distribution<std::size_t> position(0, corrupted.size() - 1);
    for (int substitution = 0; substitution < substitutions; ++substitution)
        corrupted[position(random)] = randomBase(random);
    return corrupted;
}

std::string randomInsert(int length, std::mt19937_64& random)
{
    std::string insert(static_cast<std::size_t>(std::max(0, length)), 'A');
    for (char& base : insert)
        base = randomBase(random);
    return insert;
}

}  // namespace promoterlab
