// SPDX-License-Identifier: GPL-3.0-or-later
// The model manifest: everything needed to feed a model and read its output (DESIGN.md §4).
#pragma once

#include <string>
#include <vector>

namespace promoterlab {

enum class Architecture { LegNetOptimized, LegNetDream2022, LegNetGenerator, TorchScript };

std::string architectureName(Architecture architecture);
// Throws ModelError for an unknown name.
Architecture architectureFromName(const std::string& name);

// How a sequence shorter than the model's input is brought to full length.
enum class PaddingRule {
    None,           // the sequence must have exactly the input length
    Plasmid5Prime,  // prepend the plasmid's 5' flank, keep the 3' end (LegNet)
};

// A constant input channel after the one-hot channels.
struct ExtraChannel {
    std::string name;  // "reverse" (1 on the reverse-complement copy) or "singleton"
    float value = 0;   // the value at prediction time; ignored for "reverse", which follows the strand
};

struct InputSpec {
    int length = 150;
    std::string alphabet = "AGCT";  // channel order of the one-hot encoding
    float unknownValue = 0.25f;     // written in every channel for N
    PaddingRule padding = PaddingRule::Plasmid5Prime;
    // The plasmid upstream of the insert; its last `flankOverlap` bases are the adapter that
    // reads begin with, so a read that starts with them is not given the adapter twice.
    std::string flank;
    int flankOverlap = 0;
    std::vector<ExtraChannel> extraChannels;

    int channelCount() const { return static_cast<int>(alphabet.size() + extraChannels.size()); }
};

enum class OutputKind { Bins, Scalar, Binary, Multilabel };

std::string outputKindName(OutputKind kind);

struct OutputSpec {
    OutputKind kind = OutputKind::Bins;
    std::vector<double> binValues;         // Bins: the value of each bin; expression = Σ value·p
    std::vector<std::string> classNames;   // Binary/Multilabel: one name per output
    // Whether the model's raw outputs are logits (softmax for bins, sigmoid for classes is
    // applied) or already probabilities. Native LegNet networks return logits.
    bool logits = true;
    int size() const;                      // number of output values
};

// Widths of the native LegNet architectures; ignored for TorchScript models.
struct LegNetShape {
    std::vector<int> blockSizes = {256, 128, 128, 64, 64, 64, 64};
    int kernelSize = 7;
    int resizeFactor = 4;
    int seReduction = 4;
};

struct Manifest {
    std::string name;
    Architecture architecture = Architecture::LegNetOptimized;
    std::string version = "1";
    std::string description;
    LegNetShape shape;
    InputSpec input;
    OutputSpec output;
    bool reverseComplementAveraging = true;
    std::string provenanceJson = "{}";  // free JSON object: data, date, recipe, metrics, hash

    // Throws ModelError naming the offending field.
    static Manifest fromJson(const std::string& json, const std::string& source = "manifest");
    std::string toJson() const;

    // LegNet's defaults (DESIGN.md §5) for a native architecture.
    static Manifest legnetDefault(Architecture architecture);
};

// The 5' flank LegNet prepends: the plasmid sequence immediately upstream of the insert,
// ending with the 17-nt adapter TGCATTTTTTTCACATC that DREAM reads begin with.
const std::string& legnetPlasmidFlank();

// Column names for a model's outputs in exported tables: "p_bin_<value>" for bins,
// "p_<class>" for classes, none for a scalar.
std::vector<std::string> outputColumnNames(const Manifest& manifest);

}  // namespace promoterlab
