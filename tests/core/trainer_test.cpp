// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of trainModel: learning on real reads, checkpoints, kill-and-resume equality, cancel, NaN.
#include "promoterlab/errors.h"
#include "promoterlab/predictor.h"
#include "promoterlab/training.h"
#include "promoterlab/training_set.h"
#include "demo_training_data.h"
#include "temporary_directory.h"
#include "test_tables.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace promoterlab;

namespace {

TrainingConfig tinyConfig()
{
    TrainingConfig config;
    config.shape.blockSizes = {16, 8, 8};
    config.shape.kernelSize = 3;
    config.optimizer = OptimizerKind::AdamW;
    config.learningRate = 5e-3;
    config.weightDecay = 0.01;
    config.batchSize = 32;
    config.epochs = 3;
    config.stepsPerEpoch = 6;
    config.seed = 7;
    config.threads = 1;
    return config;
}

std::vector<double> expressionsOf(const std::string& bundle)
{
    std::vector<std::string> reads;
    for (std::size_t i = 0; i < 20; ++i)
        reads.push_back(test::demoTrainingData().valid.bases(i));
    std::vector<double> expressions;
    for (const auto& prediction : Predictor(Model::load(bundle)).predict(reads))
        expressions.push_back(prediction.expression);
    return expressions;
}

// The demo reads as a two-class table: "bright" above 13 and "dim" below 9.5 (a quarter of the
// reads each), with fold 0 of the sequence hash held out.
TrainingData brightAndDimData(test::TemporaryDirectory& folder)
{
    std::ifstream demo(test::fixturePath("training/dream_demo_600.tsv"));
    std::string table = "sequence\tbright\tdim\n", line;
    while (std::getline(demo, line)) {
        const auto tab = line.find('\t');
        const double value = std::stod(line.substr(tab + 1));
        table += line.substr(0, tab) + (value > 13 ? "\t1" : "\t0") + (value < 9.5 ? "\t1\n" : "\t0\n");
    }
    TrainingSetOptions options;
    options.validFold = 0;
    options.labelColumns = {"bright", "dim"};
    return loadTrainingData(folder.write("bright_dim.tsv", table), options);
}

}  // namespace

TEST_CASE("Regression, binary and multi-label tasks train and write their output kinds")
{
    test::TemporaryDirectory folder;
    const TrainingData labelled = brightAndDimData(folder);
    REQUIRE(labelled.train.valuesPerRow() == 2);
    struct Case {
        TrainingTask task;
        std::vector<std::string> classes;
        OutputKind kind;
        const TrainingData* data;
    };
    const Case cases[] = {{TrainingTask::Regression, {}, OutputKind::Scalar, &test::demoTrainingData()},
                          {TrainingTask::Binary, {"bright"}, OutputKind::Binary, &labelled},
                          {TrainingTask::Multilabel, {"bright", "dim"}, OutputKind::Multilabel, &labelled}};
    for (const auto& c : cases) {
        auto config = tinyConfig();
        config.task = c.task;
        config.classNames = c.classes;
        config.regressionLoss = "l1";
        config.positiveClassWeight = 2.0;
        TrainingRunOptions run;
        run.outputPath = folder.file("task.plm");
        TrainingData binaryData;
        const TrainingData* data = c.data;
        if (c.task == TrainingTask::Binary) {
            for (std::size_t i = 0; i < labelled.train.size(); ++i)
                binaryData.train.append(labelled.train.bases(i), labelled.train.value(i, 0));
            for (std::size_t i = 0; i < labelled.valid.size(); ++i)
                binaryData.valid.append(labelled.valid.bases(i), labelled.valid.value(i, 0));
            data = &binaryData;
        }
        const auto result = trainModel(*data, config, run);
        REQUIRE(result.history.size() == 3);
        CHECK(result.history.back().trainLoss < result.history.front().trainLoss);
        const auto& last = result.history.back();
        if (c.task == TrainingTask::Regression) {
            CHECK(std::isfinite(last.pearson));
        } else {
            CHECK(last.auroc >= 0.0);
            CHECK(last.auroc <= 1.0);
            CHECK(std::isfinite(last.f1));
        }
        const auto model = Model::load(run.outputPath);
        CHECK(model->manifest().output.kind == c.kind);
        CHECK(model->manifest().output.classNames == c.classes);
        const auto predictions = Predictor(model).predict({labelled.valid.bases(0)});
        CHECK(predictions.front().outputs.size() == std::max<std::size_t>(1, c.classes.size()));
        if (c.task != TrainingTask::Regression)
            for (float probability : predictions.front().outputs) {
                CHECK(probability > 0.0f);
                CHECK(probability < 1.0f);
            }
    }
}

TEST_CASE("A multi-label run refuses a set whose rows do not hold one label per class")
{
    auto config = tinyConfig();
    config.task = TrainingTask::Multilabel;
    config.classNames = {"bright", "dim", "mid"};
    test::TemporaryDirectory folder;
    TrainingRunOptions run;
    run.outputPath = folder.file("model.plm");
    CHECK_THROWS_WITH(trainModel(brightAndDimData(folder), config, run),
                      Catch::Contains("2 values a row but the task needs 3"));
}

TEST_CASE("Training on real reads lowers the loss and writes a bundle with checkpoint and history")
{
    test::TemporaryDirectory folder;
    auto config = tinyConfig();
    config.epochs = 4;
    TrainingRunOptions run;
    run.outputPath = folder.file("model.plm");
    run.modelName = "demo promoters";
    run.modelDescription = "expression of DREAM demo reads";
    run.dataProvenanceJson = R"({"training": {"file": "dream_demo_600.tsv"}})";
    std::vector<EpochReport> reports;
    TrainingCallbacks callbacks;
    callbacks.onEpoch = [&](const EpochReport& report) { reports.push_back(report); };
    const auto result = trainModel(test::demoTrainingData(), config, run, callbacks);

    REQUIRE(result.history.size() == 4);
    REQUIRE(reports.size() == 4);
    CHECK(result.history.back().trainLoss < result.history.front().trainLoss);
    CHECK(std::isfinite(result.history.back().pearson));
    CHECK(std::filesystem::exists(run.outputPath + ".checkpoint"));
    const auto model = Model::load(run.outputPath);
    CHECK(model->manifest().shape.blockSizes == std::vector<int>{16, 8, 8});
    CHECK_THAT(model->manifest().provenanceJson, Catch::Contains("final_epoch") && Catch::Contains("dream_demo_600.tsv"));
    CHECK(model->manifest().name == "demo promoters");
    CHECK(model->manifest().description == "expression of DREAM demo reads");
}

TEST_CASE("A run cancelled mid-epoch and resumed ends exactly where an uninterrupted run ends")
{
    test::TemporaryDirectory folder;
    const auto config = tinyConfig();
    TrainingRunOptions whole;
    whole.outputPath = folder.file("whole.plm");
    trainModel(test::demoTrainingData(), config, whole);

    TrainingRunOptions interrupted;
    interrupted.outputPath = folder.file("interrupted.plm");
    CancellationToken token;
    TrainingCallbacks callbacks;
    callbacks.onBatch = [&](const BatchReport& report) {
        if (report.epoch == 2 && report.step == 3)
            token.cancel();
    };
    CHECK_THROWS_AS(trainModel(test::demoTrainingData(), config, interrupted, callbacks, token), Cancelled);
    CHECK_FALSE(std::filesystem::exists(interrupted.outputPath));
    interrupted.resume = true;
    const auto resumed = trainModel(test::demoTrainingData(), config, interrupted);
    CHECK(resumed.resumedFromEpoch == 1);
    CHECK(resumed.history.size() == 3);

    const auto expected = expressionsOf(whole.outputPath);
    const auto actual = expressionsOf(interrupted.outputPath);
    for (std::size_t i = 0; i < expected.size(); ++i)
        CHECK(actual[i] == Approx(expected[i]).margin(1e-6));
}

TEST_CASE("Resuming with another configuration is refused")
{
    test::TemporaryDirectory folder;
    auto config = tinyConfig();
    config.epochs = 1;
    TrainingRunOptions run;
    run.outputPath = folder.file("model.plm");
    trainModel(test::demoTrainingData(), config, run);
    config.learningRate = 1e-3;
    run.resume = true;
    CHECK_THROWS_WITH(trainModel(test::demoTrainingData(), config, run), Catch::Contains("another configuration"));
}

TEST_CASE("A diverging run stops with a clear message and keeps the last good checkpoint")
{
    test::TemporaryDirectory folder;
    auto config = tinyConfig();
    config.learningRate = 1e30;
    TrainingRunOptions run;
    run.outputPath = folder.file("model.plm");
    CHECK_THROWS_WITH(trainModel(test::demoTrainingData(), config, run),
                      Catch::Contains("loss became") && Catch::Contains("Lower the learning rate"));
    CHECK_FALSE(std::filesystem::exists(run.outputPath));
}

TEST_CASE("A checkpoint that cannot be written is reported with its path")
{
    auto config = tinyConfig();
    config.epochs = 1;
    TrainingRunOptions run;
    run.outputPath = "/nonexistent-folder/model.plm";
    CHECK_THROWS_WITH(trainModel(test::demoTrainingData(), config, run), Catch::Contains("/nonexistent-folder/model.plm.checkpoint"));
}

TEST_CASE("Training configuration survives JSON and names unknown keys")
{
    auto config = tinyConfig();
    config.task = TrainingTask::Regression;
    config.regressionLoss = "l1";
    const auto copy = TrainingConfig::fromJson(config.toJson());
    CHECK(copy.toJson() == config.toJson());
    CHECK(copy.manifest().output.kind == OutputKind::Scalar);
    CHECK_THROWS_WITH(TrainingConfig::fromJson(R"({"learning_rat": 0.1})", "cfg.json"),
                      Catch::Contains("cfg.json") && Catch::Contains("learning_rat"));
    CHECK_THROWS_WITH(TrainingConfig::fromJson(R"({"batch_size": "big"})"), Catch::Contains("batch_size"));
    CHECK_THROWS_WITH(TrainingConfig::fromJson(R"({"task": "binary", "classes": ["a", "b"]})"),
                      Catch::Contains("multilabel"));
    const auto multilabel = TrainingConfig::fromJson(R"({"task": "multilabel", "classes": ["REB1", "ABF1"]})");
    CHECK(multilabel.manifest().output.kind == OutputKind::Multilabel);
    CHECK(multilabel.manifest().output.size() == 2);
}
