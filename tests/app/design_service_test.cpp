// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the design service: a guided run with the shipped model answers with scored designs,
// missing models and contradictory constraints fail with a message, and a cancel ends cancelled.
#include "design_service.h"

#include "shipped_model.h"

#include "promoterlab/design_constraints.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

using promoterlab::DesignMethod;
using promoterlab::DesignOutcome;
using promoterlab::DesignRequest;
using promoterlab::test::shippedModel;
using promoterlab::widgets::DesignService;

namespace {

constexpr int kWait = 120000;

DesignRequest guidedRequest(std::vector<double> targets, int rounds)
{
    DesignRequest request;
    request.method = DesignMethod::Guided;
    request.targets = std::move(targets);
    request.search.maxRounds = rounds;
    request.constraints.leftFlank = promoterlab::kReadLeftAdapter;
    request.constraints.rightFlank = promoterlab::kReadRightAdapter;
    return request;
}

}  // namespace

TEST_CASE("A guided design job answers with one scored design per target, after progress")
{
    DesignService service;
    QSignalSpy finished(&service, &DesignService::finished);
    QSignalSpy progress(&service, &DesignService::progress);
    const std::uint64_t job = service.design(guidedRequest({5, 12}, 2), shippedModel(), nullptr);
    CHECK(job == 1);
    REQUIRE(finished.wait(kWait));
    CHECK(finished.front().at(0).value<std::uint64_t>() == job);
    CHECK_FALSE(progress.isEmpty());
    const auto outcome = finished.front().at(1).value<DesignOutcome>();
    REQUIRE(outcome.designs.size() == 2);
    CHECK(outcome.designs[0].result.target == 5);
    CHECK(outcome.designs[1].result.target == 12);
    for (const auto& design : outcome.designs) {
        CHECK(design.result.insert.size() == 80);
        CHECK(std::abs(design.result.error - std::abs(design.result.predicted - design.result.target)) < 1e-9);
    }
    CHECK_FALSE(service.isRunning(job));
}

TEST_CASE("A design job without a predictor, or diffusion without a generator, fails with the reason")
{
    DesignService service;
    QSignalSpy failed(&service, &DesignService::failed);
    service.design(guidedRequest({10}, 1), nullptr, nullptr);
    REQUIRE(failed.wait(kWait));
    CHECK(failed.back().at(1).toString().contains("Open Model"));
    DesignRequest diffusion = guidedRequest({10}, 1);
    diffusion.method = DesignMethod::Diffusion;
    service.design(diffusion, shippedModel(), nullptr);
    REQUIRE(failed.wait(kWait));
    CHECK(failed.back().at(1).toString().contains("Generator"));
}

TEST_CASE("A design job with contradictory constraints fails with the core's message")
{
    DesignService service;
    QSignalSpy failed(&service, &DesignService::failed);
    DesignRequest request = guidedRequest({10}, 1);
    request.constraints.gcMin = 0.9;
    request.constraints.forbiddenMotifs = {"S"};
    service.design(request, shippedModel(), nullptr);
    REQUIRE(failed.wait(kWait));
    CHECK_FALSE(failed.back().at(1).toString().isEmpty());
}

TEST_CASE("A cancelled design job ends cancelled and never finishes")
{
    DesignService service;
    QSignalSpy cancelled(&service, &DesignService::cancelled);
    QSignalSpy finished(&service, &DesignService::finished);
    QSignalSpy progress(&service, &DesignService::progress);
    const std::uint64_t job =
        service.design(guidedRequest(std::vector<double>(10000, 10), 20), shippedModel(), nullptr);
    REQUIRE(progress.wait(kWait));
    service.cancel(job);
    REQUIRE(cancelled.wait(kWait));
    CHECK(cancelled.front().at(0).value<std::uint64_t>() == job);
    CHECK(finished.isEmpty());
}
