// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of LegNet's soft labels against normal-distribution values by hand and at 400 digits from mpmath.
#include "promoterlab/soft_labels.h"

#include "test_tables.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <stdexcept>
#include <string>
#include <vector>

using promoterlab::softLabel;
using promoterlab::writeSoftLabel;

// Φ below is the standard normal CDF; with σ = 0.5 an edge k lies (k − μ)/0.5 standard
// deviations from the mean. Values of Φ from mpmath at 30 digits.

TEST_CASE("Soft label of 8.5 spreads N(9, 0.5) symmetrically over bins 8 and 9")
{
    // μ = 8.5 + 0.5 = 9 sits on the edge between bin 8 = [8, 9) and bin 9 = [9, 10):
    // each holds Φ(2) − Φ(0) = 0.97724986805182079 − 0.5 = 0.47724986805182079;
    // bins 7 and 10 hold Φ(−2) − Φ(−4) = 0.02275013194817921 − 0.00003167124183312 = 0.02271846070634609.
    const std::vector<float> label = softLabel(8.5);
    REQUIRE(label.size() == 18);
    CHECK(label[8] == Approx(0.47724986805182079).epsilon(1e-7));
    CHECK(label[9] == Approx(0.47724986805182079).epsilon(1e-7));
    CHECK(label[7] == Approx(0.02271846070634609).epsilon(1e-7));
    CHECK(label[10] == Approx(0.02271846070634609).epsilon(1e-7));
    for (int i = 0; i < 18; ++i)
        CHECK(label[i] == Approx(label[17 - i]).epsilon(1e-6));
}

TEST_CASE("Soft label of 0 puts Φ(1) in the first bin, which is open below")
{
    // μ = 0.5: bin 0 = (−∞, 1) holds Φ((1 − 0.5)/0.5) = Φ(1) = 0.84134474606854295;
    // bin 1 = [1, 2) holds Φ(3) − Φ(1) = 0.99865010196836991 − 0.84134474606854295 = 0.15730535589982696.
    const std::vector<float> label = softLabel(0.0);
    CHECK(label[0] == Approx(0.84134474606854295).epsilon(1e-7));
    CHECK(label[1] == Approx(0.15730535589982696).epsilon(1e-7));
}

TEST_CASE("Soft label keeps far-tail masses that 1 minus the CDF would round to zero")
{
    // μ = 0.5: bin 5 = [5, 6) holds Φ(−9) − Φ(−11) = 1.1285884059538406e-19 − 1.9106595744986757e-28
    // = 1.1285884040431811e-19, while 1 − Φ(9) is exactly 0 in double precision.
    CHECK(softLabel(0.0)[5] == Approx(1.1285884040431811e-19).epsilon(1e-6));
    // μ = 20.5: the last bin [17, ∞) holds 1 − Φ(−7) = 1 − 1.2798125438858350e-12.
    CHECK(softLabel(20.0)[17] == 1.0f);
    CHECK(softLabel(20.0)[0] == 0.0f);
    // μ = −1.5: the first bin (−∞, 1) holds Φ(5) = 1 − 2.8665157187919391e-07.
    CHECK(softLabel(-2.0)[0] == Approx(1.0 - 2.8665157187919391e-07).epsilon(1e-7));
}

TEST_CASE("Soft label splits the mass in half when the mean falls on a bin edge")
{
    // μ = 1: bin 0 = (−∞, 1) holds exactly Φ(0) = 1/2; bin 1 holds Φ(2) − Φ(0).
    const std::vector<float> label = softLabel(0.5);
    CHECK(label[0] == 0.5f);
    CHECK(label[1] == Approx(0.47724986805182079).epsilon(1e-7));
}

TEST_CASE("Soft label masses sum to 1 across and beyond the expression range")
{
    for (int step = -60; step <= 260; ++step) {
        const double expression = step / 10.0;
        const std::vector<float> label = softLabel(expression);
        const double sum = std::accumulate(label.begin(), label.end(), 0.0);
        INFO("expression " << expression);
        // 18 values each rounded to float: at most 18 half-ulps of 1 away.
        CHECK(std::abs(sum - 1.0) <= 18 * std::numeric_limits<float>::epsilon() / 2);
        for (float mass : label)
            CHECK(mass >= 0.0f);
    }
}

TEST_CASE("Soft label honours other bin counts, shifts and scales")
{
    // Three bins (−∞, 1), [1, 2), [2, ∞) under N(1.5, 1): Φ(−0.5) = 0.30853753872598690,
    // Φ(0.5) − Φ(−0.5) = 0.38292492254802621, and 1 − Φ(0.5) = 0.30853753872598690.
    const std::vector<float> label = softLabel(1.5, 3, 0.0, 1.0);
    REQUIRE(label.size() == 3);
    CHECK(label[0] == Approx(0.30853753872598690).epsilon(1e-7));
    CHECK(label[1] == Approx(0.38292492254802621).epsilon(1e-7));
    CHECK(label[2] == Approx(0.30853753872598690).epsilon(1e-7));
    // A single bin spans the whole line.
    CHECK(softLabel(4.2, 1) == std::vector<float>{1.0f});
}

TEST_CASE("Soft labels match the 400-digit mpmath reference in every bin")
{
    const auto rows = promoterlab::test::readTsv("metrics/soft_labels.tsv");
    std::map<std::string, std::vector<float>> labels;
    std::size_t compared = 0;
    for (const auto& row : rows) {
        const std::string& text = row.at("expression");
        if (labels.count(text) == 0)
            labels[text] = softLabel(std::stod(text));
        const int bin = std::stoi(row.at("bin"));
        const double expected = std::stod(row.at("probability"));
        INFO("expression " << text << ", bin " << bin);
        // Relative to each value down to float's subnormals, whose spacing (1.4e-45) is the margin.
        CHECK(labels[text].at(bin) == Approx(expected).epsilon(1e-6).margin(1e-44));
        ++compared;
    }
    CHECK(labels.size() == 9);
    CHECK(compared == 9 * 18);
}

TEST_CASE("writeSoftLabel fills exactly one row of a batch buffer")
{
    const float sentinel = -7.0f;
    std::vector<float> batch(3 * 18, sentinel);
    writeSoftLabel(16.9, batch.data() + 18);
    const std::vector<float> row(batch.begin() + 18, batch.begin() + 36);
    CHECK(row == softLabel(16.9));
    for (int i = 0; i < 18; ++i) {
        CHECK(batch[i] == sentinel);
        CHECK(batch[36 + i] == sentinel);
    }
}

TEST_CASE("Soft label rejects values it cannot spread")
{
    CHECK_THROWS_AS(softLabel(std::nan("")), std::invalid_argument);
    CHECK_THROWS_AS(softLabel(std::numeric_limits<double>::infinity()), std::invalid_argument);
    CHECK_THROWS_AS(softLabel(1.0, 0), std::invalid_argument);
    CHECK_THROWS_AS(softLabel(1.0, 18, std::nan("")), std::invalid_argument);
    CHECK_THROWS_AS(softLabel(1.0, 18, 0.5, 0.0), std::invalid_argument);
    CHECK_THROWS_AS(softLabel(1.0, 18, 0.5, -1.0), std::invalid_argument);
}
