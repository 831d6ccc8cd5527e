// SPDX-License-Identifier: GPL-3.0-or-later
// In-memory training sets of millions of rows: packed sequences, hash folds, deduplication and test-set exclusion.
#pragma once

#include "promoterlab/job.h"
#include "promoterlab/sequence_reader.h"

#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace promoterlab {

// One row's bases as 4-bit IUPAC codes, read in place from a PackedSequences.
// A code is a bit mask of the bases it stands for (A = 1, C = 2, G = 4, T = 8: R = 5, N = 15),
// the convention of SequenceEncoder, so one-hot channels follow from the bits without a table.
struct PackedRow {
    const std::uint8_t* bytes = nullptr;  // two bases a byte, the first base in the high nibble
    std::size_t length = 0;               // in bases

    std::uint8_t code(std::size_t position) const
    {
        const std::uint8_t byte = bytes[position / 2];
        return position % 2 == 0 ? static_cast<std::uint8_t>(byte >> 4) : static_cast<std::uint8_t>(byte & 0x0F);
    }
};

// Sequences with a value and an optional fold each, stored for millions of rows: all bases
// in one contiguous buffer at half a byte a base, plus one offset, one float and one bit a
// row (four more with folds). A 110-nt row with a fold costs 71 bytes: 7 million DREAM rows
// take about 500 MB, where a std::string a row would take over twice that and a tensor a row
// far more.
class PackedSequences {
public:
    // The one fold append() refuses: inside, it marks the rows without a fold.
    static constexpr int kReservedFold = std::numeric_limits<int>::min();

    // Room for rows and bases in all, so that a large load grows its buffers once instead of
    // copying them at every doubling (which would briefly need twice the memory).
    void reserve(std::size_t rows, std::size_t bases);
    // Gives back reserved room that went unused when it is more than a quarter of what is
    // filled (a reservation from an estimate that was too high).
    void trimExcessCapacity();

    // Adds a row. bases: A, C, G, T and IUPAC codes, either case (stored upper case); throws
    // Error naming the first other character. value is kept as a float; whether it was an
    // integer (isSingleton) is decided on the double given, before rounding. Throws Error for
    // fold == kReservedFold.
    void append(std::string_view bases, double value, std::optional<int> fold = std::nullopt);
    // Adds a row with several values, one per class of a multi-label set; value(row) is the
    // first. Every row of a set has the same number of values (Error otherwise).
    void append(std::string_view bases, const std::vector<double>& values, std::optional<int> fold = std::nullopt);

    std::size_t size() const { return m_values.size(); }
    bool empty() const { return m_values.empty(); }
    std::size_t valuesPerRow() const { return m_valuesPerRow; }

    std::string bases(std::size_t row) const;
    PackedRow packed(std::size_t row) const;
    std::size_t lengthOf(std::size_t row) const;
    float value(std::size_t row) const { return m_values[row]; }
    // Value index (0 … valuesPerRow() - 1) of the row.
    float value(std::size_t row, std::size_t index) const
    {
        return index == 0 ? m_values[row] : m_moreValues[row * (m_valuesPerRow - 1) + index - 1];
    }
    bool isSingleton(std::size_t row) const { return m_singletons[row]; }
    std::optional<int> fold(std::size_t row) const;

    // Bytes allocated for the rows (buffer capacities, not only what is filled).
    std::size_t memoryBytes() const;

private:
    std::size_t startOf(std::size_t row) const { return row == 0 ? 0 : m_ends[row - 1]; }
    void appendRow(std::string_view bases, double value, std::optional<int> fold);

    std::vector<std::uint8_t> m_packed;
    // Byte offset past each row, where the next one starts: rows start on a byte boundary and
    // an odd-length row ends in a zero nibble (no IUPAC code is 0), so lengths need no storage.
    std::vector<std::uint64_t> m_ends;
    std::vector<float> m_values;
    // The second and later values of each row, for multi-label sets.
    std::vector<float> m_moreValues;
    std::size_t m_valuesPerRow = 1;
    std::vector<bool> m_singletons;
    // Empty until the first row with a fold arrives; kReservedFold marks rows without one.
    std::vector<std::int32_t> m_folds;
};

// MurmurHash3_x86_32 (Austin Appleby's reference algorithm, little-endian blocks): the hash
// behind the official LegNet validation split, mmh3.hash(seq, seed, signed=False).
std::uint32_t murmurHash3(std::string_view bytes, std::uint32_t seed);

// The official LegNet fold of a sequence: murmurHash3(bases, seed) % 10, 0…9.
int sequenceFold(std::string_view bases, std::uint32_t seed = 42);

// Whether a measured value is an integer: the official is_singleton channel (float.is_integer),
// set for values that came from a single cell-sorting observation. False for NaN and infinities.
bool isSingleton(double value);

// A multi-label row's labels, one per column: the first column is the one the reader was told
// to give as the measured value, the others come from the record's metadata (header names
// matched without regard to case). nullopt, with the reason, when one is missing or not a number.
std::optional<std::vector<double>> labelsOf(const SequenceRecord& record, const std::vector<std::string>& columns,
                                            std::string& reason);

// The variable part of a reporter read, for matching the same construct across file formats.
// Leading and trailing N padding (Vaishnav's tables left-pad short reads to 110 nt) is
// dropped first. When the read contains the 17-nt left adapter TGCATTTTTTTCACATC (at the
// start of a DREAM read, after "AAC" in a Native80 read), the insert starts after its first
// occurrence and ends before the last occurrence of the right adapter GGTTACGGCTGTT after it,
// or 80 nt later when there is none. Otherwise the whole (trimmed) read is the insert, so a
// file of bare 80-nt inserts matches reads with adapters. Expects upper-case bases.
std::string_view insertOf(std::string_view read);

struct TrainingSetOptions {
    // Rows of this fold (by hash, or by the file's fold column) go to the validation set;
    // -1: no validation split from the training file. The hash is sequenceFold(read,
    // hashSeed) of the read as the reader gives it (upper case), where the official code
    // hashes the file's text: the same folds for upper-case files such as DREAM's.
    int validFold = -1;
    // Split by the training file's fold column instead of the sequence hash; rows without a
    // fold are then rejected. Ignored with validFile.
    bool useFoldColumn = false;
    std::uint32_t hashSeed = 42;
    // Keep only the first row of each distinct sequence (the full read, after the reader
    // upper-cases it). The official LegNet code does not deduplicate; the first row is kept
    // rather than an average because averages of bin values would no longer be integers and
    // so change is_singleton. With validFile, the validation file is read first, so a sequence
    // in both files stays in validation and leaves training.
    bool deduplicate = false;
    // Tables, FASTA or text files (any format SequenceReader opens, read with default options)
    // whose inserts (insertOf) are removed from both training and validation sets.
    std::vector<std::string> excludeFiles;
    // An explicit validation file instead of a fold (then validFold must be -1).
    std::string validFile;
    // How to read the training and validation files (columns, delimiter, format).
    ReaderOptions reader;
    // For multi-label sets: the table columns holding the labels (0 or 1), one per class, in
    // the order of the model's outputs. The first is read as the measured column; rows lacking
    // a number in any of them are rejected.
    std::vector<std::string> labelColumns;
};

struct TrainingData {
    PackedSequences train;
    PackedSequences valid;
    // The first SequenceReader::kMaxKeptRejections rejected rows of the training and
    // validation files, in reading order: the reader's (bad bases, bad numbers) and rows
    // without a measured value or, with useFoldColumn, without a fold.
    std::vector<RejectedRecord> rejected;
    std::size_t rejectedCount = 0;
    std::size_t duplicatesRemoved = 0;
    // Rows whose insert appears in an exclusion file; a row that is both excluded and a
    // duplicate counts here only.
    std::size_t excludedCount = 0;
};

// Loads a training set in one pass over each file (exclusion files first, then the validation
// file, then the training file), holding only the packed rows and, when asked for, two to
// four 8-byte slots a row for deduplication and 8 bytes per excluded insert. Every row gets its
// fold (the file's with useFoldColumn, else the hash fold; with validFile only the file's).
// Progress is reported in bytes read over all files.
//
// Throws Error for contradictory options (validFold and validFile both, a hash fold outside
// 0…9), InputError as SequenceReader does, and InputError when no training row is left or a
// requested validation fold or file has no rows, saying why. Throws Cancelled when cancel
// is set (checked every few thousand rows).
TrainingData loadTrainingData(const std::string& trainPath, const TrainingSetOptions& options,
                              const ProgressCallback& progress = {}, const CancellationToken& cancel = {});

}  // namespace promoterlab
