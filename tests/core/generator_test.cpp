// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of LegNet-Generator: its network, training (learning to copy, checkpoints, resume, cancel)
// and the inference step cold-diffusion sampling calls.
#include "model_impl.h"
#include "promoterlab/errors.h"
#include "promoterlab/generator.h"
#include "promoterlab/insert_corruption.h"
#include "promoterlab/predictor.h"
#include "temporary_directory.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <random>

using namespace promoterlab;

namespace {

GeneratorConfig tinyConfig()
{
    GeneratorConfig config;
    config.shape.blockSizes = {32, 16, 16};
    config.shape.kernelSize = 7;
    config.batchSize = 32;
    config.epochs = 3;
    config.stepsPerEpoch = 5;
    config.seed = 11;
    config.threads = 1;
    return config;
}

// Random inserts with expressions spread over the 0–17 scale.
std::vector<GeneratorExample> randomExamples(std::size_t count, std::uint64_t seed)
{
    std::mt19937_64 random(seed);
    std::uniform_real_distribution<double> expression(0, 17);
    std::vector<GeneratorExample> examples;
    for (std::size_t i = 0; i < count; ++i)
        examples.push_back({randomInsert(80, random), expression(random)});
    return examples;
}

std::vector<std::string> insertsOf(const std::vector<GeneratorExample>& examples)
{
    std::vector<std::string> inserts;
    for (const auto& example : examples)
        inserts.push_back(example.insert);
    return inserts;
}

std::vector<double> expressionsOf(const std::vector<GeneratorExample>& examples)
{
    std::vector<double> expressions;
    for (const auto& example : examples)
        expressions.push_back(example.expression);
    return expressions;
}

// The fraction of positions where the two inserts agree, over all pairs.
double agreement(const std::vector<std::string>& a, const std::vector<std::string>& b)
{
    std::size_t same = 0, total = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        for (std::size_t p = 0; p < a[i].size(); ++p, ++total)
            same += a[i][p] == b[i][p] ? 1 : 0;
    return static_cast<double>(same) / static_cast<double>(total);
}

}  // namespace

TEST_CASE("LegNet-Generator gives one logit per base at every position of the insert")
{
    const auto config = tinyConfig();
    const auto model = Model::create(config.manifest());
    CHECK(model->manifest().input.channelCount() == 6);
    const auto output = model->impl().forward(torch::rand({5, 6, 80}));
    CHECK(output.sizes() == std::vector<std::int64_t>{5, 4, 80});
}

TEST_CASE("The full-size generator is the DREAM 2022 LegNet with a 4-base head instead of 18 bins")
{
    // DESIGN.md §5: 1,852,846 parameters with a 64 → 18 head with bias; here 64 → 4.
    const std::int64_t expected = 1852846 - (64 * 18 + 18) + (64 * 4 + 4);
    CHECK(Model::create(GeneratorConfig().manifest())->parameterCount() == expected);
}

TEST_CASE("LegNet-Generator has the DREAM 2022 body of a predictor of the same shape and a 1x1 head")
{
    const auto config = tinyConfig();
    auto predictorManifest = Manifest::legnetDefault(Architecture::LegNetDream2022);
    predictorManifest.shape = config.shape;
    const auto generator = Model::create(config.manifest());
    const auto predictor = Model::create(predictorManifest);
    std::map<std::string, std::vector<std::int64_t>> generatorShapes, predictorShapes;
    for (const auto& item : generator->impl().network->named_parameters())
        generatorShapes[item.key()] = item.value().sizes().vec();
    for (const auto& item : predictor->impl().network->named_parameters())
        predictorShapes[item.key()] = item.value().sizes().vec();
    for (const auto& [name, shape] : predictorShapes) {
        if (name.rfind("seqextractor.", 0) == 0) {
            INFO(name);
            CHECK(generatorShapes.count(name) == 1);
            CHECK(generatorShapes[name] == shape);
        }
    }
    // The stem reads 6 channels in both; the head maps the last width to the 4 bases.
    CHECK(generatorShapes["seqextractor.blc0.0.weight"] == std::vector<std::int64_t>{32, 6, 7});
    CHECK(generatorShapes["mapper.0.weight"] == std::vector<std::int64_t>{4, 16, 1});
    CHECK(generatorShapes["mapper.0.bias"] == std::vector<std::int64_t>{4});
}

TEST_CASE("A tiny generator learns to copy uncorrupted inserts")
{
    test::TemporaryDirectory folder;
    auto config = tinyConfig();
    config.batchSize = 64;
    config.epochs = 4;
    config.stepsPerEpoch = 75;
    config.learningRate = 3e-3;
    const auto train = randomExamples(512, 1);
    const auto valid = randomExamples(128, 2);
    TrainingRunOptions run;
    run.outputPath = folder.file("generator.plm");
    const auto result = trainGenerator(train, valid, config, run);
    REQUIRE(result.history.size() == 4);
    CHECK(result.history.back().trainLoss < result.history.front().trainLoss);

    // Scored by the loaded bundle on inserts it never saw, position by position.
    const auto generator = Model::load(run.outputPath);
    const auto step = generatorStep(generator);
    const auto copied = step(insertsOf(valid), expressionsOf(valid), 0);
    CHECK(agreement(copied, insertsOf(valid)) > 0.9);

    // The training metrics agree: the least corrupted level is reconstructed best.
    const auto& levels = result.history.back().accuracyByLevel;
    REQUIRE(levels.size() == 4);
    CHECK(levels.front().minSubstitutions == 0);
    CHECK(levels.front().maxSubstitutions == 30);
    CHECK(levels.back().maxSubstitutions == 300);
    CHECK(levels.front().accuracy > levels.back().accuracy);
    CHECK(levels.front().accuracy > 0.5);
}

TEST_CASE("The generator bundle records its insert, channel scaling and corruption")
{
    test::TemporaryDirectory folder;
    auto config = tinyConfig();
    config.epochs = 1;
    config.maxSubstitutions = 200;
    TrainingRunOptions run;
    run.outputPath = folder.file("generator.plm");
    run.modelName = "tiny generator";
    trainGenerator(randomExamples(64, 3), {}, config, run);
    const auto generator = Model::load(run.outputPath);
    const auto& manifest = generator->manifest();
    CHECK(manifest.architecture == Architecture::LegNetGenerator);
    CHECK(manifest.name == "tiny generator");
    CHECK(manifest.input.length == 80);
    CHECK(manifest.input.alphabet == "AGCT");
    REQUIRE(manifest.input.extraChannels.size() == 2);
    CHECK(manifest.input.extraChannels[0].name == kTargetExpressionChannel);
    CHECK(manifest.input.extraChannels[0].value == Approx(1.0 / 17));
    CHECK(manifest.input.extraChannels[1].name == kSubstitutionCountChannel);
    CHECK(manifest.input.extraChannels[1].value == Approx(1.0 / 200));
    const auto provenance = nlohmann::json::parse(manifest.provenanceJson);
    CHECK(provenance["generator"]["max_substitutions"] == 200);
    CHECK(provenance["generator"]["insert_length"] == 80);

    const InsertGenerator insertGenerator(generator);
    const auto probabilities = insertGenerator.probabilities({std::string(80, 'A'), std::string(80, 'N')}, {4, 12}, 130);
    REQUIRE(probabilities.size() == 2);
    REQUIRE(probabilities[0].size() == 320);
    for (std::size_t position = 0; position < 80; ++position) {
        const float* p = probabilities[1].data() + position * 4;
        CHECK(p[0] + p[1] + p[2] + p[3] == Approx(1.0f).margin(1e-5));
    }
}

TEST_CASE("A generator run cancelled mid-epoch stops within the batch and resumes to the same model")
{
    test::TemporaryDirectory folder;
    const auto config = tinyConfig();
    const auto train = randomExamples(100, 4);
    const auto valid = randomExamples(40, 5);
    TrainingRunOptions whole;
    whole.outputPath = folder.file("whole.plm");
    const auto uninterrupted = trainGenerator(train, valid, config, whole);

    TrainingRunOptions interrupted;
    interrupted.outputPath = folder.file("interrupted.plm");
    CancellationToken token;
    int lastStep = 0;
    GeneratorCallbacks callbacks;
    callbacks.onBatch = [&](const BatchReport& report) {
        lastStep = report.step;
        if (report.epoch == 2 && report.step == 3)
            token.cancel();
    };
    CHECK_THROWS_AS(trainGenerator(train, valid, config, interrupted, callbacks, token), Cancelled);
    CHECK(lastStep == 3);
    CHECK_FALSE(std::filesystem::exists(interrupted.outputPath));
    CHECK(std::filesystem::exists(interrupted.outputPath + ".checkpoint"));

    interrupted.resume = true;
    const auto resumed = trainGenerator(train, valid, config, interrupted);
    CHECK(resumed.resumedFromEpoch == 1);
    REQUIRE(resumed.history.size() == 3);
    CHECK(resumed.history.back().trainLoss == Approx(uninterrupted.history.back().trainLoss).epsilon(1e-5));
    CHECK(resumed.history.back().validLoss == Approx(uninterrupted.history.back().validLoss).epsilon(1e-5));

    const auto inserts = insertsOf(valid);
    const auto expected = InsertGenerator(Model::load(whole.outputPath)).probabilities(inserts, expressionsOf(valid), 50);
    const auto actual = InsertGenerator(Model::load(interrupted.outputPath)).probabilities(inserts, expressionsOf(valid), 50);
    for (std::size_t i = 0; i < expected.size(); ++i)
        for (std::size_t j = 0; j < expected[i].size(); ++j)
            REQUIRE(actual[i][j] == Approx(expected[i][j]).margin(1e-5));
}

TEST_CASE("Resuming a generator with another configuration is refused")
{
    test::TemporaryDirectory folder;
    auto config = tinyConfig();
    config.epochs = 1;
    TrainingRunOptions run;
    run.outputPath = folder.file("generator.plm");
    trainGenerator(randomExamples(40, 6), {}, config, run);
    config.maxSubstitutions = 100;
    run.resume = true;
    CHECK_THROWS_WITH(trainGenerator(randomExamples(40, 6), {}, config, run), Catch::Contains("another configuration"));
}

TEST_CASE("A diverging generator run stops with a clear message and writes no bundle")
{
    test::TemporaryDirectory folder;
    auto config = tinyConfig();
    config.learningRate = 1e30;
    TrainingRunOptions run;
    run.outputPath = folder.file("generator.plm");
    CHECK_THROWS_WITH(trainGenerator(randomExamples(64, 7), {}, config, run),
                      Catch::Contains("loss became") && Catch::Contains("Lower the learning rate"));
    CHECK_FALSE(std::filesystem::exists(run.outputPath));
}

TEST_CASE("Generator training names a bad insert")
{
    test::TemporaryDirectory folder;
    TrainingRunOptions run;
    run.outputPath = folder.file("generator.plm");
    auto examples = randomExamples(3, 8);
    examples[1].insert.pop_back();
    CHECK_THROWS_WITH(trainGenerator(examples, {}, tinyConfig(), run),
                      Catch::Contains("training insert 2 has 79 bases; the generator needs 80"));
    examples = randomExamples(3, 8);
    examples[2].insert[5] = 'N';
    CHECK_THROWS_WITH(trainGenerator(examples, {}, tinyConfig(), run),
                      Catch::Contains("training insert 3: 'N' at position 6"));
    CHECK_THROWS_WITH(trainGenerator({}, {}, tinyConfig(), run), Catch::Contains("the training set is empty"));
}

TEST_CASE("Generator configuration survives JSON and names unknown keys and bad values")
{
    auto config = tinyConfig();
    config.maxSubstitutions = 120;
    config.expressionScale = 0.1;
    const auto copy = GeneratorConfig::fromJson(config.toJson());
    CHECK(copy.toJson() == config.toJson());
    CHECK_THROWS_WITH(GeneratorConfig::fromJson(R"({"max_substitution": 3})", "gen.json"),
                      Catch::Contains("gen.json: unknown key 'max_substitution'"));
    CHECK_THROWS_WITH(GeneratorConfig::fromJson(R"({"max_substitutions": 0})", "gen.json"),
                      Catch::Contains("max_substitutions must be positive"));
    CHECK_THROWS_WITH(GeneratorConfig::fromJson(R"({"kernel_size": 4})", "gen.json"),
                      Catch::Contains("kernel_size must be a positive odd number"));
}

TEST_CASE("A generator and a predictor each refuse the other's role")
{
    const auto predictor = Model::create(Manifest::legnetDefault(Architecture::LegNetOptimized));
    CHECK_THROWS_AS(InsertGenerator(predictor), ModelError);
    CHECK_THROWS_WITH(Predictor(Model::create(tinyConfig().manifest())), Catch::Contains("predicts no expression"));
}

TEST_CASE("The insert generator refuses inputs that do not fit")
{

    const InsertGenerator generator(Model::create(tinyConfig().manifest()));
    CHECK(generator.insertLength() == 80);
    CHECK_THROWS_WITH(generator.mostLikelyInserts({std::string(80, 'A')}, {1, 2}, 0),
                      Catch::Contains("1 inserts but 2 target expressions"));
    CHECK_THROWS_AS(generator.mostLikelyInserts({std::string(79, 'A')}, {1}, 0), Error);
    CHECK_THROWS_WITH(generator.mostLikelyInserts({std::string(80, 'A')}, {1}, -1), Catch::Contains("negative"));
    const auto repaired = generator.mostLikelyInserts({std::string(80, 'A'), std::string(80, 'C')}, {3, 9}, 100);
    REQUIRE(repaired.size() == 2);
    CHECK(repaired[1].size() == 80);
    CHECK(repaired[1].find_first_not_of("ACGT") == std::string::npos);
}
