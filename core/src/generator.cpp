// SPDX-License-Identifier: GPL-3.0-or-later
// LegNet-Generator's configuration and manifest, its input encoding and the inference step that
// cold-diffusion sampling calls.
#include "generator_encoder.h"

#include "model_impl.h"
#include "config_json.h"
#include "promoterlab/errors.h"
#include "promoterlab/generator.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace promoterlab {

using nlohmann::json;

namespace {

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

void requirePositive(double value, const char* key, const std::string& source)
{
    if (!(value > 0))
        throw Error(source + ": " + key + " must be positive");
}

// Inserts a batch at a time, so that memory does not grow with the number of designs.
constexpr std::size_t kRowsPerBatch = 1024;

}  // namespace

GeneratorConfig GeneratorConfig::fromJson(const std::string& text, const std::string& source)
{
    const json document = detail::parseConfigObject(text, source, "generator");
    static const std::vector<std::string> known = {
        "block_sizes", "kernel_size", "resize_factor", "se_reduction", "insert_length", "max_substitutions",
        "expression_scale", "learning_rate", "weight_decay", "beta1", "beta2", "batch_size", "epochs",
        "steps_per_epoch", "seed", "device", "threads"};
    for (const auto& item : document.items())
        if (std::find(known.begin(), known.end(), item.key()) == known.end())
            throw Error(source + ": unknown key '" + item.key() + "' (see docs/generator.md)");

    GeneratorConfig config;
    readKey(document, "block_sizes", config.shape.blockSizes, source);
    readKey(document, "kernel_size", config.shape.kernelSize, source);
    readKey(document, "resize_factor", config.shape.resizeFactor, source);
    readKey(document, "se_reduction", config.shape.seReduction, source);
    readKey(document, "insert_length", config.insertLength, source);
    readKey(document, "max_substitutions", config.maxSubstitutions, source);
    readKey(document, "expression_scale", config.expressionScale, source);
    readKey(document, "learning_rate", config.learningRate, source);
    readKey(document, "weight_decay", config.weightDecay, source);
    readKey(document, "beta1", config.beta1, source);
    readKey(document, "beta2", config.beta2, source);
    readKey(document, "batch_size", config.batchSize, source);
    readKey(document, "epochs", config.epochs, source);
    readKey(document, "steps_per_epoch", config.stepsPerEpoch, source);
    readKey(document, "seed", config.seed, source);
    readKey(document, "device", config.device, source);
    readKey(document, "threads", config.threads, source);

    requirePositive(config.insertLength, "insert_length", source);
    requirePositive(config.maxSubstitutions, "max_substitutions", source);
    requirePositive(config.expressionScale, "expression_scale", source);
    requirePositive(config.learningRate, "learning_rate", source);
    requirePositive(config.batchSize, "batch_size", source);
    requirePositive(config.epochs, "epochs", source);
    if (config.weightDecay < 0)
        throw Error(source + ": weight_decay cannot be negative");
    if (config.beta1 < 0 || config.beta1 >= 1 || config.beta2 < 0 || config.beta2 >= 1)
        throw Error(source + ": beta1 and beta2 must lie in [0, 1)");
    if (config.stepsPerEpoch < 0)
        throw Error(source + ": steps_per_epoch cannot be negative (0 means one pass over the data)");
    if (config.threads < 0)
        throw Error(source + ": threads cannot be negative (0 means every hardware thread)");
    // The manifest's reader checks the network's shape and says what is wrong with it.
    try {
        Manifest::fromJson(config.manifest().toJson(), source);
    } catch (const ModelError& error) {
        throw Error(error.what());
    }
    return config;
}

std::string GeneratorConfig::toJson() const
{
    const json document = {
        {"block_sizes", shape.blockSizes},
        {"kernel_size", shape.kernelSize},
        {"resize_factor", shape.resizeFactor},
        {"se_reduction", shape.seReduction},
        {"insert_length", insertLength},
        {"max_substitutions", maxSubstitutions},
        {"expression_scale", expressionScale},
        {"learning_rate", learningRate},
        {"weight_decay", weightDecay},
        {"beta1", beta1},
        {"beta2", beta2},
        {"batch_size", batchSize},
        {"epochs", epochs},
        {"steps_per_epoch", stepsPerEpoch},
        {"seed", seed},
        {"device", device},
        {"threads", threads},
    };
    return document.dump(2);
}

Manifest GeneratorConfig::manifest() const
{
    Manifest manifest;
    manifest.architecture = Architecture::LegNetGenerator;
    manifest.name = architectureName(manifest.architecture);
    manifest.shape = shape;
    manifest.input.length = insertLength;
    manifest.input.alphabet = "AGCT";
    manifest.input.padding = PaddingRule::None;
    manifest.input.extraChannels = {{kTargetExpressionChannel, static_cast<float>(expressionScale)},
                                    {kSubstitutionCountChannel, static_cast<float>(1.0 / maxSubstitutions)}};
    // One logit per base at every position; the classes name the bases in channel order.
    manifest.output.kind = OutputKind::Multilabel;
    for (char base : manifest.input.alphabet)
        manifest.output.classNames.emplace_back(1, base);
    manifest.output.logits = true;
    manifest.reverseComplementAveraging = false;
    return manifest;
}

namespace detail {

namespace {

int channelNamed(const InputSpec& input, const char* name)
{
    for (std::size_t i = 0; i < input.extraChannels.size(); ++i)
        if (input.extraChannels[i].name == name)
            return static_cast<int>(input.alphabet.size() + i);
    throw ModelError(std::string("the generator's manifest has no '") + name + "' input channel");
}

}  // namespace

GeneratorEncoder::GeneratorEncoder(const Manifest& manifest)
    : m_encoder(manifest.input)
    , m_targetChannel(channelNamed(manifest.input, kTargetExpressionChannel))
    , m_countChannel(channelNamed(manifest.input, kSubstitutionCountChannel))
{
    const auto& channels = manifest.input.extraChannels;
    m_expressionScale = channels[static_cast<std::size_t>(m_targetChannel) - manifest.input.alphabet.size()].value;
    m_substitutionScale = channels[static_cast<std::size_t>(m_countChannel) - manifest.input.alphabet.size()].value;
}

at::Tensor GeneratorEncoder::encode(const std::vector<std::string>& inserts, const std::vector<double>& targets,
                                       const std::vector<int>& substitutionCounts) const
{
    const auto rows = static_cast<std::int64_t>(inserts.size());
    const int length = m_encoder.length();
    auto input = torch::empty({rows, m_encoder.channelCount(), length});
    float* data = input.data_ptr<float>();
    for (std::int64_t row = 0; row < rows; ++row) {
        const auto i = static_cast<std::size_t>(row);
        float* out = data + row * static_cast<std::int64_t>(m_encoder.valuesPerSequence());
        m_encoder.encode(m_encoder.prepare(inserts[i]), false, out);
        std::fill_n(out + m_targetChannel * length, length, static_cast<float>(targets[i] * m_expressionScale));
        std::fill_n(out + m_countChannel * length, length,
                    static_cast<float>(substitutionCounts[i] * m_substitutionScale));
    }
    return input;
}

}  // namespace detail

InsertGenerator::InsertGenerator(std::shared_ptr<const Model> generator)
    : m_generator(std::move(generator))
{
    if (!m_generator)
        throw ModelError("no generator model was given");
    const auto& manifest = m_generator->manifest();
    if (manifest.architecture != Architecture::LegNetGenerator)
        throw ModelError(m_generator->sourcePath() + ": the model is a " + architectureName(manifest.architecture)
                         + ", not a legnet-generator; train one with 'promoterlab-cli train-generator'");
    // Fails here, not at the first step, when the manifest lacks the generator's channels.
    detail::GeneratorEncoder encoder(manifest);
}

int InsertGenerator::insertLength() const
{
    return m_generator->manifest().input.length;
}

const std::string& InsertGenerator::alphabet() const
{
    return m_generator->manifest().input.alphabet;
}

std::vector<std::vector<float>> InsertGenerator::probabilities(const std::vector<std::string>& inserts,
                                                               const std::vector<double>& targets,
                                                               int substitutionCount) const
{
    if (inserts.size() != targets.size())
        throw Error("the generator was given " + std::to_string(inserts.size()) + " inserts but "
                    + std::to_string(targets.size()) + " target expressions");
    if (substitutionCount < 0)
        throw Error("the substitution count cannot be negative (" + std::to_string(substitutionCount) + ")");
    auto& impl = m_generator->impl();
    const detail::GeneratorEncoder encoder(impl.manifest);
    const std::size_t bases = alphabet().size();
    std::vector<std::vector<float>> result;
    result.reserve(inserts.size());
    torch::NoGradGuard noGrad;
    for (std::size_t first = 0; first < inserts.size(); first += kRowsPerBatch) {
        const std::size_t last = std::min(inserts.size(), first + kRowsPerBatch);
        const std::vector<std::string> batch(inserts.begin() + first, inserts.begin() + last);
        const std::vector<double> batchTargets(targets.begin() + first, targets.begin() + last);
        const auto input = encoder.encode(batch, batchTargets, std::vector<int>(batch.size(), substitutionCount));
        // (rows, bases, length) → (rows, length, bases): position-major per insert.
        const auto probabilities
            = torch::softmax(impl.forward(input.to(impl.device)), 1).transpose(1, 2).to(torch::kCPU).contiguous();
        const float* data = probabilities.data_ptr<float>();
        const std::size_t perInsert = bases * static_cast<std::size_t>(insertLength());
        for (std::size_t row = 0; row < batch.size(); ++row)
            result.emplace_back(data + row * perInsert, data + (row + 1) * perInsert);
    }
    return result;
}

std::vector<std::string> InsertGenerator::mostLikelyInserts(const std::vector<std::string>& inserts,
                                                            const std::vector<double>& targets,
                                                            int substitutionCount) const
{
    const std::size_t bases = alphabet().size();
    std::vector<std::string> result;
    result.reserve(inserts.size());
    for (const auto& probabilities : this->probabilities(inserts, targets, substitutionCount)) {
        std::string insert;
        insert.reserve(probabilities.size() / bases);
        for (std::size_t position = 0; position < probabilities.size(); position += bases) {
            const auto first = probabilities.begin() + static_cast<std::ptrdiff_t>(position);
            const auto best = std::max_element(first, first + static_cast<std::ptrdiff_t>(bases));
            insert.push_back(alphabet()[static_cast<std::size_t>(best - first)]);
        }
        result.push_back(std::move(insert));
    }
    return result;
}

GeneratorStep generatorStep(std::shared_ptr<const Model> generator)
{
    auto insertGenerator = std::make_shared<const InsertGenerator>(std::move(generator));
    return [insertGenerator](const std::vector<std::string>& inserts, const std::vector<double>& targets,
                             int substitutionCount) {
        return insertGenerator->mostLikelyInserts(inserts, targets, substitutionCount);
    };
}

}  // namespace promoterlab
