// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of Model::load: file kinds, bundles, TorchScript with manifests, and clear errors for bad files.
#include "promoterlab/errors.h"
#include "promoterlab/model.h"
#include "promoterlab/predictor.h"
#include "temporary_directory.h"
#include "test_tables.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace promoterlab;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> someReads()
{
    std::vector<std::string> reads;
    for (const auto& row : test::readTsv("parity/sequences.tsv")) {
        reads.push_back(row.at("sequence"));
        if (reads.size() == 40)
            break;
    }
    return reads;
}

}  // namespace

TEST_CASE("A raw state_dict is recognised and its widths inferred from the tensors")
{
    const auto model = Model::load(test::fixturePath("models/tiny_optimized.pth"));
    CHECK(model->fileKind() == ModelFileKind::StateDict);
    CHECK(model->manifest().architecture == Architecture::LegNetOptimized);
    CHECK(model->manifest().shape.blockSizes == std::vector<int>{16, 8, 8});
    CHECK(model->manifest().shape.kernelSize == 3);
    CHECK(model->contentHash().size() == 64);

    const auto dream = Model::load(test::fixturePath("models/tiny_dream2022.pth"));
    CHECK(dream->manifest().architecture == Architecture::LegNetDream2022);
    CHECK(dream->manifest().shape.blockSizes == std::vector<int>{16, 8, 8});
}

TEST_CASE("A bundle saved and loaded again predicts exactly as the original")
{
    test::TemporaryDirectory folder;
    const auto original = Model::load(test::fixturePath("parity/dream2022_small.pth"));
    const auto bundlePath = folder.file("model.plm");
    original->saveBundle(bundlePath);
    CHECK_FALSE(fs::exists(bundlePath + ".partial"));

    const auto reloaded = Model::load(bundlePath);
    CHECK(reloaded->fileKind() == ModelFileKind::Bundle);
    CHECK(reloaded->manifest().toJson() == original->manifest().toJson());
    CHECK(reloaded->parameterCount() == original->parameterCount());
    const auto reads = someReads();
    const auto before = Predictor(original).predict(reads);
    const auto after = Predictor(reloaded).predict(reads);
    for (std::size_t i = 0; i < reads.size(); ++i)
        CHECK(after[i].expression == before[i].expression);
}

TEST_CASE("Missing, unexpected and mis-shaped tensors are reported by name")
{
    CHECK_THROWS_WITH(Model::load(test::fixturePath("models/tiny_missing_tensor.pth")),
                      Catch::Contains("tiny_missing_tensor.pth") && Catch::Contains("missing main.1.0.fn.block.3.weight"));
    CHECK_THROWS_WITH(Model::load(test::fixturePath("models/tiny_extra_tensor.pth")),
                      Catch::Contains("unexpected main.0.0.fn.block.9.weight"));
    CHECK_THROWS_WITH(Model::load(test::fixturePath("models/tiny_wrong_shape.pth")),
                      Catch::Contains("main.0.1.block.1.running_mean is [5], expected [8]"));
    CHECK_THROWS_WITH(Model::load(test::fixturePath("models/not_legnet.pth")),
                      Catch::Contains("not a LegNet") && Catch::Contains("weight"));
}

TEST_CASE("Empty, junk, truncated and absent model files give clear errors")
{
    test::TemporaryDirectory folder;
    folder.write("empty.pth", "");
    CHECK_THROWS_WITH(Model::load(folder.file("empty.pth")), Catch::Contains("empty.pth") && Catch::Contains("empty"));

    folder.write("junk.pth", std::string("\x7f" "ELF binary junk \x01\x02\x03", 20));
    CHECK_THROWS_AS(Model::load(folder.file("junk.pth")), ModelError);

    const auto bundle = folder.file("model.plm");
    Model::load(test::fixturePath("models/tiny_optimized.pth"))->saveBundle(bundle);
    const auto bytes = test::readFileBytes(bundle);
    for (const std::string& name : {std::string("bundle_cut.plm"), std::string("state_cut.pth")}) {
        const auto source = name == "bundle_cut.plm" ? bytes : test::readFileBytes(test::fixturePath("models/tiny_optimized.pth"));
        folder.write(name, source.substr(0, source.size() / 2));
        CHECK_THROWS_WITH(Model::load(folder.file(name)), Catch::Contains(name));
    }

    CHECK_THROWS_WITH(Model::load(folder.file("nowhere.pth")), Catch::Contains("no such file"));
}

TEST_CASE("A TorchScript model is fed as its manifest says and its outputs read by kind")
{
    const auto expected = test::readTsv("torchscript/expected.tsv");
    for (const std::string name : {"regressor", "multilabel"}) {
        const auto model = Model::load(test::fixturePath("torchscript/" + name + ".pt"));
        CHECK(model->fileKind() == ModelFileKind::TorchScript);
        std::vector<std::string> sequences;
        std::vector<std::vector<double>> outputs;
        for (const auto& row : expected) {
            if (row.at("model") != name)
                continue;
            sequences.push_back(row.at("sequence"));
            std::vector<double> values;
            std::stringstream text(row.at("outputs"));
            std::string value;
            while (std::getline(text, value, ','))
                values.push_back(std::stod(value));
            outputs.push_back(values);
        }
        REQUIRE(sequences.size() == 12);
        const auto predictions = Predictor(model).predict(sequences);
        for (std::size_t i = 0; i < sequences.size(); ++i) {
            REQUIRE(predictions[i].outputs.size() == outputs[i].size());
            for (std::size_t k = 0; k < outputs[i].size(); ++k)
                CHECK(predictions[i].outputs[k] == Approx(outputs[i][k]).margin(1e-6));
            CHECK(predictions[i].expression == Approx(outputs[i][0]).margin(1e-6));
            CHECK_FALSE(predictions[i].hasStrands);
        }
    }
}

TEST_CASE("A TorchScript model without a manifest is refused with the fix")
{
    test::TemporaryDirectory folder;
    fs::copy_file(test::fixturePath("torchscript/regressor.pt"), folder.file("lonely.pt"));
    CHECK_THROWS_WITH(Model::load(folder.file("lonely.pt")), Catch::Contains("needs a manifest beside it"));
}

TEST_CASE("Asking for CUDA without CUDA says so")
{
    if (Model::create(Manifest::legnetDefault(Architecture::LegNetOptimized))->device() != "cpu")
        return;
    try {
        Model::load(test::fixturePath("models/tiny_optimized.pth"), ModelLoadOptions{"cuda"});
        SUCCEED("CUDA is available here");
    } catch (const ModelError& error) {
        CHECK_THAT(error.what(), Catch::Contains("CUDA"));
    }
}
