// SPDX-License-Identifier: GPL-3.0-or-later
// Test helper: writes sequences and predictions into a project without end, reporting each
// committed batch on stdout, until the test kills it with SIGKILL.
#include "promoterlab/errors.h"
#include "promoterlab/project_store.h"

#include <unistd.h>

#include <cstdio>
#include <string>
#include <vector>

using promoterlab::ProjectStore;

namespace {

constexpr int kBatchSize = 20;

// Raw write(2): nothing sits in a stdio buffer when the kill comes.
void report(long long committed)
{
    const std::string line = std::to_string(committed) + "\n";
    if (write(STDOUT_FILENO, line.data(), line.size()) != static_cast<ssize_t>(line.size()))
        _exit(2);  // the test has gone
}

}  // namespace

// Usage: project_crash_writer PROJECT PREFIX. Sequence k is named PREFIX-k; after each batch
// of sequences and their predictions has committed, prints how many sequences it has written.
int main(int argc, char** argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s PROJECT PREFIX\n", argv[0]);
        return 2;
    }
    const std::string prefix = argv[2];
    try {
        ProjectStore store = ProjectStore::open(argv[1]);
        const std::int64_t model = store.rememberModel("crash-model.pt", "crash-hash", "crash model");
        for (long long written = 0;;) {
            std::vector<promoterlab::SequenceRecord> records(kBatchSize);
            for (int i = 0; i < kBatchSize; ++i) {
                records[i].name = prefix + "-" + std::to_string(written + i);
                // Long enough that a batch spans several pages and a kill often lands mid-write.
                records[i].bases = std::string(150, "ACGT"[(written + i) % 4]);
            }
            const std::vector<std::int64_t> ids = store.addSequences(records);
            std::vector<promoterlab::StoredPrediction> predictions(kBatchSize);
            for (int i = 0; i < kBatchSize; ++i) {
                predictions[i].sequenceId = ids[i];
                predictions[i].bases = records[i].bases;
                predictions[i].expression = static_cast<double>(written + i);
                predictions[i].outputs = std::vector<float>(18, 1.0f / 18);
            }
            store.savePredictions(model, predictions);
            written += kBatchSize;
            report(written);
        }
    } catch (const promoterlab::Error& error) {
        std::fprintf(stderr, "project_crash_writer: %s\n", error.what());
        return 1;
    }
}
