// SPDX-License-Identifier: GPL-3.0-or-later
#include "main_window.h"

#include "about_dialog.h"
#include "app_settings.h"
#include "batch_mutagenesis.h"
#include "bin_distribution_plot.h"
#include "design_panel.h"
#include "import_service.h"
#include "jobs_panel.h"
#include "motif_find_bar.h"
#include "motif_panel.h"
#include "mutagenesis_heatmap.h"
#include "plot_export.h"
#include "prediction_service.h"
#include "project_session.h"
#include "preferences_dialog.h"
#include "rejected_records_dialog.h"
#include "remove_sequences_command.h"
#include "promoterlab/model.h"
#include "promoterlab/project_store.h"
#include "promoterlab/sequence.h"
#include "sequence_editor.h"
#include "sequence_table_model.h"
#include "sequence_workbench.h"
#include "training_panel.h"
#include "user_guide_window.h"
#include "table_export.h"
#include "variants_panel.h"
#include "welcome_dialog.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <exception>
#include <numeric>

namespace promoterlab::widgets {

namespace {

bool isFastaName(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("fa") || suffix == QLatin1String("fasta") || suffix == QLatin1String("fna");
}

}  // namespace

MainWindow::MainWindow(AppSettings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_sequences(new SequenceTableModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_plot(new BinDistributionPlot(this))
    , m_workbench(new SequenceWorkbench(this))
    , m_training(new TrainingPanel(this))
    , m_variants(new VariantsPanel(this))
    , m_motifs(new MotifPanel(this))
    , m_design(new DesignPanel(this))
    , m_jobs(new JobsPanel(this))
    , m_importer(new ImportService(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_listSplitter(new QSplitter(this))
    , m_service(new PredictionService(this))
    , m_project(new ProjectSession(*m_sequences, this))
    , m_modelStatus(new QLabel(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_listUndo(new QUndoStack(m_undoGroup))
    , m_editPredictionTimer(new QTimer(this))
    , m_predictionJobs(*m_jobs)
    , m_runArchive(*m_project)
    , m_batchMaps(new BatchMutagenesis(*m_jobs, *m_project, this))
{
    m_undoGroup->setActiveStack(m_listUndo);
    setWindowTitle(tr("PromoterLab"));
    setAcceptDrops(true);
    m_sorted->setSourceModel(m_sequences);
    m_sorted->setSortRole(SequenceTableModel::SortRole);
    m_sorted->setFilterKeyColumn(SequenceTableModel::NameColumn);
    m_sorted->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_sorted);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->verticalHeader()->hide();
    // Compact rows: a list of thousands of promoters should show many at once.
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    // Numbers need little room and names much: fixed widths from the header text.
    QHeaderView* header = m_view->horizontalHeader();
    for (int column = 0; column < SequenceTableModel::ColumnCount; ++column) {
        const QString title = m_sequences->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column, header->fontMetrics().horizontalAdvance(title + QStringLiteral("0000")));
    }
    header->setSectionResizeMode(SequenceTableModel::NameColumn, QHeaderView::Stretch);
    // Room for the longest status word in the interface's language; sizing to contents instead
    // would measure the column again at every one of thousands of updates.
    int statusWidth = header->sectionSize(SequenceTableModel::StatusColumn);
    for (const QString& status : m_sequences->statusTexts())
        statusWidth = std::max(statusWidth, m_view->fontMetrics().horizontalAdvance(status + QStringLiteral("00")));
    header->resizeSection(SequenceTableModel::StatusColumn, statusWidth);
    header->setMinimumSectionSize(header->fontMetrics().horizontalAdvance(QStringLiteral("00000")));
    m_view->sortByColumn(-1, Qt::AscendingOrder);  // file order until the user sorts
    m_filter->setPlaceholderText(tr("Filter by name"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_sorted, &QSortFilterProxyModel::setFilterFixedString);

    auto* listPane = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_filter);
    listLayout->addWidget(m_view, 1);
    // The list beside the plot, the workbench below at the window's full width: the map's
    // columns need all the room there is.
    m_listSplitter->setObjectName(QStringLiteral("listSplitter"));
    m_listSplitter->addWidget(listPane);
    m_listSplitter->addWidget(m_plot);
    m_listSplitter->setStretchFactor(0, 3);
    m_listSplitter->setStretchFactor(1, 2);
    m_listSplitter->setSizes({720, 480});
    m_splitter->setObjectName(QStringLiteral("workspaceSplitter"));
    m_splitter->addWidget(m_listSplitter);
    m_splitter->addWidget(m_workbench);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({360, 360});
    SequenceEditor* editor = m_workbench->editor();
    m_undoGroup->addStack(editor->undoStack());
    // Undo follows the focus: base edits in the workbench (the heatmap's clicks edit too), list
    // changes elsewhere.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        SequenceEditor* editor = m_workbench->editor();
        m_undoGroup->setActiveStack(now && m_workbench->isAncestorOf(now) ? editor->undoStack() : m_listUndo);
    });
    connect(editor, &SequenceEditor::sequenceEdited, this, &MainWindow::applyEdit);
    connect(editor, &SequenceEditor::inputRefused, this,
            [this](const QString& reason) { statusBar()->showMessage(reason, 5000); });
    setCentralWidget(m_splitter);
    statusBar()->addPermanentWidget(m_modelStatus);
    m_modelStatus->setText(tr("No model"));
    m_plot->showMessage(tr("Select a sequence to see its predicted bin distribution."));
    createActions();
    createDocks();
    connectTraining();
    connectAnalysis();
    connectDesign();
    connectImports();
    restoreLayout();

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        editSelected();
        showSelected();
    });
    connect(m_service, &PredictionService::modelLoaded, this, &MainWindow::activateModel);
    connect(m_service, &PredictionService::modelFailed, this, [this](const QString& message) {
        m_modelStatus->setText(m_service->hasModel() ? tr("Model: %1").arg(QString::fromStdString(m_service->model()->manifest().name))
                                                     : tr("No model"));
        showProblem(tr("The model could not be loaded"), message);
    });
    connect(m_service, &PredictionService::predicted, this, &MainWindow::applyPredictions);
    // Live prediction of edits: typing restarts the timer, the pause after it predicts.
    m_editPredictionTimer->setSingleShot(true);
    m_editPredictionTimer->setInterval(kEditPredictionDelayMs);
    connect(m_sequences, &SequenceTableModel::basesChanged, this, [this](int row) {
        m_editedKeys.push_back(m_sequences->entry(row).key);
        // The plot keeps the last prediction until the new one arrives: no flicker while typing.
        m_editPredictionTimer->start();
    });
    connect(m_editPredictionTimer, &QTimer::timeout, this, [this] {
        std::vector<int> rows;
        for (const std::uint64_t key : m_editedKeys)
            if (const int row = m_sequences->rowOfKey(key); row >= 0)
                rows.push_back(row);
        m_editedKeys.clear();
        predictRows(rows);
    });
    connect(m_project, &ProjectSession::storeFailed, this, [this](const QString& message) {
        // One dialog per failure burst: every keystroke of an edit would fail the same way.
        if (m_projectWarningShown)
            return;
        m_projectWarningShown = true;
        QMessageBox::warning(this, tr("The project could not be saved"),
                             tr("%1\n\nYour work stays in the window. Free some disk space, or save the project "
                                "elsewhere with File → Save Project As.")
                                 .arg(message));
        m_projectWarningShown = false;
    });
    connect(m_service, &PredictionService::predictionFailed, this, [this](std::uint64_t request, const QString& message) {
        m_predictionJobs.stopped(request, message, true);
        if (m_pendingRequests.erase(request) > 0)
            statusBar()->showMessage(tr("Prediction failed: %1").arg(message));
    });
    connect(m_service, &PredictionService::cancelled, this, [this](std::uint64_t request) {
        m_predictionJobs.stopped(request, tr("Cancelled; the sequences left are marked Waiting"), false);
        m_pendingRequests.erase(request);
    });
    connect(m_service, &PredictionService::progress, this, [this](std::uint64_t request, qint64 done, qint64 total) {
        Q_UNUSED(total);
        m_predictionJobs.progress(request, done);
    });
}

MainWindow::~MainWindow()
{
    // Children close as they go (dialogs among them), which moves the focus: the undo group
    // they would reach is already gone.
    disconnect(qApp, &QApplication::focusChanged, this, nullptr);
}

void MainWindow::createActions()
{
    QStyle* look = style();
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newProjectAction = file->addAction(tr("New &Project"), this, &MainWindow::newProject);
    newProjectAction->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    QAction* openProjectAction = file->addAction(tr("Open Pro&ject…"), this, &MainWindow::chooseProjectFile);
    openProjectAction->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    QMenu* recentProjects = file->addMenu(tr("Recent Projec&ts"));
    connect(recentProjects, &QMenu::aboutToShow, this, [this, recentProjects] {
        fillRecentMenu(recentProjects, m_settings.recentProjects(), &MainWindow::openRecentProject);
    });
    QAction* save = file->addAction(tr("&Save Project"), this, [this] {
        if (isUntitled())
            chooseProjectCopy();
        else
            statusBar()->showMessage(tr("Every change is saved to %1 as you work").arg(m_project->path()), 5000);
    });
    save->setShortcut(QKeySequence::Save);
    QAction* saveAs = file->addAction(tr("Save Project &As…"), this, &MainWindow::chooseProjectCopy);
    saveAs->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction* open = file->addAction(look->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open Sequences…"), this,
                                    &MainWindow::openFiles);
    open->setShortcut(QKeySequence::Open);
    open->setObjectName(QStringLiteral("openSequencesAction"));
    open->setToolTip(tr("Add the sequences of FASTA, CSV, TSV or text files (gzip too) to the list"));
    QMenu* recentFiles = file->addMenu(tr("Open &Recent Sequences"));
    connect(recentFiles, &QMenu::aboutToShow, this,
            [this, recentFiles] { fillRecentMenu(recentFiles, m_settings.recentFiles(), &MainWindow::importFile); });
    file->addSeparator();
    QAction* openModel = file->addAction(QIcon(QStringLiteral(":/actions/open-model.svg")), tr("Open &Model…"), this,
                                         &MainWindow::chooseModelFile);
    openModel->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    openModel->setToolTip(tr("Load a PromoterLab bundle, an official LegNet checkpoint or a TorchScript model"));
    QMenu* recentModels = file->addMenu(tr("Recent Mo&dels"));
    connect(recentModels, &QMenu::aboutToShow, this,
            [this, recentModels] { fillRecentMenu(recentModels, m_settings.recentModels(), &MainWindow::loadModel); });
    file->addAction(tr("&Use the Default Model"), this, [this] { loadModel(QStringLiteral("default")); });
    file->addSeparator();
    QAction* exportTable = file->addAction(look->standardIcon(QStyle::SP_DialogSaveButton), tr("&Export Table…"), this,
                                           &MainWindow::chooseExportFile);
    exportTable->setShortcut(QKeySequence(tr("Ctrl+E")));
    exportTable->setToolTip(tr("Write the sequences and their predictions to CSV, TSV or FASTA"));
    QAction* exportPlot = file->addAction(tr("Export P&lot…"), this, &MainWindow::choosePlotFile);
    exportPlot->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    edit->addAction(undo);
    QAction* redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* newSequence = edit->addAction(look->standardIcon(QStyle::SP_FileIcon), tr("&New Sequence"), this,
                                           &MainWindow::addNewSequence);
    newSequence->setShortcut(QKeySequence::New);
    QAction* paste = edit->addAction(tr("&Paste Sequences"), this,
                                     [this] { pasteText(QGuiApplication::clipboard()->text()); });
    paste->setShortcut(QKeySequence::Paste);
    QAction* remove = edit->addAction(tr("Re&move Sequences"), this, &MainWindow::removeSelectedSequences);
    remove->setShortcut(QKeySequence::Delete);
    // Delete belongs to whichever widget has the focus; here, only to the list.
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(remove);
    QAction* find = edit->addAction(tr("&Filter the List"), this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    find->setShortcut(QKeySequence(tr("Ctrl+L")));
    edit->addSeparator();
    QAction* preferences = edit->addAction(tr("Pr&eferences…"), this, &MainWindow::showPreferences);
    preferences->setShortcut(QKeySequence::Preferences);
    // Plain X11 desktops have no standard key for it.
    if (preferences->shortcut().isEmpty())
        preferences->setShortcut(QKeySequence(tr("Ctrl+,")));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_viewMenu = view;
    QToolBar* tools = addToolBar(tr("Main toolbar"));
    tools->setObjectName(QStringLiteral("mainToolbar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addAction(open);
    tools->addAction(newSequence);
    tools->addAction(openModel);
    tools->addAction(exportTable);
    tools->toggleViewAction()->setText(tr("Main &Toolbar"));
    view->addAction(tools->toggleViewAction());

    QMenu* training = menuBar()->addMenu(tr("&Training"));
    QAction* newRun = training->addAction(tr("&New Training Run…"), this, [this] { showPanel(m_training); });
    newRun->setShortcut(QKeySequence(tr("Ctrl+Shift+T")));
    newRun->setObjectName(QStringLiteral("newTrainingRunAction"));
    QMenu* storedRuns = training->addMenu(tr("&Previous Runs of This Project"));
    connect(storedRuns, &QMenu::aboutToShow, this, [this, storedRuns] { fillStoredRunsMenu(storedRuns); });

    createAnalysisMenu();

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(tr("&User Guide"), this, [this] { showUserGuide(this); });
    guide->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&Welcome"), this, &MainWindow::showWelcome);
    help->addSeparator();
    help->addAction(tr("&About PromoterLab"), this, &MainWindow::showAbout);
}

void MainWindow::createDocks()
{
    // menuText is the title with the View menu's mnemonic.
    const auto dock = [this](QWidget* panel, const QString& title, const QString& menuText, const QString& name,
                             Qt::DockWidgetArea area) {
        auto* widget = new QDockWidget(title, this);
        widget->setObjectName(name);
        widget->setWidget(panel);
        addDockWidget(area, widget);
        widget->toggleViewAction()->setText(menuText);
        m_viewMenu->addAction(widget->toggleViewAction());
        return widget;
    };
    QDockWidget* jobsDock = dock(m_jobs, tr("Jobs"), tr("&Jobs"), QStringLiteral("jobsDock"), Qt::BottomDockWidgetArea);
    QDockWidget* trainingDock =
        dock(m_training, tr("Training"), tr("T&raining"), QStringLiteral("trainingDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(jobsDock, trainingDock);
    QDockWidget* designDock =
        dock(m_design, tr("Design"), tr("&Design"), QStringLiteral("designDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(jobsDock, designDock);
    QDockWidget* variantsDock =
        dock(m_variants, tr("Variants"), tr("&Variants"), QStringLiteral("variantsDock"), Qt::RightDockWidgetArea);
    QDockWidget* motifsDock =
        dock(m_motifs, tr("Motifs"), tr("&Motifs"), QStringLiteral("motifsDock"), Qt::RightDockWidgetArea);
    // Stacked on the right, not tabified: two hidden tabified docks keep their tab area's
    // height in the window's layout, which then opens taller than asked.
    // A fresh window keeps the sequences in view; the panels open from the menus.
    for (QDockWidget* panel : {trainingDock, designDock, variantsDock, motifsDock})
        panel->hide();
}

void MainWindow::showPanel(QWidget* panel)
{
    panel->parentWidget()->show();
    panel->parentWidget()->raise();
    panel->setFocus();
}

void MainWindow::createAnalysisMenu()
{
    QMenu* analysis = menuBar()->addMenu(tr("&Analysis"));
    QAction* map = analysis->addAction(tr("&Mutagenesis Map"), this, [this] { m_workbench->computeMap(false); });
    map->setShortcut(QKeySequence(tr("Ctrl+M")));
    map->setObjectName(QStringLiteral("mutagenesisMapAction"));
    map->setToolTip(tr("Predict every single-base substitution of the sequence in the editor"));
    QAction* estimate = analysis->addAction(tr("Quick &Estimate (Gradient × Input)"), this,
                                            [this] { m_workbench->computeMap(true); });
    estimate->setShortcut(QKeySequence(tr("Ctrl+Shift+M")));
    QAction* cancel = analysis->addAction(tr("&Cancel the Map"), m_workbench, &SequenceWorkbench::cancelMap);
    cancel->setShortcut(QKeySequence(tr("Ctrl+.")));
    QAction* flanks = analysis->addAction(tr("Include the Model's &Flank in Maps"));
    flanks->setCheckable(true);
    connect(flanks, &QAction::toggled, m_workbench, &SequenceWorkbench::setIncludeFlanks);
    analysis->addSeparator();
    analysis->addAction(tr("Maps of the &Selected Sequences…"), this, [this] { chooseBatchMapFile(false); });
    analysis->addAction(tr("Es&timated Maps of the Selected Sequences…"), this, [this] { chooseBatchMapFile(true); });
    analysis->addSeparator();
    analysis->addAction(tr("E&xport the Map as CSV…"), this, &MainWindow::chooseMapExportFile);
    analysis->addAction(tr("Export the &Heatmap as an Image…"), this, &MainWindow::chooseHeatmapImageFile);
    analysis->addSeparator();
    QAction* variants = analysis->addAction(tr("&Variant Effects…"), this, [this] {
        showPanel(m_variants);
        m_variants->importPairsWithDialog();
    });
    variants->setShortcut(QKeySequence(tr("Ctrl+Shift+V")));
    variants->setObjectName(QStringLiteral("variantEffectsAction"));
    variants->setToolTip(tr("Score a table of variants (reference and alternative sequences) with the model"));
    analysis->addAction(tr("Variants &Named by Position…"), this, [this] {
        showPanel(m_variants);
        m_variants->importRowsWithDialog();
    });
    QAction* variantsPanel = analysis->addAction(tr("Variants &Panel"), this, [this] { showPanel(m_variants); });
    variantsPanel->setShortcut(QKeySequence(tr("Ctrl+Alt+V")));
    QAction* motifs = analysis->addAction(tr("M&otif Scan"), this, [this] { showPanel(m_motifs); });
    motifs->setShortcut(QKeySequence(tr("Ctrl+Shift+F")));
    motifs->setObjectName(QStringLiteral("motifScanAction"));
    motifs->setToolTip(tr("Transcription factor motifs (JASPAR) found in the sequence in the editor"));
    analysis->addSeparator();
    QAction* design = analysis->addAction(tr("&Design Promoters…"), this, [this] { showPanel(m_design); });
    design->setShortcut(QKeySequence(tr("Ctrl+D")));
    design->setObjectName(QStringLiteral("designPromotersAction"));
    design->setToolTip(tr("Design new promoters toward a target expression, under constraints"));
}

void MainWindow::connectTraining()
{
    m_training->setProjectSequences([this] { return projectSequences(true); });
    const auto recount = [this] { m_training->setProjectMeasuredCount(measuredCount()); };
    connect(m_sequences, &QAbstractItemModel::rowsInserted, this, recount);
    connect(m_sequences, &QAbstractItemModel::rowsRemoved, this, recount);
    connect(m_sequences, &QAbstractItemModel::modelReset, this, recount);
    connect(m_training, &TrainingPanel::runStarted, this,
            [this](const TrainingRunInfo& run) { m_runArchive.started(run, m_training->configuration().device); });
    connect(m_training, &TrainingPanel::runStarted, this, [this](const TrainingRunInfo& run) {
        m_trainingJob = m_jobs->addJob(tr("Training %1").arg(QFileInfo(run.outputFolder).fileName()));
    });
    connect(m_training, &TrainingPanel::epochFinished, this, [this](const QString&, const EpochReport& report) {
        if (m_trainingJob >= 0)
            m_jobs->setProgress(m_trainingJob, report.epoch, m_training->configuration().epochs);
    });
    connect(m_training, &TrainingPanel::runFinished, this,
            [this](const QString&, TrainingOutcome outcome, const QString&, const QString& message) {
                if (m_trainingJob < 0)
                    return;
                m_jobs->finishJob(m_trainingJob,
                                  outcome == TrainingOutcome::Finished ? tr("Finished") : message,
                                  outcome == TrainingOutcome::Failed);
                m_trainingJob = -1;
            });
    connect(m_training, &TrainingPanel::epochFinished, this,
            [this](const QString& runId, const EpochReport& report) { m_runArchive.epochFinished(runId, report); });
    connect(m_training, &TrainingPanel::runFinished, this,
            [this](const QString& runId, TrainingOutcome outcome, const QString& bundlePath, const QString& message) {
                m_runArchive.ended(runId, outcome, bundlePath, message);
                if (outcome == TrainingOutcome::Finished) {
                    m_settings.addRecentModel(bundlePath);
                    statusBar()->showMessage(
                        tr("Training finished: the model is in File → Recent Models (%1)").arg(bundlePath));
                }
            });
}

std::vector<SequenceRecord> MainWindow::projectSequences(bool measuredOnly) const
{
    std::vector<SequenceRecord> records;
    for (int row = 0; row < m_sequences->rowCount(); ++row) {
        const SequenceEntry& entry = m_sequences->entry(row);
        if (measuredOnly && !entry.measured)
            continue;
        SequenceRecord record;
        record.name = entry.name.toStdString();
        record.bases = entry.bases;
        record.measured = entry.measured;
        records.push_back(std::move(record));
    }
    return records;
}

int MainWindow::measuredCount() const
{
    int count = 0;
    for (int row = 0; row < m_sequences->rowCount(); ++row)
        count += m_sequences->entry(row).measured.has_value() ? 1 : 0;
    return count;
}

void MainWindow::fillStoredRunsMenu(QMenu* menu)
{
    menu->clear();
    const std::vector<ArchivedRun> runs = m_runArchive.runs();
    for (const ArchivedRun& run : runs) {
        const std::int64_t id = run.id;
        menu->addAction(run.label, this, [this, id] { showStoredRun(id); });
    }
    if (runs.empty())
        menu->addAction(tr("(none yet)"))->setEnabled(false);
}

void MainWindow::showStoredRun(std::int64_t runId)
{
    QString description;
    const std::vector<EpochReport> history = m_runArchive.history(runId, description);
    m_training->showRun(description, history);
    m_training->parentWidget()->show();
}

void MainWindow::fillRecentMenu(QMenu* menu, const QStringList& paths, void (MainWindow::*open)(const QString&))
{
    menu->clear();
    for (const QString& path : paths) {
        const QString label = path == QLatin1String("default") ? tr("Default model") : QFileInfo(path).fileName();
        QAction* action = menu->addAction(label, this, [this, open, path] { (this->*open)(path); });
        action->setToolTip(path);
        action->setStatusTip(path);
    }
    if (paths.isEmpty())
        menu->addAction(tr("(none yet)"))->setEnabled(false);
}

void MainWindow::restoreLayout()
{
    restoreGeometry(m_settings.windowGeometry());
    restoreState(m_settings.windowState());
    for (QSplitter* splitter : {m_splitter, m_listSplitter})
        splitter->restoreState(m_settings.splitterState(splitter->objectName()));
}

void MainWindow::saveLayout()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    for (const QSplitter* splitter : {m_splitter, m_listSplitter})
        m_settings.setSplitterState(splitter->objectName(), splitter->saveState());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    discardEmptyUntitledProject();
    event->accept();
}

QString MainWindow::dialogFolder() const
{
    return m_settings.lastFolder();
}

void MainWindow::rememberFolder(const QString& path)
{
    m_settings.setLastFolder(QFileInfo(path).absolutePath());
}

void MainWindow::openFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open Sequences"), dialogFolder(),
        tr("Sequences (*.fa *.fasta *.fna *.csv *.tsv *.txt *.gz);;All files (*)"));
    for (const QString& path : paths)
        importFile(path);
}

void MainWindow::chooseModelFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Model"), dialogFolder(),
                                                      tr("Models (*.plm *.pth *.pt *.ckpt);;All files (*)"));
    if (!path.isEmpty()) {
        rememberFolder(path);
        loadModel(path);
    }
}

void MainWindow::chooseExportFile()
{
    const QString csv = tr("CSV (*.csv)");
    const QString csvWithBins = tr("CSV with the model's bin or class probabilities (*.csv)");
    const QString tsv = tr("TSV (*.tsv)");
    const QString tsvWithBins = tr("TSV with the model's bin or class probabilities (*.tsv)");
    const QString fasta = tr("FASTA (*.fa *.fasta)");
    QString filter = csv;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Table"), QFileInfo(dialogFolder(), tr("sequences.csv")).filePath(),
        QStringList{csv, csvWithBins, tsv, tsvWithBins, fasta}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    rememberFolder(path);
    try {
        exportTable(path, filter == csvWithBins || filter == tsvWithBins);
        statusBar()->showMessage(tr("Table written to %1").arg(path), 5000);
    } catch (const std::exception& error) {
        QMessageBox::warning(this, tr("The table could not be written"), QString::fromStdString(error.what()));
    }
}

void MainWindow::exportTable(const QString& path, bool includeOutputs) const
{
    if (isFastaName(path)) {
        exportSequenceFasta(*m_sequences, path.toStdString());
        return;
    }
    const auto model = m_service->model();
    exportSequenceTable(*m_sequences, path.toStdString(),
                        model && includeOutputs ? outputColumnNames(model->manifest()) : std::vector<std::string>{});
}

void MainWindow::choosePlotFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Plot"),
                                                      QFileInfo(dialogFolder(), tr("bin_distribution.png")).filePath(),
                                                      plotFileFilter());
    if (path.isEmpty())
        return;
    rememberFolder(path);
    if (const QString problem = exportPlot(path); !problem.isEmpty())
        QMessageBox::warning(this, tr("The plot could not be written"), problem);
    else
        statusBar()->showMessage(tr("Plot written to %1").arg(path), 5000);
}

QString MainWindow::exportPlot(const QString& path) const
{
    return savePlot(*m_plot->plot(), path);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_settings, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

QString MainWindow::untitledFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/untitled");
}

bool MainWindow::isUntitled() const
{
    return m_project->isOpen() && QFileInfo(m_project->path()).absolutePath() == QFileInfo(untitledFolder()).absoluteFilePath();
}

void MainWindow::newProject()
{
    discardEmptyUntitledProject();
    QDir().mkpath(untitledFolder());
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QString path = QStringLiteral("%1/untitled-%2.%3").arg(untitledFolder(), stamp, ProjectSession::fileSuffix());
    try {
        m_project->create(path);
    } catch (const std::exception& error) {
        QMessageBox::warning(this, tr("No project could be started"),
                             tr("%1\n\nChanges in this window will not be saved.").arg(QString::fromStdString(error.what())));
    }
    m_listUndo->clear();
    adoptProjectPath();
}

bool MainWindow::openProject(const QString& path)
{
    const QString previous = m_project->path();
    const bool discard = m_project->isOpen() && isUntitled() && m_sequences->rowCount() == 0;
    try {
        m_project->open(path);
    } catch (const std::exception& error) {
        m_settings.removeRecentProject(QFileInfo(path).absoluteFilePath());
        QMessageBox::warning(this, tr("The project could not be opened"), QString::fromStdString(error.what()));
        return false;
    }
    if (discard)
        QFile::remove(previous);
    m_listUndo->clear();
    m_settings.addRecentProject(path);
    m_pendingRequests.clear();
    adoptProjectPath();
    const QString model = projectModel();
    if (!model.isEmpty() && model != m_loadedModelPath)
        loadModel(model);
    else if (m_service->hasModel())
        activateModel(QString::fromStdString(m_service->model()->manifest().name),
                      QString::fromStdString(m_service->model()->device()), m_loadedModelPath);
    if (m_sequences->rowCount() > 0)
        m_view->setCurrentIndex(m_sorted->index(0, SequenceTableModel::NameColumn));
    return true;
}

void MainWindow::openRecentProject(const QString& path)
{
    openProject(path);
}

bool MainWindow::openOrCreateProject(const QString& path)
{
    if (QFileInfo::exists(path))
        return openProject(path);
    discardEmptyUntitledProject();
    try {
        m_project->create(path);
    } catch (const std::exception& error) {
        QMessageBox::warning(this, tr("The project could not be created"), QString::fromStdString(error.what()));
        return false;
    }
    m_listUndo->clear();
    m_settings.addRecentProject(path);
    adoptProjectPath();
    return true;
}

void MainWindow::saveProjectAs(const QString& path)
{
    m_project->saveAs(path);
    m_settings.addRecentProject(path);
    adoptProjectPath();
}

QString MainWindow::projectPath() const
{
    return m_project->path();
}

QString MainWindow::projectModel() const
{
    return m_project->activeModelPath().value_or(QString());
}

void MainWindow::discardEmptyUntitledProject()
{
    if (m_project->isOpen() && isUntitled() && m_sequences->rowCount() == 0) {
        const QString path = m_project->path();
        m_project->close();
        QFile::remove(path);
        for (const QString& journal : {QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + journal);
    }
}

void MainWindow::adoptProjectPath()
{
    m_settings.setLastProject(m_project->path());
    const QString name = isUntitled() ? tr("Untitled project") : QFileInfo(m_project->path()).completeBaseName();
    setWindowTitle(tr("%1 — PromoterLab").arg(name));
}

void MainWindow::chooseProjectFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Project"), dialogFolder(),
        tr("PromoterLab projects (*.%1);;All files (*)").arg(ProjectSession::fileSuffix()));
    if (!path.isEmpty()) {
        rememberFolder(path);
        openProject(path);
    }
}

void MainWindow::chooseProjectCopy()
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save Project As"), QFileInfo(dialogFolder(), tr("promoters.%1").arg(ProjectSession::fileSuffix())).filePath(),
        tr("PromoterLab projects (*.%1)").arg(ProjectSession::fileSuffix()));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + ProjectSession::fileSuffix();
    rememberFolder(path);
    const QString untitled = isUntitled() ? m_project->path() : QString();
    try {
        saveProjectAs(path);
        if (!untitled.isEmpty())
            QFile::remove(untitled);  // the named copy replaces the autosaved one
        statusBar()->showMessage(tr("Project saved as %1; changes are saved as you work").arg(path), 5000);
    } catch (const std::exception& error) {
        QMessageBox::warning(this, tr("The project could not be saved"), QString::fromStdString(error.what()));
    }
}

void MainWindow::activateModel(const QString& name, const QString& device, const QString& path)
{
    m_modelStatus->setText(tr("Model: %1 (%2)").arg(name, device));
    statusBar()->showMessage(tr("Model loaded"), 3000);
    m_loadedModelPath = path == QLatin1String("default") ? path : QFileInfo(path).absoluteFilePath();
    m_settings.addRecentModel(m_loadedModelPath);
    m_sequences->clearPredictions();
    m_pendingRequests.clear();  // answers still on their way come from the previous model
    m_project->useModel(m_loadedModelPath, m_service->model()->contentHash(), name);
    m_workbench->setModel(m_service->model());
    if (const int row = currentRow(); row >= 0)  // the new model may read another flank
        m_workbench->setLeftFlank(m_service->upstreamContext(m_sequences->entry(row).bases));
    restoreStoredMap();
    restoreStoredVariants();
    Q_EMIT modelActivated(name);
    // What the project already holds for this model needs no computing again.
    m_project->restorePredictions();
    std::vector<int> missing;
    for (int row = 0; row < m_sequences->rowCount(); ++row)
        if (!m_sequences->entry(row).predicted)
            missing.push_back(row);
    if (missing.empty()) {
        showSelected();
        Q_EMIT predictionsUpdated();
        return;
    }
    predictRows(missing);
}

void MainWindow::loadModel(const QString& path)
{
    m_modelStatus->setText(tr("Loading model…"));
    m_service->loadModel(path);
}

void MainWindow::importFile(const QString& path)
{
    const std::uint64_t job = m_importer->import(path);
    m_importJobs[job] = m_jobs->addJob(tr("Reading %1").arg(QFileInfo(path).fileName()));
}

void MainWindow::pasteText(const QString& text)
{
    const std::uint64_t job = m_importer->importText(text, tr("pasted text"));
    m_importJobs[job] = m_jobs->addJob(tr("Reading the pasted text"));
}

void MainWindow::connectImports()
{
    connect(m_importer, &ImportService::recordsRead, this,
            [this](std::uint64_t job, const std::vector<SequenceRecord>& batch) {
                std::vector<SequenceEntry> entries;
                entries.reserve(batch.size());
                for (const SequenceRecord& record : batch)
                    entries.push_back(SequenceEntry::given(QString::fromStdString(record.name), record.bases, record.measured));
                const int first = m_sequences->rowCount();
                m_sequences->append(std::move(entries));
                std::vector<int> rows(batch.size());
                std::iota(rows.begin(), rows.end(), first);
                auto group = m_importPredictions.find(job);
                if (group == m_importPredictions.end())
                    group = m_importPredictions.emplace(job, m_predictionJobs.open(tr("Predicting the new sequences")))
                                .first;
                predictRows(rows, group->second);
                if (!m_view->currentIndex().isValid())
                    m_view->setCurrentIndex(m_sorted->index(0, SequenceTableModel::NameColumn));
            });
    connect(m_importer, &ImportService::progress, this, [this](std::uint64_t job, qint64 done, qint64 total) {
        if (const auto found = m_importJobs.find(job); found != m_importJobs.end())
            m_jobs->setProgress(found->second, done, total);
    });
    connect(m_importer, &ImportService::finished, this, [this](std::uint64_t job, const ImportSummary& summary) {
        const int panelJob = takeImportJob(job);
        m_jobs->finishJob(panelJob, tr("%n sequence(s) added", nullptr, static_cast<int>(summary.accepted)), false);
        statusBar()->showMessage(tr("%n sequence(s) added from %1", nullptr, static_cast<int>(summary.accepted))
                                     .arg(summary.source),
                                 5000);
        if (QFileInfo::exists(summary.source))
            m_settings.addRecentFile(summary.source);
        if (summary.rejected > 0) {
            auto* dialog = new RejectedRecordsDialog(this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setRecords(summary.source, static_cast<qint64>(summary.accepted + summary.rejected),
                               static_cast<qint64>(summary.rejected), summary.listed);
            dialog->show();
        }
        Q_EMIT importEnded();
    });
    connect(m_importer, &ImportService::failed, this, [this](std::uint64_t job, const QString& message) {
        m_jobs->finishJob(takeImportJob(job), message, true);
        showProblem(tr("The sequences could not be read"), message);
        Q_EMIT importEnded();
    });
    connect(m_importer, &ImportService::cancelled, this, [this](std::uint64_t job) {
        m_jobs->finishJob(takeImportJob(job), tr("Cancelled; the sequences read before stay in the list"), false);
        Q_EMIT importEnded();
    });
    connect(m_jobs, &JobsPanel::cancelRequested, this, [this](int panelJob) {
        for (const auto& [job, id] : m_importJobs)
            if (id == panelJob)
                m_importer->cancel(job);
        if (m_predictionJobs.ownsEntry(panelJob))
            m_service->cancelAll();
        if (panelJob == m_trainingJob)
            m_training->cancel();
    });
}

void MainWindow::showProblem(const QString& title, const QString& message)
{
    // Not modal: background work reports here, and the user goes on working meanwhile.
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
}

int MainWindow::takeImportJob(std::uint64_t job)
{
    if (const auto group = m_importPredictions.find(job); group != m_importPredictions.end()) {
        m_predictionJobs.close(group->second);
        m_importPredictions.erase(group);
    }
    const auto found = m_importJobs.find(job);
    if (found == m_importJobs.end())
        return -1;
    const int panelJob = found->second;
    m_importJobs.erase(found);
    return panelJob;
}

void MainWindow::addNewSequence()
{
    m_filter->clear();
    const int row = m_sequences->rowCount();
    m_sequences->append({SequenceEntry::given(tr("New sequence %1").arg(row + 1), {})});
    m_sequences->setProblem(row, tr("no bases yet: type or paste them"));
    m_view->setCurrentIndex(m_sorted->mapFromSource(m_sequences->index(row, SequenceTableModel::NameColumn)));
}

void MainWindow::removeSelectedSequences()
{
    std::vector<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        rows.push_back(m_sorted->mapToSource(index).row());
    if (!rows.empty())
        m_listUndo->push(new RemoveSequencesCommand(*m_sequences, std::move(rows)));
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    if (importMimeData(*event->mimeData()))
        event->acceptProposedAction();
}

bool MainWindow::importMimeData(const QMimeData& data)
{
    if (data.hasUrls()) {
        for (const QUrl& url : data.urls())
            if (url.isLocalFile())
                importFile(url.toLocalFile());
        return true;
    }
    if (data.hasText()) {
        pasteText(data.text());
        return true;
    }
    return false;
}

void MainWindow::predictAll()
{
    std::vector<int> rows(static_cast<std::size_t>(m_sequences->rowCount()));
    std::iota(rows.begin(), rows.end(), 0);
    predictRows(rows);
}

void MainWindow::predictRows(const std::vector<int>& rows, int group)
{
    if (!m_service->hasModel() || rows.empty())
        return;
    std::vector<std::string> sequences;
    std::vector<std::uint64_t> keys;
    for (const int row : rows) {
        const SequenceEntry& entry = m_sequences->entry(row);
        if (const QString problem = m_service->rejectionReason(entry.bases); !problem.isEmpty()) {
            m_sequences->setProblem(row, problem);
            continue;
        }
        sequences.push_back(entry.bases);
        keys.push_back(entry.key);
    }
    if (sequences.empty()) {
        showSelected();
        return;
    }
    const bool ownGroup = group == 0;
    if (ownGroup)
        group = m_predictionJobs.open(tr("Predicting %n sequence(s)", nullptr, static_cast<int>(sequences.size())));
    for (std::size_t first = 0; first < sequences.size(); first += kPredictionChunk) {
        const std::size_t end = std::min(sequences.size(), first + kPredictionChunk);
        std::vector<std::string> chunk(std::make_move_iterator(sequences.begin() + static_cast<std::ptrdiff_t>(first)),
                                       std::make_move_iterator(sequences.begin() + static_cast<std::ptrdiff_t>(end)));
        const std::uint64_t request = m_service->predict(std::move(chunk));
        m_pendingRequests.emplace(request, std::vector<std::uint64_t>(keys.begin() + static_cast<std::ptrdiff_t>(first),
                                                                      keys.begin() + static_cast<std::ptrdiff_t>(end)));
        m_predictionJobs.add(group, request, static_cast<qint64>(end - first));
    }
    if (ownGroup)
        m_predictionJobs.close(group);
}

void MainWindow::applyPredictions(std::uint64_t request, const std::vector<Prediction>& predictions)
{
    m_predictionJobs.predicted(request);
    const auto pending = m_pendingRequests.find(request);
    if (pending == m_pendingRequests.end())
        return;  // made for a model that is no longer active
    const std::vector<std::uint64_t>& keys = pending->second;
    std::vector<int> rows;
    for (std::size_t i = 0; i < predictions.size() && i < keys.size(); ++i) {
        const int row = m_sequences->rowOfKey(keys[i]);
        if (row < 0)
            continue;  // removed or edited since the request; a newer request covers the edit
        rows.push_back(row);
        const Prediction& prediction = predictions[i];
        m_sequences->setPrediction(row, prediction.expression, prediction.outputs,
                                   prediction.hasStrands
                                       ? std::optional(std::pair(prediction.expressionForward, prediction.expressionReverse))
                                       : std::nullopt);
    }
    m_pendingRequests.erase(pending);
    m_project->storePredictions(rows);
    if (!m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_sorted->index(0, SequenceTableModel::NameColumn));
    showSelected();
    if (m_pendingRequests.empty())
        Q_EMIT predictionsUpdated();
}

int MainWindow::currentRow() const
{
    const QModelIndex current = m_sorted->mapToSource(m_view->currentIndex());
    return current.isValid() ? current.row() : -1;
}

void MainWindow::editSelected()
{
    const int row = currentRow();
    if (row < 0) {
        m_workbench->clearDocument();
        m_motifs->setSequence({});
        return;
    }
    const SequenceEntry& entry = m_sequences->entry(row);
    m_workbench->setDocument(entry.name, entry.bases, m_service->upstreamContext(entry.bases));
    m_motifs->setSequence(entry.bases);
    restoreStoredMap();
}

void MainWindow::applyEdit(const QString& bases)
{
    const int row = currentRow();
    if (row < 0)
        return;
    const std::string edited = bases.toStdString();
    m_sequences->setBases(row, edited);
    m_workbench->setLeftFlank(m_service->upstreamContext(edited));
    m_motifs->setSequence(edited);
}

void MainWindow::showSelected()
{
    const QModelIndex current = m_sorted->mapToSource(m_view->currentIndex());
    if (!current.isValid()) {
        m_plot->showMessage(tr("Select a sequence to see its predicted bin distribution."));
        return;
    }
    const SequenceEntry& entry = m_sequences->entry(current.row());
    if (!entry.problem.isEmpty()) {
        m_plot->showMessage(tr("%1 cannot be predicted: %2").arg(entry.name, entry.problem));
        return;
    }
    const auto model = m_service->model();
    if (!entry.predicted || !model || model->manifest().output.kind != OutputKind::Bins) {
        m_plot->showMessage(entry.predicted ? tr("%1: predicted %2").arg(entry.name).arg(*entry.predicted)
                                            : tr("%1: waiting for its prediction").arg(entry.name));
        return;
    }
    m_plot->showPrediction(model->manifest().output.binValues,
                           std::vector<double>(entry.outputs.begin(), entry.outputs.end()), *entry.predicted,
                           entry.measured, entry.strands);
}

QString MainWindow::modelStatusText() const
{
    return m_modelStatus->text();
}

SequenceEditor* MainWindow::sequenceEditor() const
{
    return m_workbench->editor();
}

MotifFindBar* MainWindow::motifFindBar() const
{
    return m_workbench->findBar();
}

void MainWindow::connectAnalysis()
{
    connect(m_workbench, &SequenceWorkbench::problem, this, &MainWindow::showProblem);
    connect(m_workbench, &SequenceWorkbench::mapComputed, this,
            [this](const MutagenesisMap& map, const std::string& bases) {
                const int row = currentRow();
                const std::optional<std::int64_t> modelId = m_project->activeModelId();
                if (row < 0 || !modelId || m_sequences->entry(row).id == 0)
                    return;
                const std::int64_t sequenceId = m_sequences->entry(row).id;
                m_project->access([&] { m_project->store()->saveMutagenesisMap(sequenceId, *modelId, bases, map); });
            });
    connect(m_batchMaps, &BatchMutagenesis::problem, this, &MainWindow::showProblem);
    connect(m_batchMaps, &BatchMutagenesis::ended, this,
            [this](const QString& summary) { statusBar()->showMessage(summary, 8000); });

    connect(m_motifs, &MotifPanel::hitsChanged, m_workbench, &SequenceWorkbench::setMotifHits);
    connect(m_motifs, &MotifPanel::hitsChanged, this, [this] {
        const int row = currentRow();
        if (row < 0 || m_sequences->entry(row).id == 0 || m_motifs->isPreparing())
            return;
        const SequenceEntry& entry = m_sequences->entry(row);
        m_project->access([&] {
            m_project->store()->saveMotifHits(entry.id, entry.bases, m_motifs->motifSource().toStdString(),
                                              m_motifs->pValueThreshold(), m_motifs->scannedHits());
        });
    });
    connect(m_motifs, &MotifPanel::hitActivated, sequenceEditor(), &SequenceEditor::selectRange);
    connect(m_motifs, &MotifPanel::problem, this, &MainWindow::showProblem);

    m_variants->setModelProvider([this] { return m_service->model(); });
    m_variants->setSequenceProvider([this] { return projectSequences(false); });
    connect(m_variants, &VariantsPanel::problem, this,
            [this](const QString& message) { showProblem(tr("The variants could not be scored"), message); });
    connect(m_variants, &VariantsPanel::rejectedRecords, this,
            [this](const QString& source, qint64 recordCount, qint64 leftOutCount,
                   const QVector<LeftOutRecord>& listed) {
                auto* dialog = new RejectedRecordsDialog(this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->setRecords(source, recordCount, leftOutCount, listed);
                dialog->show();
            });
    connect(m_variants, &VariantsPanel::jobStarted, this, [this](std::uint64_t job, const QString& title) {
        m_variantJobs[job] = m_jobs->addJob(title);
    });
    connect(m_variants, &VariantsPanel::jobProgress, this, [this](std::uint64_t job, qint64 done, qint64 total) {
        if (const auto found = m_variantJobs.find(job); found != m_variantJobs.end())
            m_jobs->setProgress(found->second, done, total);
    });
    connect(m_variants, &VariantsPanel::jobFinished, this,
            [this](std::uint64_t job, const QString& outcome, bool failed) {
                if (const auto found = m_variantJobs.find(job); found != m_variantJobs.end()) {
                    m_jobs->finishJob(found->second, outcome, failed);
                    m_variantJobs.erase(found);
                }
            });
    connect(m_jobs, &JobsPanel::cancelRequested, this, [this](int panelJob) {
        for (const auto& [job, id] : m_variantJobs)
            if (id == panelJob)
                m_variants->cancelJob(job);
    });
    connect(m_variants, &VariantsPanel::effectsChanged, this, [this] {
        const std::optional<std::int64_t> modelId = m_project->activeModelId();
        if (!modelId)
            return;
        const QString source = m_variants->sourcePath();
        m_project->access([&] {
            m_project->store()->saveVariantTable(QFileInfo(source).fileName().toStdString(), source.toStdString(),
                                                 *modelId, m_variants->effects());
        });
    });
}

void MainWindow::connectDesign()
{
    m_design->setModelProvider([this] { return m_service->model(); });
    connect(m_design, &DesignPanel::problem, this, &MainWindow::showProblem);
    connect(m_design, &DesignPanel::jobStarted, this, [this](std::uint64_t job, const QString& title) {
        m_designJobs[job] = m_jobs->addJob(title);
    });
    connect(m_design, &DesignPanel::jobProgress, this, [this](std::uint64_t job, qint64 done, qint64 total) {
        if (const auto found = m_designJobs.find(job); found != m_designJobs.end())
            m_jobs->setProgress(found->second, done, total);
    });
    connect(m_design, &DesignPanel::jobFinished, this, [this](std::uint64_t job, const QString& outcome, bool failed) {
        if (const auto found = m_designJobs.find(job); found != m_designJobs.end()) {
            m_jobs->finishJob(found->second, outcome, failed);
            m_designJobs.erase(found);
        }
    });
    connect(m_jobs, &JobsPanel::cancelRequested, this, [this](int panelJob) {
        for (const auto& [job, id] : m_designJobs)
            if (id == panelJob)
                m_design->cancelJob(job);
    });
    // Designs join the list like imported sequences: predicted, and ready to be mutagenised.
    connect(m_design, &DesignPanel::designsChosen, this, [this](const QStringList& names, const QStringList& sequences) {
        m_filter->clear();
        std::vector<SequenceEntry> entries;
        for (int i = 0; i < names.size(); ++i)
            entries.push_back(SequenceEntry::given(names[i], sequences[i].toStdString()));
        const int first = m_sequences->rowCount();
        m_sequences->append(std::move(entries));
        std::vector<int> rows(static_cast<std::size_t>(names.size()));
        std::iota(rows.begin(), rows.end(), first);
        predictRows(rows);
        m_view->setCurrentIndex(m_sorted->mapFromSource(m_sequences->index(first, SequenceTableModel::NameColumn)));
        statusBar()->showMessage(tr("%n design(s) added to the sequence list", nullptr, names.size()), 5000);
    });
}

void MainWindow::restoreStoredMap()
{
    const int row = currentRow();
    const std::optional<std::int64_t> modelId = m_project->activeModelId();
    if (row < 0 || !modelId || !m_project->store() || !m_service->hasModel())
        return;
    const SequenceEntry& entry = m_sequences->entry(row);
    if (entry.id == 0)
        return;
    m_project->access([&] {
        ProjectStore& store = *m_project->store();
        // An exact map wins over an estimate of the same sequence.
        for (const bool estimated : {false, true}) {
            if (const auto map = store.mutagenesisMap(entry.id, *modelId, entry.bases, estimated)) {
                m_workbench->showMap(*map);
                break;
            }
        }
        if (const auto hits = store.motifHits(entry.id, entry.bases, m_motifs->motifSource().toStdString(),
                                              m_motifs->pValueThreshold());
            hits && m_motifs->isPreparing()) {
            const QStringList picked = m_motifs->pickedMotifIds();
            std::vector<MotifHit> shown;
            for (const MotifHit& hit : *hits)
                if (picked.contains(QString::fromStdString(hit.motifId)))
                    shown.push_back(hit);
            m_workbench->setMotifHits(shown);
        }
    });
}

void MainWindow::restoreStoredVariants()
{
    const std::optional<std::int64_t> modelId = m_project->activeModelId();
    if (!modelId || !m_project->store())
        return;
    m_project->access([&] {
        const ProjectStore& store = *m_project->store();
        const std::vector<StoredVariantTableInfo> tables = store.variantTables();
        // The newest table scored by the active model.
        for (auto table = tables.rbegin(); table != tables.rend(); ++table) {
            if (table->modelId != *modelId)
                continue;
            m_variants->restore(QString::fromStdString(table->sourcePath), store.variantEffects(table->id));
            break;
        }
    });
}

bool MainWindow::mapSelectedSequences(const QString& csvPath, bool estimate)
{
    if (!m_service->hasModel()) {
        showProblem(tr("The maps could not be computed"), tr("No model is loaded: load one with File → Open Model."));
        return false;
    }
    std::vector<BatchMutagenesis::Item> items;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows()) {
        const SequenceEntry& entry = m_sequences->entry(m_sorted->mapToSource(index).row());
        BatchMutagenesis::Item item;
        item.sequenceId = entry.id;
        item.record.name = entry.name.toStdString();
        item.record.bases = entry.bases;
        item.record.line = static_cast<std::size_t>(m_sorted->mapToSource(index).row()) + 1;
        items.push_back(std::move(item));
    }
    if (items.empty()) {
        showProblem(tr("The maps could not be computed"), tr("Select the sequences to map in the list first."));
        return false;
    }
    MutagenesisOptions options;
    options.includeFlanks = m_workbench->includeFlanks();
    options.keepOutputs = false;
    return m_batchMaps->start(m_service->model(), std::move(items), options, estimate, csvPath);
}

void MainWindow::chooseBatchMapFile(bool estimate)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Write the Maps to"),
                                                      QDir(dialogFolder()).filePath(QStringLiteral("maps.csv")),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    rememberFolder(path);
    mapSelectedSequences(path, estimate);
}

void MainWindow::chooseMapExportFile()
{
    if (!m_workbench->map()) {
        showProblem(tr("The map could not be exported"),
                    tr("There is no map to export: compute one with Analysis → Mutagenesis Map (Ctrl+M)."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the Map"),
                                                      QDir(dialogFolder()).filePath(QStringLiteral("map.csv")),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    rememberFolder(path);
    try {
        m_workbench->exportMap(path);
        statusBar()->showMessage(tr("Map written to %1").arg(path), 5000);
    } catch (const std::exception& error) {
        showProblem(tr("The map could not be exported"), QString::fromStdString(error.what()));
    }
}

void MainWindow::chooseHeatmapImageFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the Heatmap"),
                                                      QDir(dialogFolder()).filePath(QStringLiteral("heatmap.png")),
                                                      plotFileFilter());
    if (path.isEmpty())
        return;
    rememberFolder(path);
    if (const QString failure = m_workbench->heatmap()->saveImage(path); !failure.isEmpty())
        showProblem(tr("The heatmap could not be exported"), failure);
}

WelcomeDialog* MainWindow::showWelcome()
{
    auto* welcome = findChild<WelcomeDialog*>(QString(), Qt::FindDirectChildrenOnly);
    if (!welcome) {
        // The menus' own actions, so that a button does exactly what the menu entry does.
        const auto menuAction = [this](const char* name) { return findChild<QAction*>(QLatin1String(name)); };
        WelcomeDialog::Features features;
        features.openSequences = menuAction("openSequencesAction");
        features.mutagenesisMap = menuAction("mutagenesisMapAction");
        features.variantEffects = menuAction("variantEffectsAction");
        features.motifScan = menuAction("motifScanAction");
        features.training = menuAction("newTrainingRunAction");
        features.design = menuAction("designPromotersAction");
        welcome = new WelcomeDialog(m_settings, features, this);
        connect(welcome, &WelcomeDialog::userGuideRequested, this, [this] { showUserGuide(this); });
        // In the bottom right corner, so that the list and the plot it speaks of stay in view.
        const int margin = fontMetrics().height();
        welcome->move(mapToGlobal(QPoint(std::max(0, width() - welcome->width() - margin),
                                         std::max(0, height() - welcome->height() - margin))));
    }
    welcome->show();
    welcome->raise();
    welcome->activateWindow();
    return welcome;
}

}  // namespace promoterlab::widgets
