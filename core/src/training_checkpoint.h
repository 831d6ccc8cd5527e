// SPDX-License-Identifier: GPL-3.0-or-later
// What every training loop shares: the reproducible example stream and atomic checkpoint files.
#pragma once

#include <torch/serialize/output-archive.h>

#include <cstddef>
#include <cstdint>
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

}  // namespace promoterlab::detail
