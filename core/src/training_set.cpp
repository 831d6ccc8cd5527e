// SPDX-License-Identifier: GPL-3.0-or-later
// Packed storage, MurmurHash3 folds, insert matching and the one-pass loader behind training_set.h.
#include "promoterlab/training_set.h"

#include "delimited_text.h"
#include "number_text.h"
#include "promoterlab/errors.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <filesystem>
#include <map>

namespace promoterlab {

namespace {

constexpr std::string_view kLeftAdapter = "TGCATTTTTTTCACATC";
constexpr std::string_view kRightAdapter = "GGTTACGGCTGTT";
constexpr std::size_t kInsertLength = 80;
constexpr int kHashFolds = 10;

// Bit masks over A = 1, C = 2, G = 4, T = 8, indexed by the code: the inverse of codeTable().
constexpr std::array<char, 16> kBaseOfCode = {0,   'A', 'C', 'M', 'G', 'R', 'S', 'V',
                                              'T', 'W', 'Y', 'H', 'K', 'D', 'B', 'N'};

// Every byte's 4-bit code, either case; 0 for bytes that are not nucleotides.
const std::array<std::uint8_t, 256>& codeTable()
{
    static const std::array<std::uint8_t, 256> table = [] {
        std::array<std::uint8_t, 256> result{};
        for (std::uint8_t code = 1; code < 16; ++code) {
            const char base = kBaseOfCode[code];
            result[static_cast<unsigned char>(base)] = code;
            result[static_cast<unsigned char>(base - 'A' + 'a')] = code;
        }
        return result;
    }();
    return table;
}

// Appends the bases two to a byte; returns the index of the first non-nucleotide or npos.
// On failure out holds a partial row, which the caller removes.
std::size_t packBases(std::string_view bases, std::vector<std::uint8_t>& out)
{
    const auto& table = codeTable();
    std::size_t i = 0;
    for (; i + 1 < bases.size(); i += 2) {
        const std::uint8_t high = table[static_cast<unsigned char>(bases[i])];
        const std::uint8_t low = table[static_cast<unsigned char>(bases[i + 1])];
        if (high == 0 || low == 0)
            return high == 0 ? i : i + 1;
        out.push_back(static_cast<std::uint8_t>(high << 4 | low));
    }
    if (i < bases.size()) {
        const std::uint8_t high = table[static_cast<unsigned char>(bases[i])];
        if (high == 0)
            return i;
        out.push_back(static_cast<std::uint8_t>(high << 4));
    }
    return std::string_view::npos;
}

std::string_view bytesOf(const PackedRow& row)
{
    return {reinterpret_cast<const char*>(row.bytes), (row.length + 1) / 2};
}

std::uint32_t rotateLeft(std::uint32_t x, int bits)
{
    return x << bits | x >> (32 - bits);
}

// The 64-bit key of an insert in the exclusion set: two 32-bit MurmurHash3 values under
// different seeds, which behave as independent for this purpose. A false match drops a
// training row with probability about (excluded inserts × rows) / 2^64: 4e-8 for 100,000
// test inserts against 7 million rows, for 8 bytes an insert instead of the insert itself.
std::uint64_t insertKey(std::string_view insert)
{
    return static_cast<std::uint64_t>(murmurHash3(insert, 0x9747B28Cu)) << 32 | murmurHash3(insert, 0x5BD1E995u);
}

// Finds rows already seen, exactly: an open-addressing table, at most half full, of row
// references tagged with the hash of the row's packed bytes. Only a candidate with the same
// hash is compared byte for byte with the packed row itself, so no sequence is stored twice,
// a hash collision cannot remove a distinct sequence, and a lookup rarely touches the rows
// (random reads into hundreds of megabytes, which made an untagged table six times slower).
class DuplicateFilter {
public:
    DuplicateFilter(const PackedSequences& valid, const PackedSequences& train)
        : m_valid(valid)
        , m_train(train)
    {
    }

    // Sizes the table for this many rows in all, so that it is not rebuilt as it fills.
    void reserve(std::size_t rows)
    {
        std::size_t slots = kInitialSlots;
        while (slots < rows * 2)
            slots *= 2;
        if (slots > m_slots.size())
            rebuild(slots);
    }

    // Whether a row with these (valid) bases was added before. When not, the next add()
    // records the row that the caller appends for them.
    bool isDuplicate(std::string_view bases)
    {
        if ((m_count + 1) * 2 > m_slots.size())
            rebuild(std::max(kInitialSlots, m_slots.size() * 2));
        m_scratch.clear();
        packBases(bases, m_scratch);
        const std::string_view packed(reinterpret_cast<const char*>(m_scratch.data()), m_scratch.size());
        m_pendingHash = murmurHash3(packed, 0);
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t slot = m_pendingHash & mask;; slot = (slot + 1) & mask) {
            const Slot& candidate = m_slots[slot];
            if (candidate.entry == kEmpty) {
                m_pendingSlot = slot;
                return false;
            }
            if (candidate.hash == m_pendingHash && bytesOf(rowOf(candidate.entry)) == packed)
                return true;
        }
    }

    void add(bool inValid, std::size_t row)
    {
        if (row >= kValidBit)
            throw Error("deduplication handles at most 2,147,483,647 rows a set");
        m_slots[m_pendingSlot] = {m_pendingHash, static_cast<std::uint32_t>(row) | (inValid ? kValidBit : 0)};
        ++m_count;
    }

private:
    struct Slot {
        std::uint32_t hash = 0;
        std::uint32_t entry = kEmpty;  // the row, with kValidBit for a validation row
    };
    static constexpr std::uint32_t kEmpty = 0xFFFFFFFFu;
    static constexpr std::uint32_t kValidBit = 0x80000000u;
    static constexpr std::size_t kInitialSlots = std::size_t(1) << 16;

    PackedRow rowOf(std::uint32_t entry) const
    {
        const std::size_t row = entry & ~kValidBit;
        return (entry & kValidBit) != 0 ? m_valid.packed(row) : m_train.packed(row);
    }

    void rebuild(std::size_t slotCount)
    {
        std::vector<Slot> old(slotCount);
        old.swap(m_slots);
        const std::size_t mask = m_slots.size() - 1;
        for (const Slot& slot : old) {
            if (slot.entry == kEmpty)
                continue;
            std::size_t index = slot.hash & mask;
            while (m_slots[index].entry != kEmpty)
                index = (index + 1) & mask;
            m_slots[index] = slot;
        }
    }

    const PackedSequences& m_valid;
    const PackedSequences& m_train;
    std::vector<Slot> m_slots;
    std::size_t m_count = 0;
    std::vector<std::uint8_t> m_scratch;
    std::size_t m_pendingSlot = 0;
    std::uint32_t m_pendingHash = 0;
};

std::string rowCount(std::size_t count)
{
    return std::to_string(count) + (count == 1 ? " row" : " rows");
}

// What happened to the rows of one file, for the messages about empty sets.
struct FileTally {
    std::size_t rows = 0;  // all records, the reader's rejections included once the file is read
    std::size_t rejected = 0;
    std::size_t excluded = 0;
    std::size_t duplicates = 0;
    std::size_t toTrain = 0;
    std::size_t toValid = 0;
};

class TrainingSetLoader {
public:
    TrainingSetLoader(const std::string& trainPath, const TrainingSetOptions& options,
                      const ProgressCallback& progress, const CancellationToken& cancel)
        : m_trainPath(trainPath)
        , m_options(options)
        , m_progress(progress)
        , m_cancel(cancel)
        , m_duplicates(m_data.valid, m_data.train)
    {
        checkOptions();
        m_totalBytes = fileSizeOf(trainPath) + fileSizeOf(options.validFile);
        for (const auto& path : options.excludeFiles)
            m_totalBytes += fileSizeOf(path);
    }

    TrainingData load()
    {
        m_cancel.throwIfCancelled();
        for (const auto& path : m_options.excludeFiles)
            readExclusions(path);
        std::sort(m_excluded.begin(), m_excluded.end());
        m_excluded.erase(std::unique(m_excluded.begin(), m_excluded.end()), m_excluded.end());

        if (!m_options.validFile.empty()) {
            const FileTally tally = readRows(m_options.validFile, Role::Validation);
            if (m_data.valid.empty())
                throw InputError(m_options.validFile, 0,
                                 "no validation rows left: " + describe(tally, m_options.validFile));
        }
        const FileTally tally = readRows(m_trainPath, Role::Training);
        if (m_data.train.empty())
            throw InputError(m_trainPath, 0, "no training rows left: " + describe(tally, m_trainPath));
        if (m_options.validFold >= 0 && m_data.valid.empty())
            throw InputError(m_trainPath, 0,
                             "validation fold " + std::to_string(m_options.validFold) + " has no rows ("
                                 + describeFolds() + "): choose another fold");
        m_data.train.trimExcessCapacity();
        m_data.valid.trimExcessCapacity();
        return std::move(m_data);
    }

private:
    enum class Role { Training, Validation };

    // Often enough that Cancel answers within milliseconds, rarely enough to cost nothing.
    static constexpr std::size_t kPollRows = 4096;
    // Bytes of the training file after which its row count is estimated: far past the reader's
    // 256 KB read chunks, so that the bytes consumed say how many rows they held.
    static constexpr std::uint64_t kEstimateAfterBytes = 8u << 20;
    // Distinct folds remembered for the message about an empty validation fold.
    static constexpr std::size_t kMaxFoldsShown = 32;

    void checkOptions() const
    {
        const int fold = m_options.validFold;
        if (fold < -1)
            throw Error("validation fold " + std::to_string(fold) + " is not a fold: use 0 or more, or -1 for none");
        if (fold >= 0 && !m_options.validFile.empty())
            throw Error("give a validation fold or a validation file, not both");
        if (fold >= kHashFolds && !m_options.useFoldColumn)
            throw Error("validation fold " + std::to_string(fold)
                        + " does not exist: folds by sequence hash are 0 to 9 (or split by the file's fold column)");
    }

    static std::uint64_t fileSizeOf(const std::string& path)
    {
        if (path.empty())
            return 0;
        std::error_code error;
        const auto size = std::filesystem::file_size(path, error);
        return error ? 0 : size;  // the reader says what is wrong with the file
    }

    void reportProgress(std::uint64_t bytesInFile)
    {
        if (m_progress)
            m_progress(static_cast<std::size_t>(std::min(m_doneBytes + bytesInFile, m_totalBytes)),
                       static_cast<std::size_t>(m_totalBytes));
    }

    void poll(std::uint64_t bytesInFile)
    {
        m_cancel.throwIfCancelled();
        reportProgress(bytesInFile);
    }

    void readExclusions(const std::string& path)
    {
        SequenceReader reader(path);
        SequenceRecord record;
        for (std::size_t count = 1; reader.next(record); ++count) {
            m_excluded.push_back(insertKey(insertOf(record.bases)));
            if (count % kPollRows == 0)
                poll(reader.bytesRead());
        }
        m_doneBytes += reader.fileSize();
        poll(0);
    }

    FileTally readRows(const std::string& path, Role role)
    {
        SequenceReader reader(path, tableOptions());
        FileTally tally;
        std::size_t readerRejectionsTaken = 0;
        bool reserved = role == Role::Validation;
        SequenceRecord record;
        while (reader.next(record)) {
            // The reader's rejections up to here precede this record in the file.
            takeRejections(reader.rejected(), readerRejectionsTaken);
            ++tally.rows;
            addRow(record, role, reader.sourceName(), tally);
            if (tally.rows % kPollRows == 0) {
                poll(reader.bytesRead());
                if (!reserved && reader.bytesRead() >= kEstimateAfterBytes) {
                    reserveForRest(reader, tally);
                    reserved = true;
                }
            }
        }
        takeRejections(reader.rejected(), readerRejectionsTaken);
        tally.rows += reader.rejectedCount();
        tally.rejected += reader.rejectedCount();
        m_data.rejectedCount += reader.rejectedCount();
        m_doneBytes += reader.fileSize();
        poll(0);
        return tally;
    }

    void takeRejections(const std::vector<RejectedRecord>& fromReader, std::size_t& taken)
    {
        for (; taken < fromReader.size(); ++taken)
            keepRejection(fromReader[taken]);
    }

    void keepRejection(RejectedRecord rejection)
    {
        if (m_data.rejected.size() < SequenceReader::kMaxKeptRejections)
            m_data.rejected.push_back(std::move(rejection));
    }

    void reject(const std::string& file, std::size_t line, std::string reason, FileTally& tally)
    {
        keepRejection({file, line, std::move(reason)});
        ++m_data.rejectedCount;
        ++tally.rejected;
    }

    ReaderOptions tableOptions() const
    {
        ReaderOptions options = m_options.reader;
        if (!m_options.labelColumns.empty())
            options.measuredColumn = m_options.labelColumns.front();
        return options;
    }

    void addRow(const SequenceRecord& record, Role role, const std::string& file, FileTally& tally)
    {
        if (!record.measured) {
            reject(file, record.line,
                   m_options.labelColumns.empty()
                       ? "no measured value (an empty, NA or NaN field, or a file without a value column): "
                         "training needs one for every row"
                       : "no label in column '" + m_options.labelColumns.front() + "': training needs one for "
                         "every class",
                   tally);
            return;
        }
        std::vector<double> labels;
        if (m_options.labelColumns.size() > 1) {
            std::string reason;
            auto found = labelsOf(record, m_options.labelColumns, reason);
            if (!found) {
                reject(file, record.line, reason, tally);
                return;
            }
            labels = std::move(*found);
        }
        std::optional<int> fold = record.fold;
        const bool splitting = role == Role::Training && m_options.validFile.empty();
        if (m_options.useFoldColumn && splitting && !fold) {
            reject(file, record.line, "no fold (an empty, NA or NaN field, or a file without a fold column): "
                                      "splitting by the fold column needs one for every row",
                   tally);
            return;
        }
        if (splitting && !m_options.useFoldColumn)
            fold = sequenceFold(record.bases, m_options.hashSeed);
        if (fold == PackedSequences::kReservedFold) {
            reject(file, record.line, "the fold " + std::to_string(*fold) + " is out of range", tally);
            return;
        }
        if (!m_excluded.empty() && std::binary_search(m_excluded.begin(), m_excluded.end(),
                                                      insertKey(insertOf(record.bases)))) {
            ++m_data.excludedCount;
            ++tally.excluded;
            return;
        }
        const bool toValid = role == Role::Validation || (splitting && fold == m_options.validFold);
        if (m_options.deduplicate && m_duplicates.isDuplicate(record.bases)) {
            ++m_data.duplicatesRemoved;
            ++tally.duplicates;
            return;
        }
        PackedSequences& target = toValid ? m_data.valid : m_data.train;
        if (labels.empty())
            target.append(record.bases, *record.measured, fold);
        else
            target.append(record.bases, labels, fold);
        if (m_options.deduplicate)
            m_duplicates.add(toValid, target.size() - 1);
        ++(toValid ? tally.toValid : tally.toTrain);
        if (fold && (m_foldCounts.size() < kMaxFoldsShown || m_foldCounts.count(*fold) != 0))
            ++m_foldCounts[*fold];
    }

    // Sizes both sets for the rest of the training file from what the bytes read so far gave
    // them (after rejections, exclusions and duplicates), so that their buffers are allocated
    // once instead of being copied as they grow.
    void reserveForRest(const SequenceReader& reader, const FileTally& tally)
    {
        const double read = static_cast<double>(reader.bytesRead());
        const double rest = static_cast<double>(reader.fileSize()) - read;
        if (rest <= 0)
            return;
        // A margin for rows that run a little longer or denser than the first ones.
        const double scale = 1.05 * rest / read;
        const double moreTrain = scale * static_cast<double>(tally.toTrain);
        const double moreValid = scale * static_cast<double>(tally.toValid);
        reserveMore(m_data.train, moreTrain);
        reserveMore(m_data.valid, moreValid);
        if (m_options.deduplicate)
            m_duplicates.reserve(m_data.train.size() + m_data.valid.size()
                                 + static_cast<std::size_t>(moreTrain + moreValid));
    }

    static void reserveMore(PackedSequences& set, double moreRows)
    {
        if (set.empty())
            return;
        std::size_t bases = 0;
        for (std::size_t row = 0; row < set.size(); ++row)
            bases += set.lengthOf(row);
        const double meanLength = static_cast<double>(bases) / static_cast<double>(set.size());
        const auto rows = set.size() + static_cast<std::size_t>(moreRows);
        set.reserve(rows, bases + static_cast<std::size_t>(moreRows * meanLength));
    }

    std::string describe(const FileTally& tally, const std::string& file) const
    {
        std::string text = rowCount(tally.rows) + " read";
        const auto part = [&text](std::size_t count, const std::string& what) {
            if (count > 0)
                text += ", " + std::to_string(count) + " " + what;
        };
        part(tally.rejected, "rejected");
        part(tally.excluded, "excluded as test inserts");
        part(tally.duplicates, "duplicates");
        if (m_options.validFile.empty())
            part(tally.toValid, "in validation fold " + std::to_string(m_options.validFold));
        for (const RejectedRecord& rejection : m_data.rejected) {
            if (rejection.file == file) {
                text += "; first rejection, line " + std::to_string(rejection.line) + ": " + rejection.reason;
                break;
            }
        }
        return text;
    }

    std::string describeFolds() const
    {
        if (m_foldCounts.empty())
            return "no row has a fold";
        std::string text = m_options.useFoldColumn ? "the fold column holds" : "the sequences hash to";
        const char* separator = " ";
        for (const auto& [fold, count] : m_foldCounts) {
            text += separator + std::to_string(fold) + " (" + rowCount(count) + ")";
            separator = ", ";
        }
        return text;
    }

    const std::string& m_trainPath;
    const TrainingSetOptions& m_options;
    const ProgressCallback& m_progress;
    const CancellationToken& m_cancel;
    TrainingData m_data;
    DuplicateFilter m_duplicates;
    std::vector<std::uint64_t> m_excluded;  // sorted insert keys
    std::map<int, std::size_t> m_foldCounts;
    std::uint64_t m_totalBytes = 0;
    std::uint64_t m_doneBytes = 0;
};

}  // namespace

void PackedSequences::reserve(std::size_t rows, std::size_t bases)
{
    // Half a byte a base, and half a byte more for each odd-length row at most.
    m_packed.reserve(bases / 2 + rows / 2 + 1);
    m_ends.reserve(rows);
    m_values.reserve(rows);
    m_singletons.reserve(rows);
    if (!m_folds.empty())
        m_folds.reserve(rows);
}

void PackedSequences::trimExcessCapacity()
{
    // Above a quarter spare; below that, a copy of the whole buffer costs more than the room.
    const auto trim = [](auto& buffer) {
        if (buffer.capacity() > buffer.size() + buffer.size() / 4)
            buffer.shrink_to_fit();
    };
    trim(m_packed);
    trim(m_ends);
    trim(m_values);
    trim(m_singletons);
    trim(m_folds);
}

void PackedSequences::append(std::string_view bases, double value, std::optional<int> fold)
{
    if (m_valuesPerRow != 1)
        throw Error("this set holds " + std::to_string(m_valuesPerRow) + " values a row, not 1");
    appendRow(bases, value, fold);
}

void PackedSequences::append(std::string_view bases, const std::vector<double>& values, std::optional<int> fold)
{
    if (values.empty())
        throw Error("a row needs at least one value");
    if (empty())
        m_valuesPerRow = values.size();
    else if (values.size() != m_valuesPerRow)
        throw Error("this set holds " + std::to_string(m_valuesPerRow) + " values a row, not "
                    + std::to_string(values.size()));
    appendRow(bases, values.front(), fold);
    for (std::size_t i = 1; i < values.size(); ++i)
        m_moreValues.push_back(static_cast<float>(values[i]));
}

void PackedSequences::appendRow(std::string_view bases, double value, std::optional<int> fold)
{
    if (fold == kReservedFold)
        throw Error("fold " + std::to_string(kReservedFold) + " is reserved for rows without a fold");
    const std::size_t start = m_packed.size();
    const std::size_t bad = packBases(bases, m_packed);
    if (bad != std::string_view::npos) {
        m_packed.resize(start);
        throw Error(std::string("'") + bases[bad] + "' at position " + std::to_string(bad + 1)
                    + " is not a nucleotide (allowed: A, C, G, T and IUPAC codes)");
    }
    m_ends.push_back(m_packed.size());
    m_values.push_back(static_cast<float>(value));
    m_singletons.push_back(promoterlab::isSingleton(value));
    if (fold || !m_folds.empty()) {
        if (m_folds.empty()) {
            m_folds.reserve(m_values.capacity());
            m_folds.assign(m_values.size() - 1, kReservedFold);
        }
        m_folds.push_back(fold.value_or(kReservedFold));
    }
}

PackedRow PackedSequences::packed(std::size_t row) const
{
    return {m_packed.data() + startOf(row), lengthOf(row)};
}

std::size_t PackedSequences::lengthOf(std::size_t row) const
{
    const std::size_t bytes = m_ends[row] - startOf(row);
    if (bytes == 0)
        return 0;
    const bool padded = (m_packed[m_ends[row] - 1] & 0x0F) == 0;
    return 2 * bytes - (padded ? 1 : 0);
}

std::string PackedSequences::bases(std::size_t row) const
{
    const PackedRow packedRow = packed(row);
    std::string result(packedRow.length, '\0');
    for (std::size_t i = 0; i < packedRow.length; ++i)
        result[i] = kBaseOfCode[packedRow.code(i)];
    return result;
}

std::optional<int> PackedSequences::fold(std::size_t row) const
{
    if (m_folds.empty() || m_folds[row] == kReservedFold)
        return std::nullopt;
    return m_folds[row];
}

std::size_t PackedSequences::memoryBytes() const
{
    return m_packed.capacity() + m_ends.capacity() * sizeof(std::uint64_t) + (m_values.capacity() + m_moreValues.capacity()) * sizeof(float)
           + m_singletons.capacity() / 8 + m_folds.capacity() * sizeof(std::int32_t);
}

std::uint32_t murmurHash3(std::string_view bytes, std::uint32_t seed)
{
    constexpr std::uint32_t c1 = 0xCC9E2D51u;
    constexpr std::uint32_t c2 = 0x1B873593u;
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
    const std::size_t blocks = bytes.size() / 4;
    std::uint32_t h = seed;
    for (std::size_t i = 0; i < blocks; ++i) {
        // Assembled byte by byte: the reference reads blocks little-endian on x86, and this
        // gives the same on any byte order without an unaligned load.
        const unsigned char* block = data + 4 * i;
        std::uint32_t k = static_cast<std::uint32_t>(block[0]) | static_cast<std::uint32_t>(block[1]) << 8
                          | static_cast<std::uint32_t>(block[2]) << 16 | static_cast<std::uint32_t>(block[3]) << 24;
        k *= c1;
        k = rotateLeft(k, 15);
        k *= c2;
        h ^= k;
        h = rotateLeft(h, 13);
        h = h * 5 + 0xE6546B64u;
    }
    const unsigned char* tail = data + 4 * blocks;
    std::uint32_t k = 0;
    switch (bytes.size() & 3) {
    case 3:
        k ^= static_cast<std::uint32_t>(tail[2]) << 16;
        [[fallthrough]];
    case 2:
        k ^= static_cast<std::uint32_t>(tail[1]) << 8;
        [[fallthrough]];
    case 1:
        k ^= tail[0];
        k *= c1;
        k = rotateLeft(k, 15);
        k *= c2;
        h ^= k;
    }
    // The reference mixes in the length as a 32-bit int.
    h ^= static_cast<std::uint32_t>(bytes.size());
    h ^= h >> 16;
    h *= 0x85EBCA6Bu;
    h ^= h >> 13;
    h *= 0xC2B2AE35u;
    h ^= h >> 16;
    return h;
}

int sequenceFold(std::string_view bases, std::uint32_t seed)
{
    return static_cast<int>(murmurHash3(bases, seed) % kHashFolds);
}

bool isSingleton(double value)
{
    return std::isfinite(value) && std::trunc(value) == value;
}

std::optional<std::vector<double>> labelsOf(const SequenceRecord& record, const std::vector<std::string>& columns,
                                            std::string& reason)
{
    if (!record.measured) {
        reason = "no label in column '" + columns.front() + "'";
        return std::nullopt;
    }
    std::vector<double> labels{*record.measured};
    for (std::size_t i = 1; i < columns.size(); ++i) {
        const std::string& column = columns[i];
        const auto field = std::find_if(record.metadata.begin(), record.metadata.end(),
                                        [&](const auto& entry) { return equalsIgnoringCase(entry.first, column); });
        if (field == record.metadata.end()) {
            reason = "the table has no label column '" + column + "'";
            return std::nullopt;
        }
        const auto value = parseDecimal(field->second);
        if (!value) {
            reason = isMissingValue(field->second)
                ? "no label in column '" + column + "'"
                : "the label '" + field->second + "' in column '" + column + "' is not a number";
            return std::nullopt;
        }
        labels.push_back(*value);
    }
    return labels;
}

std::string_view insertOf(std::string_view read)
{
    const std::size_t first = read.find_first_not_of('N');
    if (first == std::string_view::npos)
        return read.substr(read.size());
    read = read.substr(first, read.find_last_not_of('N') + 1 - first);
    const std::size_t left = read.find(kLeftAdapter);
    if (left == std::string_view::npos)
        return read;
    const std::string_view rest = read.substr(left + kLeftAdapter.size());
    const std::size_t right = rest.rfind(kRightAdapter);
    return rest.substr(0, right == std::string_view::npos ? kInsertLength : right);
}

TrainingData loadTrainingData(const std::string& trainPath, const TrainingSetOptions& options,
                              const ProgressCallback& progress, const CancellationToken& cancel)
{
    return TrainingSetLoader(trainPath, options, progress, cancel).load();
}

}  // namespace promoterlab
