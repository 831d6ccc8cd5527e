// SPDX-License-Identifier: GPL-3.0-or-later
// Reading, writing and defaults of the model manifest.
#include "promoterlab/manifest.h"

#include "promoterlab/errors.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <numeric>

namespace promoterlab {

using nlohmann::json;

namespace {

constexpr int kManifestFormatVersion = 1;

struct NamedArchitecture {
    Architecture architecture;
    const char* name;
};
constexpr NamedArchitecture kArchitectureNames[] = {
    {Architecture::LegNetOptimized, "legnet-optimized"},
    {Architecture::LegNetDream2022, "legnet-dream2022"},
    {Architecture::LegNetGenerator, "legnet-generator"},
    {Architecture::TorchScript, "torchscript"},
};

struct NamedOutputKind {
    OutputKind kind;
    const char* name;
};
constexpr NamedOutputKind kOutputKindNames[] = {
    {OutputKind::Bins, "bins"},
    {OutputKind::Scalar, "scalar"},
    {OutputKind::Binary, "binary"},
    {OutputKind::Multilabel, "multilabel"},
};

OutputKind outputKindFromName(const std::string& name, const std::string& source)
{
    for (const auto& entry : kOutputKindNames)
        if (name == entry.name)
            return entry.kind;
    throw ModelError(source + ": unknown output kind '" + name + "' (expected bins, scalar, binary or multilabel)");
}

// Reads an optional field, naming the manifest and the field when its type is wrong.
template <typename T>
T optionalField(const json& object, const char* key, T fallback, const std::string& source)
{
    auto it = object.find(key);
    if (it == object.end() || it->is_null())
        return fallback;
    try {
        return it->get<T>();
    } catch (const json::exception&) {
        throw ModelError(source + ": field '" + key + "' has the wrong type (" + it->type_name() + ")");
    }
}

const json& requiredObject(const json& object, const char* key, const std::string& source)
{
    auto it = object.find(key);
    if (it == object.end() || !it->is_object())
        throw ModelError(source + ": the object '" + key + "' is missing");
    return *it;
}

InputSpec parseInput(const json& input, const std::string& source)
{
    InputSpec spec;
    spec.length = optionalField<int>(input, "length", spec.length, source);
    spec.alphabet = optionalField<std::string>(input, "alphabet", spec.alphabet, source);
    spec.unknownValue = optionalField<float>(input, "unknown_value", spec.unknownValue, source);
    if (spec.length <= 0)
        throw ModelError(source + ": input length must be positive");
    std::string sorted = spec.alphabet;
    std::sort(sorted.begin(), sorted.end());
    if (sorted != "ACGT")
        throw ModelError(source + ": alphabet '" + spec.alphabet + "' must be an ordering of A, C, G and T");

    const std::string rule = optionalField<std::string>(input, "padding", "none", source);
    if (rule == "none") {
        spec.padding = PaddingRule::None;
    } else if (rule == "plasmid-5prime") {
        spec.padding = PaddingRule::Plasmid5Prime;
        spec.flank = optionalField<std::string>(input, "flank", legnetPlasmidFlank(), source);
        spec.flankOverlap = optionalField<int>(input, "flank_overlap", 17, source);
        if (spec.flankOverlap < 0 || spec.flankOverlap > static_cast<int>(spec.flank.size()))
            throw ModelError(source + ": flank_overlap must lie between 0 and the flank length");
    } else {
        throw ModelError(source + ": unknown padding rule '" + rule + "' (expected none or plasmid-5prime)");
    }

    for (const auto& channel : optionalField<json>(input, "extra_channels", json::array(), source)) {
        ExtraChannel extra;
        extra.name = optionalField<std::string>(channel, "name", "", source);
        extra.value = optionalField<float>(channel, "value", 0.0f, source);
        if (extra.name.empty())
            throw ModelError(source + ": an extra channel has no name");
        spec.extraChannels.push_back(extra);
    }
    return spec;
}

OutputSpec parseOutput(const json& output, const std::string& source)
{
    OutputSpec spec;
    spec.kind = outputKindFromName(optionalField<std::string>(output, "kind", "bins", source), source);
    spec.binValues = optionalField<std::vector<double>>(output, "bin_values", {}, source);
    spec.classNames = optionalField<std::vector<std::string>>(output, "classes", {}, source);
    spec.logits = optionalField<bool>(output, "logits", true, source);
    if (spec.kind == OutputKind::Bins && spec.binValues.empty())
        throw ModelError(source + ": output kind 'bins' needs 'bin_values'");
    if ((spec.kind == OutputKind::Binary || spec.kind == OutputKind::Multilabel) && spec.classNames.empty())
        throw ModelError(source + ": output kind '" + outputKindName(spec.kind) + "' needs 'classes'");
    return spec;
}

LegNetShape parseShape(const json& shape, const std::string& source)
{
    LegNetShape spec;
    spec.blockSizes = optionalField<std::vector<int>>(shape, "block_sizes", spec.blockSizes, source);
    spec.kernelSize = optionalField<int>(shape, "kernel_size", spec.kernelSize, source);
    spec.resizeFactor = optionalField<int>(shape, "resize_factor", spec.resizeFactor, source);
    spec.seReduction = optionalField<int>(shape, "se_reduction", spec.seReduction, source);
    if (spec.blockSizes.size() < 2)
        throw ModelError(source + ": block_sizes needs at least two entries");
    for (int size : spec.blockSizes)
        if (size <= 0)
            throw ModelError(source + ": block sizes must be positive");
    if (spec.kernelSize <= 0 || spec.kernelSize % 2 == 0)
        throw ModelError(source + ": kernel_size must be a positive odd number");
    if (spec.resizeFactor <= 0 || spec.seReduction <= 0)
        throw ModelError(source + ": resize_factor and se_reduction must be positive");
    return spec;
}

}  // namespace

std::string architectureName(Architecture architecture)
{
    for (const auto& entry : kArchitectureNames)
        if (entry.architecture == architecture)
            return entry.name;
    return "unknown";
}

Architecture architectureFromName(const std::string& name)
{
    for (const auto& entry : kArchitectureNames)
        if (name == entry.name)
            return entry.architecture;
    throw ModelError("unknown architecture '" + name
                     + "' (expected legnet-optimized, legnet-dream2022, legnet-generator or torchscript)");
}

std::string outputKindName(OutputKind kind)
{
    for (const auto& entry : kOutputKindNames)
        if (entry.kind == kind)
            return entry.name;
    return "unknown";
}

int OutputSpec::size() const
{
    switch (kind) {
    case OutputKind::Bins:
        return static_cast<int>(binValues.size());
    case OutputKind::Scalar:
        return 1;
    case OutputKind::Binary:
    case OutputKind::Multilabel:
        return static_cast<int>(classNames.size());
    }
    return 0;
}

Manifest Manifest::fromJson(const std::string& text, const std::string& source)
{
    json document;
    try {
        document = json::parse(text);
    } catch (const json::parse_error& error) {
        throw ModelError(source + ": not valid JSON (" + error.what() + ")");
    }
    if (!document.is_object())
        throw ModelError(source + ": a manifest must be a JSON object");
    const int formatVersion = optionalField<int>(document, "format_version", kManifestFormatVersion, source);
    if (formatVersion > kManifestFormatVersion)
        throw ModelError(source + ": manifest format version " + std::to_string(formatVersion)
                         + " is newer than this PromoterLab understands (" + std::to_string(kManifestFormatVersion)
                         + "); update PromoterLab");

    Manifest manifest;
    manifest.architecture = architectureFromName(optionalField<std::string>(document, "architecture", "", source));
    manifest.name = optionalField<std::string>(document, "name", "", source);
    manifest.version = optionalField<std::string>(document, "version", manifest.version, source);
    manifest.description = optionalField<std::string>(document, "description", "", source);
    manifest.shape = parseShape(optionalField<json>(document, "shape", json::object(), source), source);
    manifest.input = parseInput(requiredObject(document, "input", source), source);
    manifest.output = parseOutput(requiredObject(document, "output", source), source);
    manifest.reverseComplementAveraging
        = optionalField<bool>(document, "reverse_complement_averaging", false, source);
    manifest.provenanceJson = optionalField<json>(document, "provenance", json::object(), source).dump();
    return manifest;
}

std::string Manifest::toJson() const
{
    json input = {
        {"length", this->input.length},
        {"alphabet", this->input.alphabet},
        {"unknown_value", this->input.unknownValue},
        {"padding", this->input.padding == PaddingRule::Plasmid5Prime ? "plasmid-5prime" : "none"},
    };
    if (this->input.padding == PaddingRule::Plasmid5Prime) {
        input["flank"] = this->input.flank;
        input["flank_overlap"] = this->input.flankOverlap;
    }
    input["extra_channels"] = json::array();
    for (const auto& channel : this->input.extraChannels)
        input["extra_channels"].push_back({{"name", channel.name}, {"value", channel.value}});

    json output = {{"kind", outputKindName(this->output.kind)}, {"logits", this->output.logits}};
    if (!this->output.binValues.empty())
        output["bin_values"] = this->output.binValues;
    if (!this->output.classNames.empty())
        output["classes"] = this->output.classNames;

    json document = {
        {"format_version", kManifestFormatVersion},
        {"name", name},
        {"architecture", architectureName(architecture)},
        {"version", version},
        {"description", description},
        {"input", input},
        {"output", output},
        {"reverse_complement_averaging", reverseComplementAveraging},
        {"provenance", json::parse(provenanceJson.empty() ? std::string("{}") : provenanceJson)},
    };
    if (architecture != Architecture::TorchScript)
        document["shape"] = {{"block_sizes", shape.blockSizes},
                             {"kernel_size", shape.kernelSize},
                             {"resize_factor", shape.resizeFactor},
                             {"se_reduction", shape.seReduction}};
    return document.dump(2);
}

Manifest Manifest::legnetDefault(Architecture architecture)
{
    Manifest manifest;
    manifest.architecture = architecture;
    manifest.name = architectureName(architecture);
    manifest.input.flank = legnetPlasmidFlank();
    manifest.input.flankOverlap = 17;
    manifest.input.extraChannels = {{"reverse", 0.0f}, {"singleton", 0.0f}};
    manifest.output.kind = OutputKind::Bins;
    manifest.output.binValues.resize(18);
    std::iota(manifest.output.binValues.begin(), manifest.output.binValues.end(), 0.0);
    manifest.reverseComplementAveraging = true;
    return manifest;
}

const std::string& legnetPlasmidFlank()
{
    // The 150 nt upstream of the 80-N insert in shared/data/dream2022/plasmid.json (offset 3648).
    static const std::string flank
        = "AGTCCACTATTAAAGAACGTGGACTCCAACGTCAAAGGGCGAAAAACCGTCTATCAGGGCGATGGCCCACTACGTGAACCATCACC"
          "CTAATCAAGTGCTAGCAGGAATGATGCAAAAGGTTCCCGATTCGAACTGCATTTTTTTCACATC";
    return flank;
}

std::vector<std::string> outputColumnNames(const Manifest& manifest)
{
    std::vector<std::string> names;
    const auto& output = manifest.output;
    if (output.kind == OutputKind::Bins) {
        for (double value : output.binValues) {
            char text[32];
            std::snprintf(text, sizeof text, "p_bin_%g", value);
            names.emplace_back(text);
        }
    } else if (output.kind != OutputKind::Scalar) {
        for (const auto& name : output.classNames)
            names.push_back("p_" + name);
    }
    return names;
}

}  // namespace promoterlab
