// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of data-parallel training: a group of ranks (threads here, over loopback) against one process, failures, the environment.
#include "model_impl.h"
#include "promoterlab/distributed.h"
#include "promoterlab/errors.h"
#include "promoterlab/training.h"
#include "promoterlab/training_set.h"
#include "demo_training_data.h"
#include "temporary_directory.h"
#include "test_tables.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <map>
#include <thread>

using namespace promoterlab;

namespace {

TrainingConfig smallConfig(OptimizerKind optimizer, int batchSize)
{
    TrainingConfig config;
    config.shape.blockSizes = {16, 16, 16};
    config.shape.kernelSize = 3;
    config.optimizer = optimizer;
    config.learningRate = 5e-3;
    config.weightDecay = 0.01;
    config.batchSize = batchSize;
    config.epochs = 1;
    config.stepsPerEpoch = 4;
    config.seed = 11;
    config.threads = 1;
    return config;
}

// A loopback port no one listens on now: the kernel's pick for port 0.
int freePort()
{
    const int socketHandle = ::socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(socketHandle >= 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    REQUIRE(::bind(socketHandle, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
    socklen_t length = sizeof address;
    REQUIRE(::getsockname(socketHandle, reinterpret_cast<sockaddr*>(&address), &length) == 0);
    ::close(socketHandle);
    return ntohs(address.sin_port);
}

DistributedOptions rankOf(int rank, int worldSize, int port, int timeoutSeconds = 60)
{
    DistributedOptions options;
    options.rank = rank;
    options.worldSize = worldSize;
    options.masterPort = port;
    options.timeoutSeconds = timeoutSeconds;
    return options;
}

// How one rank's run ended: its result, or the message of what it threw.
struct RankOutcome {
    TrainingResult result;
    std::string error;
    bool cancelled = false;
    double seconds = 0;
};

struct RankJob {
    TrainingConfig config;
    TrainingRunOptions run;
    TrainingCallbacks callbacks;
    CancellationToken cancel;
};

// Runs every job as one rank of a group, each in its own thread as each would run in its own process.
std::vector<RankOutcome> runGroup(std::vector<RankJob>& jobs)
{
    std::vector<RankOutcome> outcomes(jobs.size());
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < jobs.size(); ++i)
        threads.emplace_back([&, i] {
            const auto started = std::chrono::steady_clock::now();
            try {
                outcomes[i].result
                    = trainModel(test::demoTrainingData(), jobs[i].config, jobs[i].run, jobs[i].callbacks, jobs[i].cancel);
            } catch (const Cancelled& error) {
                outcomes[i].cancelled = true;
                outcomes[i].error = error.what();
            } catch (const std::exception& error) {
                outcomes[i].error = error.what();
            }
            outcomes[i].seconds
                = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        });
    for (auto& thread : threads)
        thread.join();
    return outcomes;
}

// Parameters and buffers (BatchNorm running statistics) of a bundle's network, by name.
std::map<std::string, torch::Tensor> weightsOf(const std::string& bundle)
{
    const auto model = Model::load(bundle);
    std::map<std::string, torch::Tensor> weights;
    for (const auto& item : model->impl().network->named_parameters())
        weights[item.key()] = item.value().detach().clone();
    for (const auto& item : model->impl().network->named_buffers())
        weights[item.key()] = item.value().clone();
    return weights;
}

// The names of the tensors that differ by more than 1e-4 relative (1e-6 absolute near zero).
std::vector<std::string> differingTensors(const std::map<std::string, torch::Tensor>& a,
                                          const std::map<std::string, torch::Tensor>& b)
{
    std::vector<std::string> differing;
    for (const auto& [name, tensor] : a)
        if (!torch::allclose(tensor.to(torch::kFloat64), b.at(name).to(torch::kFloat64), 1e-4, 1e-6))
            differing.push_back(name);
    return differing;
}

TrainingResult trainAlone(const TrainingConfig& config, const std::string& output)
{
    TrainingRunOptions run;
    run.outputPath = output;
    return trainModel(test::demoTrainingData(), config, run);
}

// One job a rank, rank r writing to outputs[r], all meeting on a free loopback port.
std::vector<RankJob> groupJobs(const TrainingConfig& config, int timeoutSeconds, const std::vector<std::string>& outputs)
{
    const int port = freePort();
    const int worldSize = static_cast<int>(outputs.size());
    std::vector<RankJob> jobs(outputs.size());
    for (int rank = 0; rank < worldSize; ++rank) {
        auto& job = jobs[static_cast<std::size_t>(rank)];
        job.config = config;
        job.run.outputPath = outputs[static_cast<std::size_t>(rank)];
        job.run.distributed = rankOf(rank, worldSize, port, timeoutSeconds);
    }
    return jobs;
}

// Sets or, for nullptr, removes the launcher's variables; removes them all again at the end.
class LauncherEnvironment {
public:
    LauncherEnvironment(const char* rank, const char* worldSize, const char* localRank, const char* address,
                        const char* port)
    {
        set("RANK", rank);
        set("WORLD_SIZE", worldSize);
        set("LOCAL_RANK", localRank);
        set("MASTER_ADDR", address);
        set("MASTER_PORT", port);
    }
    ~LauncherEnvironment()
    {
        for (const char* name : {"RANK", "WORLD_SIZE", "LOCAL_RANK", "MASTER_ADDR", "MASTER_PORT"})
            ::unsetenv(name);
    }

private:
    static void set(const char* name, const char* value)
    {
        if (value != nullptr)
            ::setenv(name, value, 1);
        else
            ::unsetenv(name);
    }
};

}  // namespace

TEST_CASE("Two ranks of batch 8 learn exactly what one process of batch 16 learns")
{
    REQUIRE(distributedBackendAvailable("gloo"));
    for (const auto optimizer : {OptimizerKind::Lion, OptimizerKind::AdamW}) {
        INFO((optimizer == OptimizerKind::Lion ? "Lion" : "AdamW"));
        test::TemporaryDirectory folder;
        const auto alone16Result = trainAlone(smallConfig(optimizer, 16), folder.file("alone16.plm"));
        trainAlone(smallConfig(optimizer, 8), folder.file("alone8.plm"));
        auto jobs = groupJobs(smallConfig(optimizer, 8), 60, {folder.file("rank0.plm"), folder.file("rank1.plm")});
        std::vector<double> rankOneLosses;
        jobs[1].callbacks.onBatch = [&](const BatchReport& report) { rankOneLosses.push_back(report.loss); };
        const auto outcomes = runGroup(jobs);
        REQUIRE(outcomes[0].error.empty());
        REQUIRE(outcomes[1].error.empty());

        const auto group = weightsOf(folder.file("rank0.plm"));
        const auto alone16 = weightsOf(folder.file("alone16.plm"));
        REQUIRE(group.size() == alone16.size());
        CHECK(group.count("stem_block.block.1.running_var") == 1);
        CHECK(differingTensors(group, alone16).empty());
        // The comparison can fail: without the group's other half the weights differ.
        CHECK_FALSE(differingTensors(group, weightsOf(folder.file("alone8.plm"))).empty());

        // Only rank 0 writes; every rank reports the loss of the global batch.
        CHECK_FALSE(std::filesystem::exists(folder.file("rank1.plm")));
        CHECK_FALSE(std::filesystem::exists(folder.file("rank1.plm.checkpoint")));
        const double aloneLoss = alone16Result.history.back().trainLoss;
        CHECK(outcomes[0].result.history.back().trainLoss == Approx(aloneLoss).epsilon(1e-4));
        REQUIRE(rankOneLosses.size() == 4);
        CHECK((rankOneLosses[0] + rankOneLosses[1] + rankOneLosses[2] + rankOneLosses[3]) / 4
              == Approx(aloneLoss).epsilon(1e-4));
        const auto provenance = nlohmann::json::parse(Model::load(folder.file("rank0.plm"))->manifest().provenanceJson);
        CHECK(provenance.at("world_size") == 2);
        CHECK(provenance.at("global_batch_size") == 16);
    }
}

TEST_CASE("A rank whose peer never comes stops with a rendezvous timeout instead of hanging")
{
    test::TemporaryDirectory folder;
    auto jobs = groupJobs(smallConfig(OptimizerKind::Lion, 8), 3, {folder.file("rank0.plm"), folder.file("rank1.plm")});
    SECTION("rank 0 without rank 1")
    {
        jobs.pop_back();
        const auto outcomes = runGroup(jobs);
        CHECK_THAT(outcomes[0].error, Catch::Contains("rendezvous timed out") && Catch::Contains("1 of 2"));
        CHECK(outcomes[0].seconds < 10);
    }
    SECTION("rank 1 without rank 0")
    {
        jobs.erase(jobs.begin());
        const auto outcomes = runGroup(jobs);
        CHECK_THAT(outcomes[0].error, Catch::Contains("rank 1 of 2 could not reach the rendezvous at 127.0.0.1:"));
        CHECK(outcomes[0].seconds < 10);
    }
}

TEST_CASE("A cancel on one rank stops the whole group")
{
    test::TemporaryDirectory folder;
    auto jobs = groupJobs(smallConfig(OptimizerKind::Lion, 8), 60, {folder.file("model.plm"), folder.file("model.plm")});
    auto& cancelledRank = jobs[1];
    cancelledRank.callbacks.onBatch = [&](const BatchReport& report) {
        if (report.step == 2)
            cancelledRank.cancel.cancel();
    };
    std::vector<int> rankZeroSteps;
    jobs[0].callbacks.onBatch = [&](const BatchReport& report) { rankZeroSteps.push_back(report.step); };
    const auto outcomes = runGroup(jobs);
    CHECK(outcomes[0].cancelled);
    CHECK(outcomes[1].cancelled);
    // Rank 1 cancelled after step 2: both stop at the end of step 3, together.
    CHECK(rankZeroSteps == std::vector<int>{1, 2});
}

TEST_CASE("A rank that dies makes the others stop with the checkpoint to resume from, and the group resumes")
{
    test::TemporaryDirectory folder;
    auto config = smallConfig(OptimizerKind::AdamW, 8);
    config.epochs = 2;
    const std::string output = folder.file("model.plm");
    auto jobs = groupJobs(config, 60, {output, output});
    jobs[1].callbacks.onBatch = [](const BatchReport& report) {
        if (report.epoch == 2)
            throw std::runtime_error("rank 1 crashed");
    };
    const auto outcomes = runGroup(jobs);
    CHECK(outcomes[1].error == "rank 1 crashed");
    CHECK_THAT(outcomes[0].error, Catch::Contains("rank 0 of 2")
                                      && Catch::Contains("another process of the group stopped or is unreachable")
                                      && Catch::Contains("the checkpoint of epoch 1 is kept"));
    CHECK(outcomes[0].seconds < 60);
    REQUIRE(std::filesystem::exists(output + ".checkpoint"));
    CHECK_FALSE(std::filesystem::exists(output));

    auto resumed = groupJobs(config, 60, {output, output});
    for (auto& job : resumed)
        job.run.resume = true;
    const auto resumedOutcomes = runGroup(resumed);
    REQUIRE(resumedOutcomes[0].error.empty());
    REQUIRE(resumedOutcomes[1].error.empty());
    CHECK(resumedOutcomes[0].result.resumedFromEpoch == 1);
    CHECK(resumedOutcomes[1].result.resumedFromEpoch == 1);
    CHECK(resumedOutcomes[0].result.history.size() == 2);
    CHECK(std::filesystem::exists(output));
}

TEST_CASE("A group whose ranks resume from different checkpoints is refused")
{
    test::TemporaryDirectory folder;
    const auto config = smallConfig(OptimizerKind::Lion, 8);
    trainAlone(config, folder.file("rank0.plm"));
    auto jobs = groupJobs(config, 60, {folder.file("rank0.plm"), folder.file("rank1.plm")});
    for (auto& job : jobs)
        job.run.resume = true;
    const auto outcomes = runGroup(jobs);
    CHECK_THAT(outcomes[0].error, Catch::Contains("resumed from different checkpoints"));
    CHECK_THAT(outcomes[1].error, Catch::Contains("resumed from different checkpoints"));
}

TEST_CASE("A group whose ranks were given different configurations is refused")
{
    test::TemporaryDirectory folder;
    auto jobs = groupJobs(smallConfig(OptimizerKind::Lion, 8), 60, {folder.file("rank0.plm"), folder.file("rank1.plm")});
    jobs[1].config.seed += 1;
    const auto outcomes = runGroup(jobs);
    CHECK_THAT(outcomes[0].error, Catch::Contains("different training configurations"));
    CHECK_THAT(outcomes[1].error, Catch::Contains("different training configurations"));
    CHECK_FALSE(std::filesystem::exists(folder.file("rank0.plm.checkpoint")));
}

TEST_CASE("A backend this build or device lacks is refused with its name")
{
    CHECK_FALSE(distributedBackendAvailable("mpi"));
    test::TemporaryDirectory folder;
    TrainingRunOptions run;
    run.outputPath = folder.file("model.plm");
    run.distributed = rankOf(0, 1, freePort());
    run.distributed->backend = "nccl";
    CHECK_THROWS_WITH(trainModel(test::demoTrainingData(), smallConfig(OptimizerKind::Lion, 8), run), Catch::Contains("nccl"));
}

TEST_CASE("The group settings come from the launcher's environment variables")
{
    SECTION("no WORLD_SIZE, or a world of one, is no group")
    {
        LauncherEnvironment environment("0", nullptr, nullptr, nullptr, nullptr);
        CHECK_FALSE(distributedOptionsFromEnvironment().has_value());
        ::setenv("WORLD_SIZE", "1", 1);
        CHECK_FALSE(distributedOptionsFromEnvironment().has_value());
    }
    SECTION("torchrun's variables give the rank and the rendezvous")
    {
        LauncherEnvironment environment("3", "4", "1", "node7", "29600");
        const auto options = distributedOptionsFromEnvironment();
        REQUIRE(options.has_value());
        CHECK(options->rank == 3);
        CHECK(options->worldSize == 4);
        CHECK(options->localRank == 1);
        CHECK(options->masterAddress == "node7");
        CHECK(options->masterPort == 29600);
    }
    SECTION("unset address, port and local rank keep their defaults")
    {
        LauncherEnvironment environment("1", "2", nullptr, nullptr, nullptr);
        const auto options = distributedOptionsFromEnvironment();
        REQUIRE(options.has_value());
        CHECK(options->localRank == 0);
        CHECK(options->masterAddress == "127.0.0.1");
        CHECK(options->masterPort == 29500);
    }
    SECTION("a malformed or missing variable is named")
    {
        {
            LauncherEnvironment environment("one", "2", nullptr, nullptr, nullptr);
            CHECK_THROWS_WITH(distributedOptionsFromEnvironment(), Catch::Contains("RANK is 'one'"));
        }
        {
            LauncherEnvironment environment("2", "2", nullptr, nullptr, nullptr);
            CHECK_THROWS_WITH(distributedOptionsFromEnvironment(), Catch::Contains("RANK is '2'"));
        }
        {
            LauncherEnvironment environment(nullptr, "2", nullptr, nullptr, nullptr);
            CHECK_THROWS_WITH(distributedOptionsFromEnvironment(), Catch::Contains("RANK is not set"));
        }
        {
            LauncherEnvironment environment("0", "2", nullptr, nullptr, "http");
            CHECK_THROWS_WITH(distributedOptionsFromEnvironment(), Catch::Contains("MASTER_PORT"));
        }
    }
}
