// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the model manifest: defaults, JSON round trip and errors that name the field.
#include "promoterlab/errors.h"
#include "promoterlab/manifest.h"

#include <catch2/catch.hpp>

using namespace promoterlab;

TEST_CASE("LegNet's default manifest states the published input and output contract")
{
    const auto manifest = Manifest::legnetDefault(Architecture::LegNetOptimized);
    CHECK(manifest.input.length == 150);
    CHECK(manifest.input.alphabet == "AGCT");
    CHECK(manifest.input.unknownValue == 0.25f);
    CHECK(manifest.input.channelCount() == 6);
    CHECK(manifest.input.extraChannels[0].name == "reverse");
    CHECK(manifest.input.extraChannels[1].name == "singleton");
    CHECK(manifest.output.size() == 18);
    CHECK(manifest.output.binValues.back() == 17.0);
    CHECK(manifest.reverseComplementAveraging);
    // The flank is the plasmid upstream of the insert and ends with the 17-nt adapter of DREAM reads.
    CHECK(legnetPlasmidFlank().size() == 150);
    CHECK(legnetPlasmidFlank().substr(150 - 57)
          == "AGTGCTAGCAGGAATGATGCAAAAGGTTCCCGATTCGAACTGCATTTTTTTCACATC");
}

TEST_CASE("Manifest survives a JSON round trip")
{
    auto manifest = Manifest::legnetDefault(Architecture::LegNetDream2022);
    manifest.name = "complex medium";
    manifest.shape.blockSizes = {64, 32, 16};
    manifest.shape.kernelSize = 5;
    manifest.provenanceJson = R"({"data":"native80","pearson":0.91})";
    const auto copy = Manifest::fromJson(manifest.toJson());
    CHECK(copy.name == "complex medium");
    CHECK(copy.architecture == Architecture::LegNetDream2022);
    CHECK(copy.shape.blockSizes == std::vector<int>{64, 32, 16});
    CHECK(copy.shape.kernelSize == 5);
    CHECK(copy.input.flank == manifest.input.flank);
    CHECK(copy.input.flankOverlap == 17);
    CHECK(copy.output.binValues == manifest.output.binValues);
    CHECK(copy.toJson() == manifest.toJson());
}

TEST_CASE("Manifest errors name the offending field")
{
    CHECK_THROWS_WITH(Manifest::fromJson("{", "m.json"), Catch::Contains("m.json") && Catch::Contains("not valid JSON"));
    CHECK_THROWS_WITH(Manifest::fromJson(R"({"architecture":"resnet","input":{},"output":{}})"),
                      Catch::Contains("unknown architecture 'resnet'"));
    CHECK_THROWS_WITH(Manifest::fromJson(R"({"architecture":"torchscript","output":{"kind":"scalar"}})"),
                      Catch::Contains("'input' is missing"));
    CHECK_THROWS_WITH(
        Manifest::fromJson(R"({"architecture":"torchscript","input":{"length":"long"},"output":{"kind":"scalar"}})"),
        Catch::Contains("'length' has the wrong type"));
    CHECK_THROWS_WITH(
        Manifest::fromJson(R"({"architecture":"torchscript","input":{"alphabet":"ACGU"},"output":{"kind":"scalar"}})"),
        Catch::Contains("alphabet"));
    CHECK_THROWS_WITH(Manifest::fromJson(R"({"architecture":"torchscript","input":{},"output":{"kind":"binary"}})"),
                      Catch::Contains("needs 'classes'"));
    CHECK_THROWS_WITH(Manifest::fromJson(R"({"format_version":99,"architecture":"torchscript"})"),
                      Catch::Contains("newer"));
}
