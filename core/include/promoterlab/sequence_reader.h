// SPDX-License-Identifier: GPL-3.0-or-later
// Streaming reader of sequence files: FASTA, plain text and CSV/TSV tables, optionally gzip-compressed.
#pragma once

#include "promoterlab/sequence.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace promoterlab {

enum class SequenceFormat {
    Auto,       // decided from the first non-blank line after decompression
    Fasta,      // '>' headers (name = first word, rest = "description"), ';' comments, multi-line
    PlainText,  // one sequence a line, named seq1, seq2, ... in order
    Table,      // CSV/TSV with or without a header row, RFC 4180 quoting
};

// How to read a table. Column names match header names case-insensitively; an empty name
// means "find it": the sequence column by its name (seq, sequence) or else by content, the
// name column by name (name, id) or an unnamed first column, the measured column by name
// (expression, measured, Measured Expression, EL.combined, EL, value, y) or, in a file
// without a header, the first numeric column right of the sequences; the fold by "fold".
// An empty measured or fold field, NA, N/A or NaN means "not measured". The other columns
// become metadata under their header names (column1, column2, ... without a header).
// Records without a name are called seq1, seq2, ... after their place among the records.
struct ReaderOptions {
    SequenceFormat format = SequenceFormat::Auto;
    std::string sequenceColumn;
    std::string nameColumn;
    std::string measuredColumn;
    std::string foldColumn;
    char delimiter = 0;  // 0: tab, comma or semicolon, whichever the first line uses
};

// A record left out, and why, in words for the user.
struct RejectedRecord {
    std::string file;
    std::size_t line = 0;
    std::string reason;
};

// Reads one record at a time in bounded memory, however large the file: only the current
// record, a read buffer and (for tables) the first rows used to recognise the columns are
// held. Records that fail validation are skipped and listed in rejected(); reading goes on.
//
//     SequenceReader reader("library.tsv.gz");
//     SequenceRecord record;
//     while (reader.next(record)) { ... }
//     // reader.rejected(), reader.rejectedCount()
class SequenceReader {
public:
    // The number of rejections whose reasons are kept; later ones are only counted.
    static constexpr std::size_t kMaxKeptRejections = 1000;

    // Opens a file, gzip and bgzip (multi-member gzip) included, recognised by magic bytes.
    // Throws InputError naming the path when the file cannot be opened, is empty, is not
    // text, or is a table without a recognisable sequence column or named columns.
    explicit SequenceReader(const std::string& path, const ReaderOptions& options = {});
    // Reads pasted text; sourceName stands for the file name in messages.
    static SequenceReader fromText(std::string text, std::string sourceName = "pasted text",
                                   const ReaderOptions& options = {});

    ~SequenceReader();
    SequenceReader(SequenceReader&&) noexcept;
    SequenceReader& operator=(SequenceReader&&) noexcept;

    // Fills out with the next valid record; false at the end. Throws InputError when the
    // file turns out to be truncated or corrupt (gzip) or cannot be read further: records
    // returned before stay valid, the record being read when it happened is lost, and
    // later calls return false.
    bool next(SequenceRecord& out);

    // The first kMaxKeptRejections rejections, in file order.
    const std::vector<RejectedRecord>& rejected() const;
    // All rejections, including those whose reasons were not kept.
    std::size_t rejectedCount() const;
    std::size_t acceptedCount() const;

    // The format in use (never Auto), and for tables the delimiter (0 otherwise).
    SequenceFormat format() const;
    char delimiter() const;
    const std::string& sourceName() const;
    // For progress: file bytes consumed so far (compressed bytes for gzip) and file size.
    std::uint64_t bytesRead() const;
    std::uint64_t fileSize() const;

private:
    struct Impl;
    explicit SequenceReader(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

// Reads a whole file into memory. Rejections go to *rejected when given (at most
// SequenceReader::kMaxKeptRejections of them). Throws as SequenceReader does.
std::vector<SequenceRecord> readAllSequences(const std::string& path, const ReaderOptions& options = {},
                                             std::vector<RejectedRecord>* rejected = nullptr);

}  // namespace promoterlab
