// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON form of TrainingConfig and the manifest a configuration produces.
#include "config_json.h"
#include "promoterlab/errors.h"
#include "promoterlab/training.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace promoterlab {

using nlohmann::json;

namespace {

struct NamedTask {
    TrainingTask task;
    const char* name;
};
constexpr NamedTask kTaskNames[] = {
    {TrainingTask::SoftBins, "soft-bins"},
    {TrainingTask::Regression, "regression"},
    {TrainingTask::Binary, "binary"},
    {TrainingTask::Multilabel, "multilabel"},
};

std::string taskName(TrainingTask task)
{
    for (const auto& entry : kTaskNames)
        if (entry.task == task)
            return entry.name;
    return "unknown";
}

TrainingTask taskFromName(const std::string& name, const std::string& source)
{
    for (const auto& entry : kTaskNames)
        if (name == entry.name)
            return entry.task;
    throw Error(source + ": unknown task '" + name + "' (expected soft-bins, regression, binary or multilabel)");
}

// Reads an optional key with a type check that names the key.
template <typename T>
void readKey(const json& object, const char* key, T& target, const std::string& source)
{
    auto it = object.find(key);
    if (it == object.end() || it->is_null())
        return;
    try {
        target = it->get<T>();
    } catch (const json::exception&) {
        throw Error(source + ": '" + key + "' has the wrong type (" + it->type_name() + ")");
    }
}

}  // namespace

TrainingConfig TrainingConfig::fromJson(const std::string& text, const std::string& source)
{
    const json document = detail::parseConfigObject(text, source, "training");
    static const std::vector<std::string> known = {
        "architecture", "block_sizes", "kernel_size", "resize_factor", "se_reduction", "task", "regression_loss",
        "classes", "positive_class_weight", "optimizer", "learning_rate", "weight_decay", "beta1", "beta2",
        "warmup_fraction", "div_factor", "final_div_factor", "gradient_clip_norm", "batch_size", "epochs",
        "steps_per_epoch", "seed", "reverse_augmentation", "singleton_channel", "mixed_precision", "device",
        "threads"};
    for (const auto& item : document.items())
        if (std::find(known.begin(), known.end(), item.key()) == known.end())
            throw Error(source + ": unknown key '" + item.key() + "' (see docs/training-config.md)");

    TrainingConfig config;
    std::string architecture = architectureName(config.architecture);
    readKey(document, "architecture", architecture, source);
    config.architecture = architectureFromName(architecture);
    if (config.architecture != Architecture::LegNetOptimized && config.architecture != Architecture::LegNetDream2022)
        throw Error(source + ": only legnet-optimized and legnet-dream2022 can be trained here");
    readKey(document, "block_sizes", config.shape.blockSizes, source);
    readKey(document, "kernel_size", config.shape.kernelSize, source);
    readKey(document, "resize_factor", config.shape.resizeFactor, source);
    readKey(document, "se_reduction", config.shape.seReduction, source);
    std::string task = taskName(config.task);
    readKey(document, "task", task, source);
    config.task = taskFromName(task, source);
    readKey(document, "regression_loss", config.regressionLoss, source);
    readKey(document, "classes", config.classNames, source);
    readKey(document, "positive_class_weight", config.positiveClassWeight, source);
    std::string optimizer = config.optimizer == OptimizerKind::Lion ? "lion" : "adamw";
    readKey(document, "optimizer", optimizer, source);
    if (optimizer != "lion" && optimizer != "adamw")
        throw Error(source + ": optimizer must be lion or adamw");
    config.optimizer = optimizer == "lion" ? OptimizerKind::Lion : OptimizerKind::AdamW;
    readKey(document, "learning_rate", config.learningRate, source);
    readKey(document, "weight_decay", config.weightDecay, source);
    readKey(document, "beta1", config.beta1, source);
    readKey(document, "beta2", config.beta2, source);
    readKey(document, "warmup_fraction", config.warmupFraction, source);
    readKey(document, "div_factor", config.divFactor, source);
    readKey(document, "final_div_factor", config.finalDivFactor, source);
    readKey(document, "gradient_clip_norm", config.gradientClipNorm, source);
    readKey(document, "batch_size", config.batchSize, source);
    readKey(document, "epochs", config.epochs, source);
    readKey(document, "steps_per_epoch", config.stepsPerEpoch, source);
    readKey(document, "seed", config.seed, source);
    readKey(document, "reverse_augmentation", config.reverseAugmentation, source);
    readKey(document, "singleton_channel", config.singletonChannel, source);
    readKey(document, "mixed_precision", config.mixedPrecision, source);
    readKey(document, "device", config.device, source);
    readKey(document, "threads", config.threads, source);

    if (config.regressionLoss != "mse" && config.regressionLoss != "l1")
        throw Error(source + ": regression_loss must be mse or l1");
    if ((config.task == TrainingTask::Binary || config.task == TrainingTask::Multilabel) && config.classNames.empty())
        throw Error(source + ": task '" + task + "' needs 'classes'");
    if (config.task == TrainingTask::Binary && config.classNames.size() != 1)
        throw Error(source + ": task 'binary' has one class; name several for 'multilabel'");
    if (config.batchSize < 1 || config.epochs < 1 || config.stepsPerEpoch < 0)
        throw Error(source + ": batch_size and epochs must be at least 1, steps_per_epoch at least 0");
    if (!(config.learningRate > 0) || config.warmupFraction <= 0 || config.warmupFraction >= 1)
        throw Error(source + ": learning_rate must be positive and warmup_fraction between 0 and 1");
    (void)config.manifest();  // checks the shape
    return config;
}

std::string TrainingConfig::toJson() const
{
    const json document = {
        {"architecture", architectureName(architecture)},
        {"block_sizes", shape.blockSizes},
        {"kernel_size", shape.kernelSize},
        {"resize_factor", shape.resizeFactor},
        {"se_reduction", shape.seReduction},
        {"task", taskName(task)},
        {"regression_loss", regressionLoss},
        {"classes", classNames},
        {"positive_class_weight", positiveClassWeight},
        {"optimizer", optimizer == OptimizerKind::Lion ? "lion" : "adamw"},
        {"learning_rate", learningRate},
        {"weight_decay", weightDecay},
        {"beta1", beta1},
        {"beta2", beta2},
        {"warmup_fraction", warmupFraction},
        {"div_factor", divFactor},
        {"final_div_factor", finalDivFactor},
        {"gradient_clip_norm", gradientClipNorm},
        {"batch_size", batchSize},
        {"epochs", epochs},
        {"steps_per_epoch", stepsPerEpoch},
        {"seed", seed},
        {"reverse_augmentation", reverseAugmentation},
        {"singleton_channel", singletonChannel},
        {"mixed_precision", mixedPrecision},
        {"device", device},
        {"threads", threads},
    };
    return document.dump(2);
}

Manifest TrainingConfig::manifest() const
{
    Manifest manifest = Manifest::legnetDefault(architecture);
    manifest.shape = shape;
    if (shape.blockSizes.size() < 2 || shape.kernelSize < 1 || shape.kernelSize % 2 == 0)
        throw Error("block_sizes needs at least two entries and kernel_size must be odd");
    auto& extra = manifest.input.extraChannels;
    extra.clear();
    if (reverseAugmentation)
        extra.push_back({"reverse", 0.0f});
    if (singletonChannel)
        extra.push_back({"singleton", 0.0f});
    manifest.reverseComplementAveraging = reverseAugmentation;
    switch (task) {
    case TrainingTask::SoftBins:
        break;
    case TrainingTask::Regression:
        manifest.output.kind = OutputKind::Scalar;
        manifest.output.binValues.clear();
        manifest.output.logits = false;
        break;
    case TrainingTask::Binary:
    case TrainingTask::Multilabel:
        manifest.output.kind = task == TrainingTask::Binary ? OutputKind::Binary : OutputKind::Multilabel;
        manifest.output.binValues.clear();
        manifest.output.classNames = classNames;
        manifest.output.logits = true;
        break;
    }
    return manifest;
}

}  // namespace promoterlab
