// SPDX-License-Identifier: GPL-3.0-or-later
#include "project_session.h"

#include "promoterlab/errors.h"
#include "promoterlab/project_store.h"
#include "sequence_table_model.h"

#include <QFileInfo>

#include <exception>
#include <unordered_map>

namespace promoterlab::widgets {

QString ProjectSession::fileSuffix()
{
    return QStringLiteral("plproj");
}

ProjectSession::ProjectSession(SequenceTableModel& sequences, QObject* parent)
    : QObject(parent)
    , m_sequences(sequences)
{
    connect(&m_sequences, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex&, int first, int last) { storeNewRows(first, last); });
    connect(&m_sequences, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex&, int first, int last) {
                std::vector<std::int64_t> ids;
                for (int row = first; row <= last; ++row)
                    if (const auto id = m_sequences.entry(row).id; id != 0)
                        ids.push_back(id);
                if (!ids.empty())
                    access([&] { m_store->removeSequences(ids); });
            });
    connect(&m_sequences, &SequenceTableModel::basesChanged, this, [this](int row) {
        const SequenceEntry& entry = m_sequences.entry(row);
        if (entry.id != 0)
            access([&] { m_store->setBases(entry.id, entry.bases); });
    });
    connect(&m_sequences, &SequenceTableModel::renamed, this, [this](int row) {
        const SequenceEntry& entry = m_sequences.entry(row);
        if (entry.id != 0)
            access([&] { m_store->renameSequence(entry.id, entry.name.toStdString()); });
    });
}

ProjectSession::~ProjectSession() = default;

void ProjectSession::create(const QString& path)
{
    auto store = std::make_unique<ProjectStore>(ProjectStore::create(path.toStdString()));
    m_store = std::move(store);
    m_path = QFileInfo(path).absoluteFilePath();
    m_modelId.reset();
    fillList();
}

void ProjectSession::open(const QString& path)
{
    auto store = std::make_unique<ProjectStore>(ProjectStore::open(path.toStdString()));
    m_store = std::move(store);
    m_path = QFileInfo(path).absoluteFilePath();
    m_modelId = m_store->activeModel();
    fillList();
}

void ProjectSession::saveAs(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute == m_path)
        return;  // every change is already in this file
    m_store->saveCopyAs(absolute.toStdString());
    m_store = std::make_unique<ProjectStore>(ProjectStore::open(absolute.toStdString()));
    m_path = absolute;
}

void ProjectSession::close()
{
    m_store.reset();
    m_path.clear();
    m_modelId.reset();
}

void ProjectSession::fillList()
{
    m_filling = true;
    m_sequences.clear();
    std::vector<SequenceEntry> entries;
    for (ProjectSequence& stored : m_store->sequences()) {
        SequenceEntry entry = SequenceEntry::given(QString::fromStdString(stored.name), std::move(stored.bases), stored.measured);
        entry.id = stored.id;
        entries.push_back(std::move(entry));
    }
    m_sequences.append(std::move(entries));
    m_filling = false;
}

void ProjectSession::storeNewRows(int first, int last)
{
    if (!m_store || m_filling)
        return;
    std::vector<SequenceRecord> records;
    for (int row = first; row <= last; ++row) {
        const SequenceEntry& entry = m_sequences.entry(row);
        SequenceRecord record;
        record.name = entry.name.toStdString();
        record.bases = entry.bases;
        record.measured = entry.measured;
        records.push_back(std::move(record));
    }
    access([&] {
        const std::vector<std::int64_t> ids = m_store->addSequences(records);
        for (int row = first; row <= last; ++row)
            m_sequences.setId(row, ids.at(static_cast<std::size_t>(row - first)));
    });
}

void ProjectSession::useModel(const QString& path, const std::string& contentHash, const QString& name)
{
    access([&] {
        m_modelId = m_store->rememberModel(path.toStdString(), contentHash, name.toStdString());
        m_store->setActiveModel(*m_modelId);
    });
}

std::optional<QString> ProjectSession::activeModelPath() const
{
    if (!m_store || !m_modelId)
        return std::nullopt;
    for (const ProjectModel& model : m_store->models())
        if (model.id == *m_modelId)
            return QString::fromStdString(model.path);
    return std::nullopt;
}

void ProjectSession::storePredictions(const std::vector<int>& rows)
{
    if (!m_modelId)
        return;
    std::vector<StoredPrediction> predictions;
    for (const int row : rows) {
        const SequenceEntry& entry = m_sequences.entry(row);
        if (entry.id == 0 || !entry.predicted)
            continue;
        StoredPrediction stored;
        stored.sequenceId = entry.id;
        stored.bases = entry.bases;
        stored.expression = *entry.predicted;
        stored.outputs = entry.outputs;
        stored.hasStrands = entry.strands.has_value();
        stored.expressionForward = entry.strands ? entry.strands->first : 0;
        stored.expressionReverse = entry.strands ? entry.strands->second : 0;
        predictions.push_back(std::move(stored));
    }
    if (!predictions.empty())
        access([&] { m_store->savePredictions(*m_modelId, predictions); });
}

std::vector<int> ProjectSession::restorePredictions()
{
    std::vector<int> filled;
    if (!m_store || !m_modelId)
        return filled;
    std::unordered_map<std::int64_t, int> rowOfId;
    for (int row = 0; row < m_sequences.rowCount(); ++row)
        rowOfId.emplace(m_sequences.entry(row).id, row);
    try {
        for (StoredPrediction& stored : m_store->predictions(*m_modelId)) {
            const auto found = rowOfId.find(stored.sequenceId);
            if (found == rowOfId.end())
                continue;
            const SequenceEntry& entry = m_sequences.entry(found->second);
            if (entry.predicted || entry.bases != stored.bases)
                continue;
            m_sequences.setPrediction(found->second, stored.expression, std::move(stored.outputs),
                                      stored.hasStrands ? std::optional(std::pair(stored.expressionForward,
                                                                                  stored.expressionReverse))
                                                        : std::nullopt);
            filled.push_back(found->second);
        }
    } catch (const std::exception& error) {
        Q_EMIT storeFailed(QString::fromStdString(error.what()));
    }
    return filled;
}

}  // namespace promoterlab::widgets
