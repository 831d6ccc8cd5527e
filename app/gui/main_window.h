// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop application's window: the sequence list, the selected sequence's prediction, the
// active model in the status bar, menus and toolbar. Reading files and predicting run off the
// GUI thread.
#pragma once

#include "prediction_jobs.h"
#include "training_run_archive.h"

#include <QMainWindow>

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

class QDragEnterEvent;
class QDropEvent;
class QLabel;
class QLineEdit;
class QMenu;
class QMimeData;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTimer;
class QUndoGroup;
class QUndoStack;

namespace promoterlab {
struct Prediction;
struct SequenceRecord;
}

namespace promoterlab::widgets {

class AppSettings;
class BatchMutagenesis;
class BinDistributionPlot;
class DesignPanel;
class ImportService;
class JobsPanel;
class MotifFindBar;
class MotifPanel;
class SequenceEditor;
class SequenceWorkbench;
class TrainingPanel;
class VariantsPanel;
class WelcomeDialog;

class PredictionService;
class ProjectSession;
class SequenceTableModel;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // Remembers its layout and recent files in settings, which must outlive the window.
    explicit MainWindow(AppSettings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Starts a new, empty project in the autosave folder (saved under a name with Save As).
    void newProject();
    // Opens a project file and fills the list from it, then loads its model unless it is the
    // one in use. False, after telling the user why, when it cannot be opened.
    bool openProject(const QString& path);
    // Opens path when it exists, else starts a new project there. False after telling why.
    bool openOrCreateProject(const QString& path);
    // Continues in a copy of the project at path; throws promoterlab::Error naming the file.
    void saveProjectAs(const QString& path);
    QString projectPath() const;
    // The model the open project used last ("default" or a file), empty when none.
    QString projectModel() const;

    // Loads a model file, or "default" for the shipped one, in the background.
    void loadModel(const QString& path);
    // Adds a file's sequences to the list, read in the background (a job with progress and
    // Cancel); records left out are listed in a dialog, a file that cannot be read is reported.
    void importFile(const QString& path);
    // Adds sequences from text, read as importFile does: FASTA, a table or one bare sequence a line.
    void pasteText(const QString& text);
    // Adds an empty sequence and selects it, ready for typing or pasting bases.
    void addNewSequence();
    // Removes the selected sequences from the list, as a step Edit → Undo takes back.
    void removeSelectedSequences();
    // Writes the table (with the active model's outputs when includeOutputs) to CSV, or TSV
    // for .tsv/.txt, or FASTA for .fa/.fasta; throws promoterlab::Error naming the file when it
    // cannot be written.
    void exportTable(const QString& path, bool includeOutputs = true) const;
    // Writes the bin-distribution plot as PNG, SVG or PDF; returns why it failed, or "".
    QString exportPlot(const QString& path) const;
    // What a drop delivers: local files are imported, text is pasted. False when it holds neither.
    bool importMimeData(const QMimeData& data);

    SequenceTableModel* sequences() const { return m_sequences; }
    QTableView* sequenceView() const { return m_view; }
    QLineEdit* sequenceFilter() const { return m_filter; }
    // Undo for list changes (removals); the editor's base edits have their own stack in the group.
    QUndoStack* listUndoStack() const { return m_listUndo; }
    BinDistributionPlot* distributionPlot() const { return m_plot; }
    SequenceEditor* sequenceEditor() const;
    MotifFindBar* motifFindBar() const;
    // The editor on one line with the mutagenesis map and motif tracks under it.
    SequenceWorkbench* workbench() const { return m_workbench; }
    VariantsPanel* variantsPanel() const { return m_variants; }
    MotifPanel* motifPanel() const { return m_motifs; }
    DesignPanel* designPanel() const { return m_design; }
    // Maps every selected sequence (exact, or estimated) into a CSV file and the project, as a
    // job; false after telling the user why it could not start.
    bool mapSelectedSequences(const QString& csvPath, bool estimate);
    TrainingPanel* trainingPanel() const { return m_training; }
    JobsPanel* jobsPanel() const { return m_jobs; }
    // Shows a training run stored in the project (its curves and metrics) in the training panel.
    void showStoredRun(std::int64_t runId);
    QString modelStatusText() const;
    // The welcome, made at the first call and brought to the front at the next (Help → Welcome):
    // not modal, its buttons trigger the menus' own actions.
    WelcomeDialog* showWelcome();

Q_SIGNALS:
    // A model finished loading and is now the active one.
    void modelActivated(const QString& name);
    // Every sequence of the list has its prediction (or the reason it has none).
    void predictionsUpdated();
    // An import (a file or pasted text) has ended: finished, failed or cancelled.
    void importEnded();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void restoreLayout();
    void saveLayout();
    // Fills a File menu's recent list from paths, each opened by open.
    void fillRecentMenu(QMenu* menu, const QStringList& paths, void (MainWindow::*open)(const QString&));
    void connectImports();
    // Tells the user about a failure of background work in a dialog that does not block.
    void showProblem(const QString& title, const QString& message);
    // The jobs panel's entry of an import job, now ended; -1 when unknown.
    int takeImportJob(std::uint64_t job);
    void openFiles();
    void chooseModelFile();
    void chooseExportFile();
    void choosePlotFile();
    void showPreferences();
    void showAbout();
    // A folder for file dialogs: the last one used.
    QString dialogFolder() const;
    void rememberFolder(const QString& path);
    void predictAll();
    void activateModel(const QString& name, const QString& device, const QString& path);
    void chooseProjectFile();
    void openRecentProject(const QString& path);
    void chooseProjectCopy();
    // Where projects that were never saved under a name live.
    static QString untitledFolder();
    bool isUntitled() const;
    // Forgets a never-named project that holds nothing, so that no empty files pile up.
    void discardEmptyUntitledProject();
    // Names the project in the title and remembers it as the one to reopen at the next start.
    void adoptProjectPath();
    // Sends the rows the model can take to the prediction service and marks the others. The
    // requests join the jobs panel's group (see PredictionJobs), or a group of their own when 0.
    void predictRows(const std::vector<int>& rows, int group = 0);
    void applyPredictions(std::uint64_t request, const std::vector<Prediction>& predictions);
    void showSelected();
    // The list row the editor shows, or -1.
    int currentRow() const;
    // Puts the selected sequence into the editor (a new document) with the model's flank.
    void editSelected();
    void applyEdit(const QString& bases);
    void createDocks();
    void createAnalysisMenu();
    // Shows a docked panel (its dock brought to the front) and gives it the focus.
    void showPanel(QWidget* panel);
    void connectTraining();
    void connectAnalysis();
    void connectDesign();
    // The map stored in the project for the sequence in the editor, shown when there is one.
    void restoreStoredMap();
    // The variant table stored last in the project, shown in the Variants panel.
    void restoreStoredVariants();
    void chooseBatchMapFile(bool estimate);
    void chooseMapExportFile();
    void chooseHeatmapImageFile();
    // The list's sequences as records (for variant rows that name them), or with measuredOnly
    // those with a measured value (as training data).
    std::vector<SequenceRecord> projectSequences(bool measuredOnly) const;
    int measuredCount() const;
    void fillStoredRunsMenu(QMenu* menu);

    AppSettings& m_settings;
    SequenceTableModel* m_sequences;
    QSortFilterProxyModel* m_sorted;
    QTableView* m_view;
    QLineEdit* m_filter;
    BinDistributionPlot* m_plot;
    SequenceWorkbench* m_workbench;
    TrainingPanel* m_training;
    VariantsPanel* m_variants;
    MotifPanel* m_motifs;
    DesignPanel* m_design;
    JobsPanel* m_jobs;
    ImportService* m_importer;
    std::unordered_map<std::uint64_t, int> m_importJobs;  // import job → its entry in the jobs panel
    std::unordered_map<std::uint64_t, int> m_importPredictions;  // import job → its prediction group
    // Requests of at most this many sequences: results and progress arrive as the work goes on.
    static constexpr std::size_t kPredictionChunk = 10000;
    int m_trainingJob = -1;  // the running training's entry in the jobs panel, -1 when none
    std::unordered_map<std::uint64_t, int> m_variantJobs;  // variant scoring job → its jobs panel entry
    std::unordered_map<std::uint64_t, int> m_designJobs;  // design job → its jobs panel entry
    QMenu* m_viewMenu = nullptr;

    QSplitter* m_splitter;  // the list and the plot above the workbench
    QSplitter* m_listSplitter;
    PredictionService* m_service;
    ProjectSession* m_project;
    QLabel* m_modelStatus;
    QString m_loadedModelPath;  // the active model's file, absolute, or "default"
    bool m_projectWarningShown = false;
    QUndoGroup* m_undoGroup;
    QUndoStack* m_listUndo;
    // Edited rows (by key) wait this long for the next keystroke before they are predicted.
    static constexpr int kEditPredictionDelayMs = 150;
    QTimer* m_editPredictionTimer;
    std::vector<std::uint64_t> m_editedKeys;
    // Prediction requests on their way, each with the keys of the entries it was made for.
    std::unordered_map<std::uint64_t, std::vector<std::uint64_t>> m_pendingRequests;
    // Last: they hold on to the jobs panel and the project above.
    PredictionJobs m_predictionJobs;
    TrainingRunArchive m_runArchive;
    BatchMutagenesis* m_batchMaps;
};

}  // namespace promoterlab::widgets
