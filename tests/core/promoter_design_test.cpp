// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of end-to-end design: every method's designs honour the constraints or are reported
// with their violations, seeds reproduce, and the quality figures match a hand computation.
#include "promoterlab/errors.h"
#include "promoterlab/predictor.h"
#include "promoterlab/promoter_design.h"
#include "shipped_model.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <string>
#include <vector>

using promoterlab::Design;
using promoterlab::DesignMethod;
using promoterlab::DesignRequest;
using promoterlab::GeneratorStep;
using promoterlab::Predictor;

namespace {

// A stand-in generator that hands the corrupted inserts back: the designs are then random
// inserts, which is all these tests need of it.
const GeneratorStep kIdentityStep = [](const std::vector<std::string>& inserts, const std::vector<double>&, int) {
    return inserts;
};

DesignRequest constrainedRequest(DesignMethod method)
{
    DesignRequest request;
    request.method = method;
    request.targets = {4, 8, 12};
    request.constraints.leftFlank = promoterlab::kReadLeftAdapter;
    request.constraints.rightFlank = promoterlab::kReadRightAdapter;
    request.constraints.gcMin = 0.35;
    request.constraints.gcMax = 0.55;
    request.constraints.maxHomopolymer = 8;  // the left adapter itself holds a run of 7 T
    request.constraints.forbiddenMotifs = {"GGTCTC", "CGTCTC"};
    request.diffusion.steps = 5;
    request.search.maxRounds = 3;
    request.seed = 11;
    return request;
}

void checkHonoured(const std::vector<Design>& designs, const DesignRequest& request)
{
    for (const Design& design : designs) {
        CAPTURE(design.name, design.result.insert);
        CHECK(design.result.insert.size() == 80);
        CHECK(design.result.satisfiesConstraints == design.result.violations.empty());
        if (!design.result.satisfiesConstraints)
            continue;
        CHECK(promoterlab::satisfies(design.result.insert, request.constraints));
        CHECK(design.result.gc >= request.constraints.gcMin);
        CHECK(design.result.gc <= request.constraints.gcMax);
        CHECK(design.result.error == Approx(std::abs(design.result.predicted - design.result.target)));
    }
}

}  // namespace

TEST_CASE("Diffusion designs are repaired into the constraints, scored by the predictor and reproducible")
{
    const Predictor predictor(promoterlab::test::shippedModel());
    const DesignRequest request = constrainedRequest(DesignMethod::Diffusion);
    const auto outcome = promoterlab::designPromoters(kIdentityStep, predictor, request);
    REQUIRE(outcome.designs.size() == 3);
    CHECK(outcome.designs[0].name == "design_1");
    checkHonoured(outcome.designs, request);
    CHECK(outcome.satisfyingCount() == 3);
    // The predictor's own verdict on the construct, by another call.
    const Design& first = outcome.designs[0];
    const auto again = predictor.predict({request.constraints.leftFlank + first.result.insert +
                                          request.constraints.rightFlank});
    CHECK(first.result.predicted == Approx(again[0].expression).margin(1e-6));

    const auto repeated = promoterlab::designPromoters(kIdentityStep, predictor, request);
    for (std::size_t index = 0; index < 3; ++index)
        CHECK(repeated.designs[index].result.insert == outcome.designs[index].result.insert);
    DesignRequest otherSeed = request;
    otherSeed.seed = 12;
    CHECK(promoterlab::designPromoters(kIdentityStep, predictor, otherSeed).designs[0].result.insert !=
          first.result.insert);
}

TEST_CASE("Guided search and diffusion + polish keep the constraints and do not move away from the target")
{
    const Predictor predictor(promoterlab::test::shippedModel());
    for (const DesignMethod method : {DesignMethod::Guided, DesignMethod::DiffusionPolish}) {
        CAPTURE(promoterlab::designMethodName(method));
        const DesignRequest request = constrainedRequest(method);
        const auto outcome = promoterlab::designPromoters(kIdentityStep, predictor, request);
        REQUIRE(outcome.designs.size() == 3);
        checkHonoured(outcome.designs, request);
        for (const Design& design : outcome.designs) {
            REQUIRE_FALSE(design.result.errors.empty());
            CHECK(design.result.error <= design.result.errors.front() + 1e-9);
        }
    }
}

TEST_CASE("Designs too close to an earlier one are reported with the reason, not dropped")
{
    const Predictor predictor(promoterlab::test::shippedModel());
    DesignRequest request = constrainedRequest(DesignMethod::Diffusion);
    request.targets.assign(6, 10.0);
    // Random 80-mers differ at about 60 positions: 70 apart is more than most pairs are.
    request.constraints.minDistance = 70;
    const auto outcome = promoterlab::designPromoters(kIdentityStep, predictor, request);
    REQUIRE(outcome.designs.size() == 6);
    CHECK(outcome.satisfyingCount() < 6);
    for (const Design& design : outcome.designs) {
        if (design.result.satisfiesConstraints) {
            CHECK((design.nearestDistance >= 70 || design.nearestDistance == -1));
        } else {
            CHECK(design.result.violations.find("closer than 70") != std::string::npos);
        }
    }
}

TEST_CASE("A diffusion method without a generator, or contradictory constraints, are refused up front")
{
    const Predictor predictor(promoterlab::test::shippedModel());
    DesignRequest request = constrainedRequest(DesignMethod::Diffusion);
    CHECK_THROWS_AS(promoterlab::designPromoters({}, predictor, request), promoterlab::Error);
    request.constraints.gcMin = 0.9;
    request.constraints.gcMax = 0.2;
    CHECK_THROWS_AS(promoterlab::designPromoters(kIdentityStep, predictor, request), promoterlab::Error);
    CHECK(promoterlab::designMethodFromName("diffusion+polish") == DesignMethod::DiffusionPolish);
    CHECK_THROWS_AS(promoterlab::designMethodFromName("evolution"), promoterlab::Error);
}

TEST_CASE("Design quality: correlations, errors by target range and diversity match a hand computation")
{
    const auto design = [](std::string insert, double target, double predicted) {
        Design result;
        result.result.insert = std::move(insert);
        result.result.target = target;
        result.result.predicted = predicted;
        result.result.satisfiesConstraints = true;
        return result;
    };
    std::vector<Design> designs = {design("AAAA", 2, 3), design("AACC", 4, 4), design("CCCC", 6, 8)};
    Design rejected = design("GGGG", 6, 100);
    rejected.result.satisfiesConstraints = false;
    designs.push_back(rejected);
    const auto quality = promoterlab::summarizeDesigns(designs, 2);
    CHECK(quality.count == 3);
    // x = 2, 4, 6 and y = 3, 4, 8: Σdxdy = 10, Σdx² = 8, Σdy² = 14.
    CHECK(quality.pearson == Approx(10 / std::sqrt(8.0 * 14.0)));
    CHECK(quality.spearman == Approx(1));
    CHECK(quality.meanAbsoluteError == Approx(1));  // (1 + 0 + 2) / 3
    CHECK(quality.meanPairwiseDistance == Approx(8.0 / 3));  // 2, 4, 2
    REQUIRE(quality.byTarget.size() == 3);
    CHECK(quality.byTarget[0].from == 2);
    CHECK(quality.byTarget[0].meanAbsoluteError == Approx(1));
    CHECK(quality.byTarget[2].from == 6);
    CHECK(quality.byTarget[2].meanAbsoluteError == Approx(2));
}
