// SPDX-License-Identifier: GPL-3.0-or-later
// The example stream and checkpoint files shared by the predictor and generator training loops.
#include "training_checkpoint.h"

#include "promoterlab/errors.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <numeric>
#include <random>

namespace promoterlab::detail {

namespace fs = std::filesystem;

ExampleStream::ExampleStream(std::size_t examples, std::uint64_t seed)
    : m_examples(examples)
    , m_seed(seed)
{
}

std::vector<std::size_t> ExampleStream::take(std::uint64_t position, std::size_t count)
{
    std::vector<std::size_t> indices;
    indices.reserve(count);
    for (std::size_t i = 0; i < count; ++i, ++position) {
        const std::uint64_t pass = position / m_examples;
        if (pass != m_pass || m_order.empty())
            shuffle(pass);
        indices.push_back(m_order[position % m_examples]);
    }
    return indices;
}

void ExampleStream::shuffle(std::uint64_t pass)
{
    m_order.resize(m_examples);
    std::iota(m_order.begin(), m_order.end(), std::size_t{0});
    std::mt19937_64 random(m_seed * 0x9E3779B97F4A7C15ull + pass);
    std::shuffle(m_order.begin(), m_order.end(), random);
    m_pass = pass;
}

void checkCheckpointWritable(const std::string& checkpointPath)
{
    const std::string probe = checkpointPath + ".partial";
    std::ofstream file(probe, std::ios::binary | std::ios::app);
    if (!file)
        throw Error(checkpointPath + ": cannot be written (" + std::strerror(errno)
                    + "); choose an output file in a folder you can write to");
    file.close();
    std::error_code ignored;
    fs::remove(probe, ignored);
}

void saveCheckpointAtomically(torch::serialize::OutputArchive& archive, const std::string& checkpointPath)
{
    const std::string temporary = checkpointPath + ".partial";
    try {
        archive.save_to(temporary);
    } catch (const c10::Error& error) {
        std::error_code ignored;
        fs::remove(temporary, ignored);
        throw Error(checkpointPath + ": the checkpoint could not be written (is the disk full?): "
                    + error.what_without_backtrace());
    }
    std::error_code renameError;
    fs::rename(temporary, checkpointPath, renameError);
    if (renameError)
        throw Error(checkpointPath + ": the checkpoint could not be replaced (" + renameError.message() + ")");
}

void writeTrainingCheckpoint(const std::string& checkpointPath, const torch::nn::Module& network,
                             const torch::optim::Optimizer& optimizer, const std::string& versionKey, int version,
                             const CheckpointState& state)
{
    torch::serialize::OutputArchive archive;
    network.save(archive);
    torch::serialize::OutputArchive optimizerArchive;
    optimizer.save(optimizerArchive);
    archive.write("optimizer", optimizerArchive);
    archive.write(versionKey, torch::tensor(version));
    archive.write("epoch", torch::tensor(state.epoch));
    archive.write("config", c10::IValue(state.configJson));
    archive.write("history", c10::IValue(state.history.dump()));
    saveCheckpointAtomically(archive, checkpointPath);
}

CheckpointState readTrainingCheckpoint(const std::string& checkpointPath, torch::nn::Module& network,
                                       torch::optim::Optimizer& optimizer, const std::string& kind,
                                       const std::function<bool(const std::string&)>& sameConfig)
{
    torch::serialize::InputArchive archive;
    try {
        archive.load_from(checkpointPath);
        CheckpointState state;
        c10::IValue config;
        archive.read("config", config);
        state.configJson = config.toStringRef();
        if (!sameConfig(state.configJson))
            throw Error(checkpointPath + ": the checkpoint was written with another configuration; resume with "
                                         "the same --config, or start afresh without --resume");
        network.load(archive);
        torch::serialize::InputArchive optimizerArchive;
        archive.read("optimizer", optimizerArchive);
        optimizer.load(optimizerArchive);
        torch::Tensor epoch;
        archive.read("epoch", epoch);
        state.epoch = epoch.item<int>();
        c10::IValue history;
        archive.read("history", history);
        state.history = nlohmann::json::parse(history.toStringRef());
        return state;
    } catch (const c10::Error& error) {
        throw Error(checkpointPath + ": the checkpoint cannot be read as a " + kind + " checkpoint ("
                    + error.what_without_backtrace() + "); remove it to start afresh");
    } catch (const nlohmann::json::exception& error) {
        throw Error(checkpointPath + ": the checkpoint's history is damaged (" + error.what() + ")");
    }
}

}  // namespace promoterlab::detail
