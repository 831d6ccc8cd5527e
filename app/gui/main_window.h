// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop application's window: the sequence list, the selected sequence's prediction, the
// active model in the status bar. Reading files and predicting run off the GUI thread.
#pragma once

#include <QMainWindow>

#include <cstdint>

class QDragEnterEvent;
class QDropEvent;
class QLabel;
class QMimeData;
class QSortFilterProxyModel;
class QTableView;

namespace promoterlab {
class SequenceReader;
}

namespace promoterlab::widgets {

class BinDistributionPlot;
class PredictionService;
class SequenceTableModel;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Loads a model file, or "default" for the shipped one, in the background.
    void loadModel(const QString& path);
    // Adds a file's sequences to the list; rejected records are reported in a dialog.
    void importFile(const QString& path);
    // Adds sequences from text: FASTA, a table or one bare sequence a line.
    void pasteText(const QString& text);
    // Writes the table (with the active model's outputs) to CSV, or TSV for .tsv/.txt; throws
    // promoterlab::Error naming the file when it cannot be written.
    void exportTable(const QString& path) const;
    // What a drop delivers: local files are imported, text is pasted. False when it holds neither.
    bool importMimeData(const QMimeData& data);

    SequenceTableModel* sequences() const { return m_sequences; }
    QTableView* sequenceView() const { return m_view; }
    BinDistributionPlot* distributionPlot() const { return m_plot; }
    QString modelStatusText() const;

Q_SIGNALS:
    // A model finished loading and is now the active one.
    void modelActivated(const QString& name);
    // Every sequence of the list has its prediction (or the reason it has none).
    void predictionsUpdated();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createMenus();
    // Adds what a reader gives and reports its rejected records; source names it in messages.
    void addSequences(SequenceReader& reader, const QString& source);
    void openFiles();
    void chooseExportFile();
    void predictAll();
    void showSelected();

    SequenceTableModel* m_sequences;
    QSortFilterProxyModel* m_sorted;
    QTableView* m_view;
    BinDistributionPlot* m_plot;
    PredictionService* m_service;
    QLabel* m_modelStatus;
    std::uint64_t m_latestRequest = 0;
    std::vector<int> m_requestRows;  // the list rows of the latest request, in its order
};

}  // namespace promoterlab::widgets
