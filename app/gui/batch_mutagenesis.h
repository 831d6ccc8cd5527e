// SPDX-License-Identifier: GPL-3.0-or-later
// Mutagenesis maps of many sequences of the list at once, as a job of the jobs panel: the maps
// go to a CSV file as they arrive and into the project, so a cancelled batch keeps what it did.
#pragma once

#include "promoterlab/mutagenesis.h"
#include "promoterlab/sequence.h"

#include <QObject>
#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

namespace promoterlab {
class CsvWriter;
class Model;
}  // namespace promoterlab

namespace promoterlab::widgets {

class JobsPanel;
class MutagenesisService;
class ProjectSession;

class BatchMutagenesis : public QObject {
    Q_OBJECT

public:
    // A sequence to map and its key in the project (0: not stored there).
    struct Item {
        std::int64_t sequenceId = 0;
        SequenceRecord record;
    };

    BatchMutagenesis(JobsPanel& jobs, ProjectSession& project, QObject* parent = nullptr);
    ~BatchMutagenesis() override;

    // Maps the items in the background, writing the long table of promoterlab-cli ism to
    // csvPath. False, after problem(), when the file cannot be written or a batch is running.
    bool start(std::shared_ptr<const Model> model, std::vector<Item> items, MutagenesisOptions options,
               bool estimate, const QString& csvPath);
    void cancel();
    bool isRunning() const { return m_job != 0; }

Q_SIGNALS:
    void problem(const QString& title, const QString& message);
    // The batch ended (finished, failed or cancelled); the summary names the file.
    void ended(const QString& summary);

private:
    void store(std::size_t index, const MutagenesisMap& map);
    // Closes the file; returns why it could not be completed, or an empty string.
    QString closeFile();
    void finish(const QString& summary, bool failed);

    JobsPanel& m_jobs;
    ProjectSession& m_project;
    MutagenesisService* m_service;
    std::unique_ptr<CsvWriter> m_writer;
    QString m_path;
    std::vector<Item> m_items;  // in the order the maps arrive
    std::size_t m_mapsWritten = 0;
    std::uint64_t m_job = 0;
    int m_panelJob = -1;
};

}  // namespace promoterlab::widgets
