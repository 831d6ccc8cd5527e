// SPDX-License-Identifier: GPL-3.0-or-later
// The variant-effects dock: import a table of variant pairs or rows, choose its columns, score it
// with the active model in the background, and compare predicted with measured deltas.
#pragma once

#include "rejected_records_dialog.h"

#include "promoterlab/sequence.h"
#include "promoterlab/variant_effects.h"

#include <QString>
#include <QVector>
#include <QWidget>

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

class QDialog;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace promoterlab {
class Model;
}

namespace promoterlab::widgets {

class DeltaScatterPlot;
class VariantService;
class VariantTableModel;
struct VariantResult;

class VariantsPanel : public QWidget {
    Q_OBJECT

public:
    // The active model (null when none is loaded), asked for when scoring starts.
    using ModelProvider = std::function<std::shared_ptr<const Model>()>;
    // The project's sequences, which variant rows name; asked for when rows are scored.
    using SequenceProvider = std::function<std::vector<SequenceRecord>()>;

    explicit VariantsPanel(QWidget* parent = nullptr);
    ~VariantsPanel() override;

    void setModelProvider(ModelProvider provider);
    void setSequenceProvider(SequenceProvider provider);

    // Scores the file in the background, pairs or (with rows) rows against the project's
    // sequences; the table and plot show the result when it arrives. Replaces a scoring still
    // running. Returns the job (0 when none started: the reason went out through problem()).
    std::uint64_t importFile(const QString& path, bool rows, const promoterlab::VariantColumns& columns);
    // The modeless step between choosing a file and scoring it: the file's header columns in
    // combo boxes, preselected where a header has a name the reader looks for. Accepting it calls
    // importFile. Null (after problem()) when the header cannot be read.
    QDialog* chooseColumns(const QString& path, bool rows);

    // What the project keeps: the scored variants and the file they came from.
    const std::vector<VariantEffect>& effects() const;
    QString sourcePath() const { return m_source; }
    // Shows stored effects again (the agreement is recomputed); emits no effectsChanged().
    void restore(const QString& source, std::vector<VariantEffect> effects);

    // Writes the table as CSV (TSV for .tsv and .txt): every column the table shows, the two
    // sequences, in the table's current order, numbers at full precision. Returns an empty
    // string on success, else the reason naming the file.
    QString exportCsv(const QString& path) const;

    // The source, counts and agreement by substitutions above the table (rich text).
    QString summaryText() const;
    VariantTableModel* tableModel() const { return m_model; }
    QTableView* tableView() const { return m_view; }
    DeltaScatterPlot* scatterPlot() const { return m_scatter; }
    VariantService* service() const { return m_service; }
    QPushButton* exportButton() const { return m_export; }

public Q_SLOTS:
    // Asks the job to stop; jobFinished follows once it has.
    void cancelJob(std::uint64_t job);
    // A file dialog, then chooseColumns().
    void importPairsWithDialog();
    void importRowsWithDialog();
    void exportWithDialog();

Q_SIGNALS:
    // For the window's jobs dock.
    void jobStarted(std::uint64_t job, const QString& title);
    void jobProgress(std::uint64_t job, qint64 done, qint64 total);
    void jobFinished(std::uint64_t job, const QString& outcome, bool failed);
    // A new scoring replaced the effects (the project should store them).
    void effectsChanged();
    // Something the user should read (no model, an unreadable file); shown non-modally.
    void problem(const QString& message);
    // Rows left out of a scored file, as RejectedRecordsDialog::setRecords takes them.
    void rejectedRecords(const QString& source, qint64 recordCount, qint64 leftOutCount,
                         const QVector<promoterlab::widgets::LeftOutRecord>& listed);

private:
    void importWithDialog(bool rows);
    void onFinished(std::uint64_t job, const VariantResult& result);
    void display(const QString& source, std::vector<VariantEffect> effects, std::vector<DeltaAgreement> agreement,
                 std::size_t skipped);
    void resizeColumns();

    VariantService* m_service;
    VariantTableModel* m_model;
    QSortFilterProxyModel* m_sorted;
    QTableView* m_view;
    DeltaScatterPlot* m_scatter;
    QLabel* m_summary;
    QPushButton* m_importPairs;
    QPushButton* m_importRows;
    QPushButton* m_export;
    ModelProvider m_modelProvider;
    SequenceProvider m_sequenceProvider;
    QString m_source;
    std::uint64_t m_job = 0;  // the scoring whose result the panel waits for (0: none)
};

}  // namespace promoterlab::widgets
