// SPDX-License-Identifier: GPL-3.0-or-later
// Line-by-line reading of a text file, plain or gzip/bgzip-compressed, or of in-memory text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

struct gzFile_s;

namespace promoterlab {

// Streams lines in bounded memory: one read buffer plus the longest line seen, so a
// 1 GB file and a single 1 MB line both cost about that line's size.
class LineSource {
public:
    // Opens a file; gzip (including multi-member gzip and bgzip) is recognised by its
    // magic bytes, not the file name. Throws InputError naming the path when the file
    // cannot be opened, is empty, is binary, or uses a compression zlib cannot read.
    static std::unique_ptr<LineSource> openFile(const std::string& path);
    // Reads text already in memory (pasted text); sourceName stands for the file name in
    // messages. Throws InputError as openFile does.
    static std::unique_ptr<LineSource> fromText(std::string text, std::string sourceName);

    ~LineSource();
    LineSource(const LineSource&) = delete;
    LineSource& operator=(const LineSource&) = delete;

    // The next line without its "\n" or "\r\n"; the view stays valid until the next call.
    // False at the end, and when reading failed: then throwIfFailed() throws. A last line
    // without a final newline is returned; a partial line cut by a read error is not.
    bool nextLine(std::string_view& line);
    // 1-based number of the line last returned.
    std::size_t lineNumber() const { return m_lineNumber; }
    // Makes nextLine return this line (with this number) before anything else: parsers
    // that had to look ahead give back what they did not use.
    void unread(std::string line, std::size_t lineNumber);
    // Throws the InputError that stopped reading (a truncated or corrupt gzip stream, a
    // read error); does nothing after a clean end.
    void throwIfFailed() const;

    const std::string& sourceName() const { return m_sourceName; }
    // Bytes of the file consumed so far (compressed bytes for gzip) and the file size,
    // for progress reports.
    std::uint64_t bytesConsumed() const;
    std::uint64_t totalBytes() const { return m_totalBytes; }

private:
    LineSource(std::string sourceName, gzFile_s* file, std::uint64_t totalBytes);
    bool refill();
    void checkLooksLikeText();

    std::string m_sourceName;
    gzFile_s* m_file = nullptr;  // null for in-memory text
    std::uint64_t m_totalBytes = 0;
    std::string m_buffer;
    std::size_t m_position = 0;  // next unread byte in m_buffer
    std::size_t m_end = 0;       // bytes of m_buffer holding data
    std::string m_carry;         // a line spanning buffer refills, or an unread line
    std::vector<std::pair<std::string, std::size_t>> m_unread;  // the next line is at the back
    std::size_t m_lineNumber = 0;
    std::size_t m_linesFromSource = 0;
    std::string m_failure;       // why reading stopped early; empty while all is well
};

}  // namespace promoterlab
