// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch_mutagenesis.h"

#include "jobs_panel.h"
#include "mutagenesis_service.h"
#include "project_session.h"
#include "promoterlab/project_store.h"
#include "promoterlab/sequence_writer.h"

#include <QFileInfo>

#include <exception>

namespace promoterlab::widgets {

BatchMutagenesis::BatchMutagenesis(JobsPanel& jobs, ProjectSession& project, QObject* parent)
    : QObject(parent)
    , m_jobs(jobs)
    , m_project(project)
    , m_service(new MutagenesisService(this))
{
    connect(m_service, &MutagenesisService::progress, this, [this](std::uint64_t job, qint64 done, qint64 total) {
        if (job == m_job)
            m_jobs.setProgress(m_panelJob, done, total);
    });
    connect(m_service, &MutagenesisService::mapped, this,
            [this](std::uint64_t job, qint64 index, const MutagenesisMap& map) {
                if (job != m_job || !m_writer)
                    return;
                try {
                    writeMutagenesisRows(*m_writer, map);
                    ++m_mapsWritten;
                } catch (const std::exception& error) {
                    // A full disk: stop here, the maps written so far stay in the file.
                    m_service->cancel(m_job);
                    const QString message = QString::fromStdString(error.what());
                    closeFile();
                    finish(message, true);
                    Q_EMIT problem(tr("The maps could not be written"), message);
                    return;
                }
                store(static_cast<std::size_t>(index), map);
            });
    connect(m_service, &MutagenesisService::finished, this, [this](std::uint64_t job) {
        if (job != m_job)
            return;
        if (const QString problemText = closeFile(); !problemText.isEmpty()) {
            finish(problemText, true);
            Q_EMIT problem(tr("The maps could not be written"), problemText);
            return;
        }
        finish(tr("%n map(s) written to %1", nullptr, static_cast<int>(m_mapsWritten)).arg(m_path), false);
    });
    connect(m_service, &MutagenesisService::cancelled, this, [this](std::uint64_t job) {
        if (job != m_job)
            return;
        closeFile();
        finish(tr("Cancelled; the %n map(s) computed before are in %1", nullptr, static_cast<int>(m_mapsWritten))
                   .arg(m_path),
               false);
    });
    connect(m_service, &MutagenesisService::failed, this, [this](std::uint64_t job, const QString& message) {
        if (job != m_job)
            return;
        closeFile();
        finish(message, true);
        Q_EMIT problem(tr("The maps could not be computed"), message);
    });
    connect(&m_jobs, &JobsPanel::cancelRequested, this, [this](int panelJob) {
        if (panelJob == m_panelJob)
            cancel();
    });
}

BatchMutagenesis::~BatchMutagenesis() = default;

bool BatchMutagenesis::start(std::shared_ptr<const Model> model, std::vector<Item> items, MutagenesisOptions options,
                             bool estimate, const QString& csvPath)
{
    if (m_job != 0) {
        Q_EMIT problem(tr("The maps could not be computed"),
                       tr("A batch of maps is still running: cancel it in the Jobs panel or wait for it."));
        return false;
    }
    try {
        m_writer = std::make_unique<CsvWriter>(csvPath.toStdString());
        writeMutagenesisHeader(*m_writer);
    } catch (const std::exception& error) {
        m_writer.reset();
        Q_EMIT problem(tr("The maps could not be written"), QString::fromStdString(error.what()));
        return false;
    }
    m_path = csvPath;
    m_mapsWritten = 0;
    std::vector<SequenceRecord> records;
    records.reserve(items.size());
    for (const Item& item : items)
        records.push_back(item.record);
    m_items = std::move(items);
    m_panelJob = m_jobs.addJob(
        tr("Mutagenesis maps of %n sequence(s) → %1", nullptr, static_cast<int>(records.size()))
            .arg(QFileInfo(csvPath).fileName()));
    m_job = m_service->map(std::move(model), std::move(records), options, estimate);
    return true;
}

void BatchMutagenesis::cancel()
{
    if (m_job != 0)
        m_service->cancel(m_job);
}

void BatchMutagenesis::store(std::size_t index, const MutagenesisMap& map)
{
    const std::optional<std::int64_t> modelId = m_project.activeModelId();
    if (!modelId || index >= m_items.size() || m_items[index].sequenceId == 0)
        return;
    const Item& item = m_items[index];
    m_project.access(
        [&] { m_project.store()->saveMutagenesisMap(item.sequenceId, *modelId, item.record.bases, map); });
}

QString BatchMutagenesis::closeFile()
{
    if (!m_writer)
        return {};
    QString problemText;
    try {
        m_writer->close();
    } catch (const std::exception& error) {
        problemText = QString::fromStdString(error.what());
    }
    m_writer.reset();
    return problemText;
}

void BatchMutagenesis::finish(const QString& summary, bool failed)
{
    m_jobs.finishJob(m_panelJob, summary, failed);
    m_job = 0;
    m_panelJob = -1;
    Q_EMIT ended(summary);
}

}  // namespace promoterlab::widgets
