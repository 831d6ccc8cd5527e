// SPDX-License-Identifier: GPL-3.0-or-later
// Buffered line reading over zlib's gzread, which also reads uncompressed files as they are.
#include "line_source.h"

#include "promoterlab/errors.h"

#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

namespace promoterlab {

namespace {

// Large reads keep zlib and the line splitter out of each other's way; 256 KiB is past
// the point where a bigger buffer stops helping.
constexpr unsigned kReadChunk = 256 * 1024;
// How much of the start of the file decides whether it is text.
constexpr std::size_t kSniffBytes = 8192;

bool startsWith(std::string_view data, std::string_view prefix)
{
    return data.substr(0, prefix.size()) == prefix;
}

// The compressed and office formats people drop by mistake, named so that the message
// can say what to do instead of only "not text".
const char* recognisedForeignFormat(std::string_view head)
{
    if (startsWith(head, "\xFD" "7zXZ"))
        return "is compressed with xz, which PromoterLab cannot read; decompress it or compress it with gzip";
    if (startsWith(head, "BZh") && head.size() > 3 && head[3] >= '1' && head[3] <= '9')
        return "is compressed with bzip2, which PromoterLab cannot read; decompress it or compress it with gzip";
    if (startsWith(head, "\x28\xB5\x2F\xFD"))
        return "is compressed with zstd, which PromoterLab cannot read; decompress it or compress it with gzip";
    if (startsWith(head, "PK\x03\x04"))
        return "is a ZIP archive (an Excel workbook?); export the sheet as CSV or unzip it first";
    if (startsWith(head, "\xFF\xFE") || startsWith(head, "\xFE\xFF"))
        return "is UTF-16 text (Excel's \"Unicode text\"); save it as UTF-8 or plain text";
    return nullptr;
}

}  // namespace

LineSource::LineSource(std::string sourceName, gzFile_s* file, std::uint64_t totalBytes)
    : m_sourceName(std::move(sourceName))
    , m_file(file)
    , m_totalBytes(totalBytes)
{
}

LineSource::~LineSource()
{
    if (m_file)
        gzclose(m_file);
}

std::unique_ptr<LineSource> LineSource::openFile(const std::string& path)
{
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (error || !std::filesystem::exists(status))
        throw InputError(path, 0, "cannot be opened: " + (error ? error.message() : std::string("no such file")));
    if (std::filesystem::is_directory(status))
        throw InputError(path, 0, "is a folder, not a sequence file");
    const auto size = std::filesystem::file_size(path, error);

    errno = 0;
    gzFile file = gzopen(path.c_str(), "rb");
    if (!file)
        throw InputError(path, 0, std::string("cannot be opened: ") + (errno ? std::strerror(errno) : "out of memory"));
    gzbuffer(file, kReadChunk);
    std::unique_ptr<LineSource> source(new LineSource(path, file, error ? 0 : size));
    source->m_buffer.resize(kReadChunk);
    source->refill();
    source->checkLooksLikeText();
    return source;
}

std::unique_ptr<LineSource> LineSource::fromText(std::string text, std::string sourceName)
{
    const std::uint64_t size = text.size();
    std::unique_ptr<LineSource> source(new LineSource(std::move(sourceName), nullptr, size));
    source->m_buffer = std::move(text);
    source->m_end = source->m_buffer.size();
    source->checkLooksLikeText();
    return source;
}

void LineSource::checkLooksLikeText()
{
    if (m_end == 0) {
        throwIfFailed();
        throw InputError(m_sourceName, 0, "is empty");
    }
    const std::string_view head(m_buffer.data(), std::min(m_end, kSniffBytes));
    if (const char* reason = recognisedForeignFormat(head))
        throw InputError(m_sourceName, 0, reason);
    // A UTF-8 byte-order mark (Excel's "CSV UTF-8") would otherwise glue itself to the
    // first header name or sequence.
    if (startsWith(head, "\xEF\xBB\xBF"))
        m_position = 3;
    // Text never holds NUL bytes; a few stray control characters may come from an editor,
    // but many of them mean a binary file.
    std::size_t controlBytes = 0;
    for (const char c : head) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte == 0)
            throw InputError(m_sourceName, 0,
                             "is not a text sequence file (it holds binary data); expected FASTA, plain text, "
                             "CSV or TSV, optionally gzip-compressed");
        if ((byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r' && byte != '\f' && byte != '\v')
            || byte == 0x7F)
            ++controlBytes;
    }
    if (controlBytes * 20 > head.size())
        throw InputError(m_sourceName, 0,
                         "is not a text sequence file (it holds binary data); expected FASTA, plain text, "
                         "CSV or TSV, optionally gzip-compressed");
}

bool LineSource::refill()
{
    // In-memory text is one buffer from the start; keeping its position keeps bytesConsumed.
    if (!m_file || !m_failure.empty())
        return false;
    m_position = 0;
    m_end = 0;
    const int count = gzread(m_file, m_buffer.data(), kReadChunk);
    if (count > 0) {
        m_end = static_cast<std::size_t>(count);
        return true;
    }
    // gzread reports a stream cut short as a clean end; only gzerror tells them apart.
    int errorCode = Z_OK;
    const char* message = gzerror(m_file, &errorCode);
    if (errorCode == Z_ERRNO)
        m_failure = std::string("could not be read: ") + std::strerror(errno);
    else if (errorCode != Z_OK) {
        // zlib puts the path before its message; the InputError names the file already.
        std::string_view reason = message;
        const std::string pathPrefix = m_sourceName + ": ";
        if (reason.substr(0, pathPrefix.size()) == pathPrefix)
            reason.remove_prefix(pathPrefix.size());
        m_failure = "is truncated or corrupt (gzip): " + std::string(reason);
    }
    return false;
}

void LineSource::unread(std::string line, std::size_t lineNumber)
{
    m_unread.emplace_back(std::move(line), lineNumber);
}

bool LineSource::nextLine(std::string_view& line)
{
    if (!m_unread.empty()) {
        m_carry = std::move(m_unread.back().first);
        m_lineNumber = m_unread.back().second;
        m_unread.pop_back();
        line = m_carry;
        return true;
    }
    m_carry.clear();
    bool carrying = false;
    for (;;) {
        if (m_position < m_end) {
            const char* start = m_buffer.data() + m_position;
            const std::size_t available = m_end - m_position;
            const auto* newline = static_cast<const char*>(std::memchr(start, '\n', available));
            if (newline) {
                const std::size_t length = static_cast<std::size_t>(newline - start);
                m_position += length + 1;
                if (carrying) {
                    m_carry.append(start, length);
                    line = m_carry;
                } else {
                    line = std::string_view(start, length);
                }
                break;
            }
            m_carry.append(start, available);
            carrying = true;
            m_position = m_end;
        }
        if (!refill()) {
            // A line cut by a read error may be a cut sequence: better lost than wrong.
            if (!m_failure.empty() || !carrying)
                return false;
            line = m_carry;
            break;
        }
    }
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    m_lineNumber = ++m_linesFromSource;
    return true;
}

void LineSource::throwIfFailed() const
{
    if (!m_failure.empty())
        throw InputError(m_sourceName, m_linesFromSource + 1, m_failure);
}

std::uint64_t LineSource::bytesConsumed() const
{
    if (!m_file)
        return m_position;
    const auto offset = gzoffset(m_file);
    return offset < 0 ? 0 : static_cast<std::uint64_t>(offset);
}

}  // namespace promoterlab
