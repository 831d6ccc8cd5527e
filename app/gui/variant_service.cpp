// SPDX-License-Identifier: GPL-3.0-or-later
// Scores variant tables on a worker thread of its own, one job at a time, in order.
#include "variant_service.h"

#include "promoterlab/errors.h"
#include "promoterlab/model.h"
#include "promoterlab/predictor.h"

#include <QElapsedTimer>
#include <QFile>
#include <QMetaObject>

#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <exception>
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
    , m_worker(new QObject)
{
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("variants"));
    m_thread.start();
}

VariantService::~VariantService()
{
    cancelAll();
    m_thread.quit();
    m_thread.wait();
}

std::uint64_t VariantService::score(VariantRequest request)
{
    const std::uint64_t job = m_nextJob++;
    if (!request.model) {
        QMetaObject::invokeMethod(
            this,
            [this, job] {
                Q_EMIT failed(job, tr("No model is loaded: load a model (Model menu) before scoring variants."));
            },
            Qt::QueuedConnection);
        return job;
    }
    CancellationToken cancel;
    m_cancels.emplace(job, cancel);
    QMetaObject::invokeMethod(m_worker, [this, job, cancel, request = std::move(request)] {
        // Answers are queued to the service's thread, where end() and the signals run. A job
        // cancelled after its work ended still answers cancelled, so that a caller who
        // cancelled never receives a result.
        const auto answer = [this](auto&& emitAnswer) {
            QMetaObject::invokeMethod(this, std::forward<decltype(emitAnswer)>(emitAnswer));
        };
        const auto reportNow = [&](std::size_t done, std::size_t total) {
            answer([this, job, cancel, done, total] {
                if (!cancel.isCancelled())
                    Q_EMIT progress(job, static_cast<qint64>(done), static_cast<qint64>(total));
            });
        };
        QElapsedTimer sinceReport;
        sinceReport.start();
        const auto report = [&](std::size_t done, std::size_t total) {
            if (sinceReport.elapsed() < 200 && done < total)
                return;
            sinceReport.restart();
            reportNow(done, total);
        };
        try {
            cancel.throwIfCancelled();
            reportNow(0, 0);
            const std::string file = QFile::encodeName(request.path).toStdString();
            const VariantTable table = request.rows ? readVariantRows(file, request.sequences, request.columns)
                                                    : readVariantPairs(file, request.columns);
            cancel.throwIfCancelled();
            const Predictor predictor(request.model);
            VariantEffects effects = predictVariantEffects(predictor, table.variants, report, cancel);

            VariantResult result;
            result.path = request.path;
            result.agreement = deltaAgreement(effects.effects);
            result.effects = std::move(effects.effects);
            result.rejectedCount = table.rejectedCount + effects.rejected.size();
            appendRejections(result.rejected, table.rejected);
            appendRejections(result.rejected, effects.rejected);
            answer([this, job, cancel, result = std::move(result)] {
                end(job);
                if (cancel.isCancelled())
                    Q_EMIT cancelled(job);
                else
                    Q_EMIT finished(job, result);
            });
        } catch (const Cancelled&) {
            answer([this, job] {
                end(job);
                Q_EMIT cancelled(job);
            });
        } catch (const std::exception& error) {
            const QString message = QString::fromStdString(error.what());
            answer([this, job, cancel, message] {
                end(job);
                if (cancel.isCancelled())
                    Q_EMIT cancelled(job);
                else
                    Q_EMIT failed(job, message);
            });
        }
    });
    return job;
}

void VariantService::cancel(std::uint64_t job)
{
    const auto found = m_cancels.find(job);
    if (found != m_cancels.end())
        found->second.cancel();
}

void VariantService::cancelAll()
{
    for (auto& [job, token] : m_cancels)
        token.cancel();
}

void VariantService::end(std::uint64_t job)
{
    m_cancels.erase(job);
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
