// SPDX-License-Identifier: GPL-3.0-or-later
// The open project: keeps its SQLite store in step with the sequence list, so that every
// change (import, edit, rename, removal, prediction) is on disk once its transaction commits.
// That write-through is the autosave: a crash or a kill loses at most the step in flight.
#pragma once

#include <QObject>
#include <QString>

#include <cstdint>
#include <exception>
#include <memory>
#include <optional>
#include <vector>

namespace promoterlab {
class ProjectStore;
}

namespace promoterlab::widgets {

class SequenceTableModel;

class ProjectSession : public QObject {
    Q_OBJECT

public:
    // The suffix of project files.
    static QString fileSuffix();

    explicit ProjectSession(SequenceTableModel& sequences, QObject* parent = nullptr);
    ~ProjectSession() override;

    // Makes path (a new, empty project) the open one and empties the list. Throws
    // promoterlab::Error naming the file when it cannot be written.
    void create(const QString& path);
    // Opens a project and fills the list from it. Throws promoterlab::Error naming the file
    // when it is not a project, is damaged or was written by a newer PromoterLab; the project
    // open before stays open then.
    void open(const QString& path);
    // Writes a copy to path and continues in the copy.
    void saveAs(const QString& path);
    // Closes the file; the list keeps what it shows, nothing more is written.
    void close();

    bool isOpen() const { return m_store != nullptr; }
    QString path() const { return m_path; }
    ProjectStore* store() const { return m_store.get(); }

    // Notes the model now in use (file, content hash, name) as the project's active model.
    void useModel(const QString& path, const std::string& contentHash, const QString& name);
    // The active model's file as the project remembers it, if any.
    std::optional<QString> activeModelPath() const;
    // The active model's key in the store, which maps and variant tables are filed under.
    std::optional<std::int64_t> activeModelId() const { return m_modelId; }
    // Stores the predictions the list holds for rows under the active model.
    void storePredictions(const std::vector<int>& rows);
    // Fills the list rows that have no prediction with those stored for the active model,
    // where the bases still match. Returns the rows filled.
    std::vector<int> restorePredictions();

Q_SIGNALS:
    // Reading or writing the project failed (a full disk, a removed folder): the list keeps the
    // change, the file does not have it.
    void storeFailed(const QString& message);

public:
    // Runs a store call; a failure becomes storeFailed instead of an exception in a slot.
    template <typename Access>
    void access(Access&& call)
    {
        if (!m_store || m_filling)
            return;
        try {
            call();
        } catch (const std::exception& error) {
            Q_EMIT storeFailed(QString::fromStdString(error.what()));
        }
    }

private:
    void storeNewRows(int first, int last);
    void fillList();

    SequenceTableModel& m_sequences;
    std::unique_ptr<ProjectStore> m_store;
    QString m_path;
    std::optional<std::int64_t> m_modelId;
    bool m_filling = false;  // the list is being filled from the store: nothing to write back
};

}  // namespace promoterlab::widgets
