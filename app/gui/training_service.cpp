// SPDX-License-Identifier: GPL-3.0-or-later
#include "training_service.h"

#include "promoterlab/compute_threads.h"
#include "promoterlab/content_hash.h"
#include "promoterlab/errors.h"
#include "promoterlab/model.h"
#include "promoterlab/sequence_writer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>

#include <algorithm>
#include <cctype>
#include <exception>
#include <memory>
#include <string>

namespace promoterlab::widgets {

namespace {

constexpr int kRejectedExamples = 5;

std::string automaticDevice()
{
    return cudaAvailable() ? "cuda" : "cpu";
}

bool sameName(const std::string& a, const std::string& b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

// Writes in-memory records as a table that loadTrainingData reads like any file, so project
// rows get the same split, checks and rejections as a file's, and the run's folder keeps the
// exact rows it was trained on. Metadata columns come along for multi-label tasks.
ReaderOptions writeRecordsTable(const std::vector<SequenceRecord>& records, const std::string& path)
{
    static const std::vector<std::string> kFixed = {"name", "sequence", "measured", "fold"};
    std::vector<std::string> metadataColumns;
    for (const auto& record : records)
        for (const auto& [key, value] : record.metadata) {
            const auto known = [&key](const std::string& column) { return sameName(column, key); };
            if (std::none_of(kFixed.begin(), kFixed.end(), known)
                && std::none_of(metadataColumns.begin(), metadataColumns.end(), known))
                metadataColumns.push_back(key);
        }
    CsvWriter table(path, '\t');
    std::vector<std::string> header = kFixed;
    header.insert(header.end(), metadataColumns.begin(), metadataColumns.end());
    table.writeRow(header);
    for (const auto& record : records) {
        table.field(record.name).field(record.bases).field(record.measured);
        if (record.fold)
            table.field(*record.fold);
        else
            table.emptyField();
        for (const auto& column : metadataColumns) {
            const auto value = std::find_if(record.metadata.begin(), record.metadata.end(),
                                            [&column](const auto& entry) { return entry.first == column; });
            if (value == record.metadata.end())
                table.emptyField();
            else
                table.field(value->second);
        }
        table.endRow();
    }
    table.close();

    ReaderOptions options;
    options.format = SequenceFormat::Table;
    options.delimiter = '\t';
    options.nameColumn = "name";
    options.sequenceColumn = "sequence";
    options.measuredColumn = "measured";
    options.foldColumn = "fold";
    return options;
}

// Where the rows came from, kept in the bundle's provenance so that the model can be traced
// back to its data.
std::string describeData(const std::string& path, bool fromRecords, const TrainingSetOptions& options,
                         const TrainingData& data)
{
    QJsonObject description{
        {"source", fromRecords ? "project sequences" : "file"},
        {"training", QJsonObject{{"file", QFileInfo(QString::fromStdString(path)).fileName()},
                                 {"sha256", QString::fromStdString(sha256HexOfFile(path))}}},
        {"training_rows", static_cast<qint64>(data.train.size())},
        {"validation_rows", static_cast<qint64>(data.valid.size())},
        {"rejected_rows", static_cast<qint64>(data.rejectedCount)},
        {"deduplicated", options.deduplicate},
        {"trained_with", "PromoterLab desktop application"},
    };
    if (options.validFold >= 0)
        description["validation"] = QJsonObject{
            {"fold", options.validFold}, {"folds_from", options.useFoldColumn ? "fold column" : "sequence hash"}};
    return QJsonDocument(description).toJson(QJsonDocument::Compact).toStdString();
}

void writeText(const QString& path, const std::string& text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(text.data(), static_cast<qint64>(text.size())) != static_cast<qint64>(text.size()))
        throw Error(QCoreApplication::translate("TrainingService", "%1: cannot be written (%2); choose a writable output folder")
                        .arg(path, file.errorString())
                        .toStdString());
}

}  // namespace

TrainingService::TrainingService(QObject* parent)
    : QObject(parent)
    , m_worker(new QObject)
{
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("training"));
    m_thread.start();
}

TrainingService::~TrainingService()
{
    m_cancel.cancel();
    m_thread.quit();
    m_thread.wait();
}

bool TrainingService::start(TrainingRequest request)
{
    if (m_running)
        return false;
    m_running = true;
    m_cancel = CancellationToken();
    // Shared so that the (possibly large) records move into the task instead of being copied.
    auto shared = std::make_shared<TrainingRequest>(std::move(request));
    QMetaObject::invokeMethod(m_worker, [this, shared, cancel = m_cancel] { run(*shared, cancel); });
    return true;
}

void TrainingService::cancel()
{
    m_cancel.cancel();
}

QString TrainingService::bundlePath(const QString& outputFolder)
{
    return QDir(outputFolder).filePath(QStringLiteral("model.plm"));
}

QString TrainingService::checkpointPath(const QString& outputFolder)
{
    // trainModel's convention: the checkpoint lies beside the bundle.
    return bundlePath(outputFolder) + QStringLiteral(".checkpoint");
}

QString TrainingService::configPath(const QString& outputFolder)
{
    return QDir(outputFolder).filePath(QStringLiteral("training-config.json"));
}

void TrainingService::finish(std::function<void()> emitLast)
{
    QMetaObject::invokeMethod(this, [this, emitLast = std::move(emitLast)] {
        m_running = false;
        emitLast();
    });
}

void TrainingService::run(const TrainingRequest& request, const CancellationToken& cancel)
{
    const QString folder = request.outputFolder;
    try {
        if (folder.isEmpty())
            throw Error(QCoreApplication::translate("TrainingService", "No output folder was given for the trained model.").toStdString());
        if (!QDir().mkpath(folder))
            throw Error(QCoreApplication::translate("TrainingService", "%1: the output folder cannot be created; choose a writable one")
                            .arg(folder)
                            .toStdString());
        TrainingConfig config = request.config;
        if (request.automaticDevice)
            config.device = automaticDevice();

        TrainingSetOptions options = request.dataOptions;
        if (config.task == TrainingTask::Multilabel)
            options.labelColumns = config.classNames;
        const bool fromRecords = request.dataPath.isEmpty();
        std::string dataPath = request.dataPath.toStdString();
        if (fromRecords) {
            if (request.records.empty())
                throw Error(QCoreApplication::translate("TrainingService", "There are no sequences with measured values to train on.").toStdString());
            dataPath = QDir(folder).filePath(QStringLiteral("training-data.tsv")).toStdString();
            options.reader = writeRecordsTable(request.records, dataPath);
        }
        const TrainingData data = loadTrainingData(dataPath, options, {}, cancel);
        if (data.train.size() < kMinimumTrainingRows)
            throw Error(QCoreApplication::translate("TrainingService", "%1: only %2 rows with a measured value are left for training (%3 rejected); at "
                                  "least %4 are needed, and a LegNet learns expression from tens of thousands")
                            .arg(QString::fromStdString(dataPath))
                            .arg(data.train.size())
                            .arg(data.rejectedCount)
                            .arg(kMinimumTrainingRows)
                            .toStdString());

        TrainingDataSummary summary;
        summary.trainingRows = data.train.size();
        summary.validationRows = data.valid.size();
        summary.rejectedRows = data.rejectedCount;
        summary.device = QString::fromStdString(config.device);
        for (std::size_t i = 0; i < data.rejected.size() && i < kRejectedExamples; ++i)
            summary.rejectedExamples << QStringLiteral("%1 line %2: %3")
                                            .arg(QString::fromStdString(data.rejected[i].file))
                                            .arg(data.rejected[i].line)
                                            .arg(QString::fromStdString(data.rejected[i].reason));
        QMetaObject::invokeMethod(this, [this, summary] { Q_EMIT dataLoaded(summary); });

        // The configuration beside the checkpoint is what Resume needs, since trainModel
        // refuses to continue a checkpoint under any other configuration.
        if (!request.resume)
            writeText(configPath(folder), config.toJson());

        TrainingRunOptions run;
        run.outputPath = bundlePath(folder).toStdString();
        run.resume = request.resume;
        run.modelName = request.modelName.toStdString();
        run.dataProvenanceJson = describeData(dataPath, fromRecords, options, data);
        TrainingCallbacks callbacks;
        callbacks.onBatch = [this](const BatchReport& report) {
            QMetaObject::invokeMethod(this, [this, report] { Q_EMIT batchReported(report); });
        };
        callbacks.onEpoch = [this](const EpochReport& report) {
            QMetaObject::invokeMethod(this, [this, report] { Q_EMIT epochReported(report); });
        };
        const ComputeJobScope computing;
        const TrainingResult result = trainModel(data, config, run, callbacks, cancel);
        const QString bundle = bundlePath(folder);
        finish([this, bundle, result] { Q_EMIT finished(bundle, result.history, result.resumedFromEpoch); });
    } catch (const Cancelled&) {
        const QString checkpoint = QFileInfo::exists(checkpointPath(folder)) ? checkpointPath(folder) : QString();
        finish([this, checkpoint] { Q_EMIT cancelled(checkpoint); });
    } catch (const std::exception& error) {
        const QString message = QString::fromStdString(error.what());
        finish([this, message] { Q_EMIT failed(message); });
    }
}

}  // namespace promoterlab::widgets
