// SPDX-License-Identifier: GPL-3.0-or-later
// What every training loop shares: the reproducible example stream and atomic checkpoint files.
#pragma once

#include <nlohmann/json.hpp>
#include <torch/nn/module.h>
#include <torch/optim/optimizer.h>
#include <torch/serialize/output-archive.h>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace promoterlab::detail {

// The training stream is an endless series of shuffled passes over the examples; pass k is
// shuffled with its own seed, so any position in the stream is reproducible and a run resumed
// at an epoch boundary draws exactly the batches the uninterrupted run would have.
class ExampleStream {
public:
    ExampleStream(std::size_t examples, std::uint64_t seed);

    // The examples at positions [position, position + count) of the stream.
    std::vector<std::size_t> take(std::uint64_t position, std::size_t count);

private:
    void shuffle(std::uint64_t pass);

    std::size_t m_examples;
    std::uint64_t m_seed;
    std::uint64_t m_pass = 0;
    std::vector<std::size_t> m_order;
};

// Fails before the first step rather than after the first epoch when the checkpoint cannot be
// written (a read-only or missing folder): throws Error naming the file.
void checkCheckpointWritable(const std::string& checkpointPath);

// Writes the archive to checkpointPath + ".partial", then renames it over checkpointPath, so a
// crash or a full disk leaves the previous checkpoint whole. Throws Error naming the file.
void saveCheckpointAtomically(torch::serialize::OutputArchive& archive, const std::string& checkpointPath);

// What a training checkpoint holds besides the network and the optimizer.
struct CheckpointState {
    int epoch = 0;            // the last epoch completed
    std::string configJson;   // the run's configuration, as its toJson() wrote it
    nlohmann::json history;   // the epochs' metrics, an array
};

// Writes the network, the optimizer and the state atomically, marked with versionKey = version.
void writeTrainingCheckpoint(const std::string& checkpointPath, const torch::nn::Module& network,
                             const torch::optim::Optimizer& optimizer, const std::string& versionKey, int version,
                             const CheckpointState& state);

// Reads a checkpoint into the network and the optimizer. sameConfig(savedConfigJson) says
// whether it was written by a run of the same configuration; when not, or when the file cannot
// be read as `kind` ("training", "generator"), throws Error naming the file and the way out.
CheckpointState readTrainingCheckpoint(const std::string& checkpointPath, torch::nn::Module& network,
                                       torch::optim::Optimizer& optimizer, const std::string& kind,
                                       const std::function<bool(const std::string&)>& sameConfig);

}  // namespace promoterlab::detail
