// SPDX-License-Identifier: GPL-3.0-or-later
// Scores variant tables on a worker thread of its own, one job at a time, in order.
#include "variant_service.h"

#include "promoterlab/model.h"
#include "promoterlab/predictor.h"

#include <QFile>

#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <utility>

namespace promoterlab::widgets {

namespace {

void appendRejections(QVector<LeftOutRecord>& listed, const std::vector<RejectedRecord>& rejected)
{
    for (const auto& record : rejected)
        listed.push_back({QString::fromStdString(record.file), static_cast<qint64>(record.line),
                          QString::fromStdString(record.reason)});
}

// The fields of a header line: split at the delimiter outside double quotes, quotes removed.
QStringList splitHeader(const std::string& line, char delimiter)
{
    QStringList fields;
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (c == '"' && quoted && i + 1 < line.size() && line[i + 1] == '"') {
            field += '"';
            ++i;
        } else if (c == '"') {
            quoted = !quoted;
        } else if (c == delimiter && !quoted) {
            fields.push_back(QString::fromStdString(field).trimmed());
            field.clear();
        } else {
            field += c;
        }
    }
    fields.push_back(QString::fromStdString(field).trimmed());
    return fields;
}

// Tab, comma or semicolon, the first that occurs outside quotes, as the core's table reader
// decides it; 0 when none does.
char headerDelimiter(const std::string& line)
{
    bool quoted = false;
    bool comma = false;
    bool semicolon = false;
    for (const char c : line) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && c == '\t')
            return '\t';
        comma = comma || (!quoted && c == ',');
        semicolon = semicolon || (!quoted && c == ';');
    }
    return comma ? ',' : semicolon ? ';' : 0;
}

}  // namespace

VariantService::VariantService(QObject* parent)
    : QObject(parent)
    , m_jobs(QStringLiteral("variants"),
             {[this](std::uint64_t job) { Q_EMIT cancelled(job); },
              [this](std::uint64_t job, const QString& message) { Q_EMIT failed(job, message); }})
{
}

std::uint64_t VariantService::score(VariantRequest request)
{
    if (!request.model)
        return m_jobs.reject(tr("No model is loaded: open one with File → Open Model before scoring variants."));
    return m_jobs.post([this, request = std::move(request)](const JobThread::Job& job) -> JobThread::Answer {
        const std::uint64_t number = job.number();
        const CancellationToken& cancel = job.cancellation();
        const auto reportNow
            = job.progressTo([this, number](qint64 done, qint64 total) { Q_EMIT progress(number, done, total); });
        cancel.throwIfCancelled();
        reportNow(0, 0);
        const std::string file = QFile::encodeName(request.path).toStdString();
        const VariantTable table = request.rows ? readVariantRows(file, request.sequences, request.columns)
                                                : readVariantPairs(file, request.columns);
        cancel.throwIfCancelled();
        const Predictor predictor(request.model);
        VariantEffects effects =
            predictVariantEffects(predictor, table.variants, throttledProgress(reportNow), cancel);

        VariantResult result;
        result.path = request.path;
        result.agreement = deltaAgreement(effects.effects);
        result.effects = std::move(effects.effects);
        result.rejectedCount = table.rejectedCount + effects.rejected.size();
        appendRejections(result.rejected, table.rejected);
        appendRejections(result.rejected, effects.rejected);
        return [this, number, result = std::move(result)] { Q_EMIT finished(number, result); };
    });
}

QStringList variantTableColumns(const QString& path, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return QStringList();
    };
    // zlib reads plain files as they are, so one path serves .csv and .csv.gz alike.
    gzFile file = gzopen(QFile::encodeName(path).constData(), "rb");
    if (!file)
        return fail(VariantService::tr("%1 cannot be opened: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    std::string line;
    char buffer[4096];
    bool ended = false;
    while (!ended) {
        line.clear();
        // A line longer than the buffer arrives in pieces; it ends at '\n' or at the end of the file.
        while (gzgets(file, buffer, sizeof buffer)) {
            line += buffer;
            if (!line.empty() && line.back() == '\n')
                break;
        }
        ended = line.empty() || line.back() != '\n';
        if (line.rfind("\xEF\xBB\xBF", 0) == 0)
            line.erase(0, 3);
        while (!line.empty() && (line.back() == '\n' || line.back() == '\r'))
            line.pop_back();
        if (line.find_first_not_of(" \t") != std::string::npos)
            break;
    }
    int status = Z_OK;
    const QString zlibMessage = QString::fromLatin1(gzerror(file, &status));
    gzclose(file);
    if (status != Z_OK && status != Z_STREAM_END)
        return fail(VariantService::tr("%1 cannot be read: %2").arg(path, zlibMessage));
    if (line.find_first_not_of(" \t") == std::string::npos)
        return fail(VariantService::tr("%1 is empty").arg(path));
    const char delimiter = headerDelimiter(line);
    if (delimiter == 0)
        return fail(VariantService::tr("%1: no tab, comma or semicolon in the first line: a variant table needs a "
                                       "header row naming its columns")
                        .arg(path));
    return splitHeader(line, delimiter);
}

}  // namespace promoterlab::widgets
