// SPDX-License-Identifier: GPL-3.0-or-later
#include "main_window.h"

#include "bin_distribution_plot.h"
#include "prediction_service.h"
#include "promoterlab/model.h"
#include "promoterlab/sequence_reader.h"
#include "sequence_table_model.h"
#include "table_export.h"

#include <QApplication>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QUrl>

#include <exception>

namespace promoterlab::widgets {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_sequences(new SequenceTableModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_plot(new BinDistributionPlot(this))
    , m_service(new PredictionService(this))
    , m_modelStatus(new QLabel(this))
{
    setWindowTitle(tr("PromoterLab"));
    setAcceptDrops(true);
    m_sorted->setSourceModel(m_sequences);
    m_sorted->setSortRole(SequenceTableModel::SortRole);
    m_view->setModel(m_sorted);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(SequenceTableModel::NameColumn, QHeaderView::Stretch);
    m_view->sortByColumn(-1, Qt::AscendingOrder);  // file order until the user sorts

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_plot);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({560, 540});
    setCentralWidget(splitter);
    statusBar()->addPermanentWidget(m_modelStatus);
    m_modelStatus->setText(tr("No model"));
    m_plot->showMessage(tr("Select a sequence to see its predicted bin distribution."));
    createMenus();

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showSelected);
    connect(m_service, &PredictionService::modelLoaded, this, [this](const QString& name, const QString& device) {
        m_modelStatus->setText(tr("Model: %1 (%2)").arg(name, device));
        statusBar()->showMessage(tr("Model loaded"), 3000);
        Q_EMIT modelActivated(name);
        predictAll();
    });
    connect(m_service, &PredictionService::modelFailed, this, [this](const QString& message) {
        QMessageBox::warning(this, tr("The model could not be loaded"), message);
    });
    connect(m_service, &PredictionService::predicted, this,
            [this](std::uint64_t request, const std::vector<Prediction>& predictions) {
                if (request != m_latestRequest)
                    return;  // the list or the model changed since; a newer request is on its way
                for (std::size_t i = 0; i < predictions.size(); ++i)
                    m_sequences->setPrediction(m_requestRows[i], predictions[i].expression, predictions[i].outputs);
                if (!m_view->currentIndex().isValid())
                    m_view->setCurrentIndex(m_sorted->index(0, SequenceTableModel::NameColumn));
                showSelected();
                Q_EMIT predictionsUpdated();
            });
    connect(m_service, &PredictionService::predictionFailed, this, [this](std::uint64_t request, const QString& message) {
        if (request == m_latestRequest)
            statusBar()->showMessage(tr("Prediction failed: %1").arg(message));
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open Sequences…"), this, &MainWindow::openFiles);
    open->setShortcut(QKeySequence::Open);
    QAction* openModel = file->addAction(tr("Open &Model…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Model"), {},
                                                          tr("Models (*.plm *.pth *.pt *.ckpt);;All files (*)"));
        if (!path.isEmpty())
            loadModel(path);
    });
    openModel->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    QAction* exportAction = file->addAction(tr("&Export Table…"), this, &MainWindow::chooseExportFile);
    exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* paste = edit->addAction(tr("&Paste Sequences"), this, [this] { pasteText(QGuiApplication::clipboard()->text()); });
    paste->setShortcut(QKeySequence::Paste);
}

void MainWindow::openFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open Sequences"), {},
        tr("Sequences (*.fa *.fasta *.fna *.csv *.tsv *.txt *.gz);;All files (*)"));
    for (const QString& path : paths)
        importFile(path);
}

void MainWindow::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Table"), tr("sequences.csv"),
                                                      tr("CSV (*.csv);;TSV (*.tsv)"));
    if (path.isEmpty())
        return;
    try {
        exportTable(path);
        statusBar()->showMessage(tr("Table written to %1").arg(path), 5000);
    } catch (const std::exception& error) {
        QMessageBox::warning(this, tr("The table could not be written"), QString::fromStdString(error.what()));
    }
}

void MainWindow::exportTable(const QString& path) const
{
    const auto model = m_service->model();
    exportSequenceTable(*m_sequences, path.toStdString(),
                        model ? outputColumnNames(model->manifest()) : std::vector<std::string>{});
}

void MainWindow::loadModel(const QString& path)
{
    m_modelStatus->setText(tr("Loading model…"));
    m_service->loadModel(path);
}

void MainWindow::importFile(const QString& path)
{
    try {
        SequenceReader reader(path.toStdString());
        addSequences(reader, path);
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
        entries.push_back({QString::fromStdString(record.name), record.bases, record.measured, std::nullopt, {}, {}});
    const std::vector<RejectedRecord>& rejected = reader.rejected();
    const std::size_t rejectedCount = reader.rejectedCount();
    const auto added = entries.size();
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
    predictAll();
}

void MainWindow::predictAll()
{
    if (!m_service->hasModel() || m_sequences->rowCount() == 0)
        return;
    std::vector<std::string> sequences;
    m_requestRows.clear();
    for (int row = 0; row < m_sequences->rowCount(); ++row) {
        const std::string& bases = m_sequences->entry(row).bases;
        if (const QString problem = m_service->rejectionReason(bases); !problem.isEmpty()) {
            m_sequences->setProblem(row, problem);
            continue;
        }
        sequences.push_back(bases);
        m_requestRows.push_back(row);
    }
    m_latestRequest = m_service->predict(std::move(sequences));
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
                           entry.measured);
}

QString MainWindow::modelStatusText() const
{
    return m_modelStatus->text();
}

}  // namespace promoterlab::widgets
