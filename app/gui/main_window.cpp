// SPDX-License-Identifier: GPL-3.0-or-later
#include "main_window.h"

#include "app_settings.h"
#include "bin_distribution_plot.h"
#include "plot_export.h"
#include "prediction_service.h"
#include "preferences_dialog.h"
#include "remove_sequences_command.h"
#include "promoterlab/model.h"
#include "promoterlab/sequence_reader.h"
#include "sequence_table_model.h"
#include "table_export.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

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
    , m_splitter(new QSplitter(this))
    , m_service(new PredictionService(this))
    , m_modelStatus(new QLabel(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_listUndo(new QUndoStack(m_undoGroup))
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
    m_view->horizontalHeader()->setSectionResizeMode(SequenceTableModel::NameColumn, QHeaderView::Stretch);
    m_view->sortByColumn(-1, Qt::AscendingOrder);  // file order until the user sorts
    m_filter->setPlaceholderText(tr("Filter by name"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_sorted, &QSortFilterProxyModel::setFilterFixedString);

    auto* listPane = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_filter);
    listLayout->addWidget(m_view, 1);
    m_splitter->setObjectName(QStringLiteral("workspaceSplitter"));
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(m_plot);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({560, 540});
    setCentralWidget(m_splitter);
    statusBar()->addPermanentWidget(m_modelStatus);
    m_modelStatus->setText(tr("No model"));
    m_plot->showMessage(tr("Select a sequence to see its predicted bin distribution."));
    createActions();
    restoreLayout();

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showSelected);
    connect(m_service, &PredictionService::modelLoaded, this, [this](const QString& name, const QString& device) {
        m_modelStatus->setText(tr("Model: %1 (%2)").arg(name, device));
        statusBar()->showMessage(tr("Model loaded"), 3000);
        m_settings.addRecentModel(m_modelPath);
        m_sequences->clearPredictions();
        m_pendingRequests.clear();  // answers still on their way come from the previous model
        Q_EMIT modelActivated(name);
        predictAll();
    });
    connect(m_service, &PredictionService::modelFailed, this, [this](const QString& message) {
        m_modelStatus->setText(m_service->hasModel() ? tr("Model: %1").arg(QString::fromStdString(m_service->model()->manifest().name))
                                                     : tr("No model"));
        QMessageBox::warning(this, tr("The model could not be loaded"), message);
    });
    connect(m_service, &PredictionService::predicted, this, &MainWindow::applyPredictions);
    connect(m_service, &PredictionService::predictionFailed, this, [this](std::uint64_t request, const QString& message) {
        if (m_pendingRequests.erase(request) > 0)
            statusBar()->showMessage(tr("Prediction failed: %1").arg(message));
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QStyle* look = style();
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(look->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open Sequences…"), this,
                                    &MainWindow::openFiles);
    open->setShortcut(QKeySequence::Open);
    open->setToolTip(tr("Add the sequences of FASTA, CSV, TSV or text files (gzip too) to the list"));
    QMenu* recentFiles = file->addMenu(tr("Open &Recent Sequences"));
    connect(recentFiles, &QMenu::aboutToShow, this,
            [this, recentFiles] { fillRecentMenu(recentFiles, m_settings.recentFiles(), &MainWindow::importFile); });
    file->addSeparator();
    QAction* openModel = file->addAction(look->standardIcon(QStyle::SP_DriveHDIcon), tr("Open &Model…"), this,
                                         &MainWindow::chooseModelFile);
    openModel->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    openModel->setToolTip(tr("Load a PromoterLab bundle, an official LegNet checkpoint or a TorchScript model"));
    QMenu* recentModels = file->addMenu(tr("Recent Mo&dels"));
    connect(recentModels, &QMenu::aboutToShow, this,
            [this, recentModels] { fillRecentMenu(recentModels, m_settings.recentModels(), &MainWindow::loadModel); });
    file->addAction(tr("Use the &Default Model"), this, [this] { loadModel(QStringLiteral("default")); });
    file->addSeparator();
    QAction* exportTable = file->addAction(look->standardIcon(QStyle::SP_DialogSaveButton), tr("&Export Table…"), this,
                                           &MainWindow::chooseExportFile);
    exportTable->setShortcut(QKeySequence(tr("Ctrl+E")));
    exportTable->setToolTip(tr("Write the sequences and their predictions to CSV, TSV or FASTA"));
    QAction* exportPlot = file->addAction(tr("Export &Plot…"), this, &MainWindow::choosePlotFile);
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
    QAction* remove = edit->addAction(tr("&Remove Sequences"), this, &MainWindow::removeSelectedSequences);
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

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QToolBar* tools = addToolBar(tr("Main toolbar"));
    tools->setObjectName(QStringLiteral("mainToolbar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addAction(open);
    tools->addAction(newSequence);
    tools->addAction(openModel);
    tools->addAction(exportTable);
    view->addAction(tools->toggleViewAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About PromoterLab"), this, &MainWindow::showAbout);
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
    m_splitter->restoreState(m_settings.splitterState());
}

void MainWindow::saveLayout()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setSplitterState(m_splitter->saveState());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
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
    QMessageBox::about(this, tr("About PromoterLab"),
                       tr("<p><b>PromoterLab %1</b></p><p>Predicts the expression driven by promoter sequences "
                          "with deep-learning models such as LegNet, shows what each base contributes, trains "
                          "models and designs new promoters.</p><p>Licensed under the GNU GPL, version 3 or later.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::loadModel(const QString& path)
{
    m_modelPath = path;
    m_modelStatus->setText(tr("Loading model…"));
    m_service->loadModel(path);
}

void MainWindow::importFile(const QString& path)
{
    try {
        SequenceReader reader(path.toStdString());
        addSequences(reader, path);
        m_settings.addRecentFile(path);
    } catch (const std::exception& error) {
        QMessageBox::warning(this, tr("The file could not be read"), QString::fromStdString(error.what()));
    }
}

void MainWindow::pasteText(const QString& text)
{
    try {
        auto reader = SequenceReader::fromText(text.toStdString(), tr("pasted text").toStdString());
        addSequences(reader, tr("the pasted text"));
    } catch (const std::exception& error) {
        QMessageBox::warning(this, tr("The pasted text holds no sequences"), QString::fromStdString(error.what()));
    }
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

void MainWindow::addSequences(SequenceReader& reader, const QString& source)
{
    std::vector<SequenceEntry> entries;
    SequenceRecord record;
    while (reader.next(record))
        entries.push_back(SequenceEntry::given(QString::fromStdString(record.name), record.bases, record.measured));
    const std::vector<RejectedRecord>& rejected = reader.rejected();
    const std::size_t rejectedCount = reader.rejectedCount();
    const auto added = entries.size();
    const int firstNew = m_sequences->rowCount();
    m_sequences->append(std::move(entries));
    statusBar()->showMessage(tr("%n sequence(s) added from %1", nullptr, static_cast<int>(added)).arg(source), 5000);
    if (rejectedCount > 0) {
        QString details;
        for (const auto& rejection : rejected)
            details += tr("%1 line %2: %3\n")
                           .arg(QString::fromStdString(rejection.file))
                           .arg(rejection.line)
                           .arg(QString::fromStdString(rejection.reason));
        QMessageBox box(QMessageBox::Warning, tr("Some records were skipped"),
                        tr("%n record(s) of %1 could not be read.", nullptr, static_cast<int>(rejectedCount)).arg(source),
                        QMessageBox::Ok, this);
        box.setDetailedText(details);
        box.exec();
    }
    std::vector<int> newRows(added);
    std::iota(newRows.begin(), newRows.end(), firstNew);
    predictRows(newRows);
}

void MainWindow::predictAll()
{
    std::vector<int> rows(static_cast<std::size_t>(m_sequences->rowCount()));
    std::iota(rows.begin(), rows.end(), 0);
    predictRows(rows);
}

void MainWindow::predictRows(const std::vector<int>& rows)
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
    m_pendingRequests.emplace(m_service->predict(std::move(sequences)), std::move(keys));
}

void MainWindow::applyPredictions(std::uint64_t request, const std::vector<Prediction>& predictions)
{
    const auto pending = m_pendingRequests.find(request);
    if (pending == m_pendingRequests.end())
        return;  // made for a model that is no longer active
    const std::vector<std::uint64_t>& keys = pending->second;
    for (std::size_t i = 0; i < predictions.size() && i < keys.size(); ++i) {
        const int row = m_sequences->rowOfKey(keys[i]);
        if (row < 0)
            continue;  // removed or edited since the request; a newer request covers the edit
        const Prediction& prediction = predictions[i];
        m_sequences->setPrediction(row, prediction.expression, prediction.outputs,
                                   prediction.hasStrands
                                       ? std::optional(std::pair(prediction.expressionForward, prediction.expressionReverse))
                                       : std::nullopt);
    }
    m_pendingRequests.erase(pending);
    if (!m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_sorted->index(0, SequenceTableModel::NameColumn));
    showSelected();
    if (m_pendingRequests.empty())
        Q_EMIT predictionsUpdated();
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

}  // namespace promoterlab::widgets
