// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the generator's corruption: counts, replacement statistics, seeds.
#include "promoterlab/errors.h"
#include "promoterlab/insert_corruption.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <random>
#include <string>

using promoterlab::corruptInsert;
using promoterlab::randomInsert;

namespace {

int changedPositions(const std::string& a, const std::string& b)
{
    int changed = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        changed += a[i] != b[i] ? 1 : 0;
    return changed;
}

}  // namespace

TEST_CASE("Corruption changes as many positions as substitutions drawn with replacement predict")
{
    std::mt19937_64 random(7);
    const std::string insert = randomInsert(80, random);
    REQUIRE(insert.size() == 80);
    CHECK(insert.find_first_not_of("ACGT") == std::string::npos);
    CHECK(corruptInsert(insert, 0, random) == insert);

    for (const int substitutions : {1, 30, 80, 300}) {
        CAPTURE(substitutions);
        // (3/4)·L·(1 − (1 − 1/L)^n): each position escapes all n draws with (1 − 1/L)^n, and a
        // position that is drawn gets a different base with 3/4 (its last draw decides).
        const double expected = 0.75 * 80 * (1 - std::pow(1 - 1.0 / 80, substitutions));
        const int trials = 4000;
        double total = 0;
        for (int trial = 0; trial < trials; ++trial)
            total += changedPositions(insert, corruptInsert(insert, substitutions, random));
        // The standard error of the mean is below 0.07 here; 0.3 is over four of them.
        CHECK(std::abs(total / trials - expected) < 0.3);
    }
}

TEST_CASE("A seed reproduces the corruption and the random inserts; a negative count is refused")
{
    std::mt19937_64 first(42), second(42), other(43);
    const std::string a = randomInsert(80, first);
    CHECK(a == randomInsert(80, second));
    CHECK(corruptInsert(a, 50, first) == corruptInsert(a, 50, second));
    CHECK(randomInsert(80, other) != randomInsert(80, first));
    CHECK_THROWS_AS(corruptInsert(a, -1, first), promoterlab::Error);
    CHECK(corruptInsert("", 10, first).empty());
}
