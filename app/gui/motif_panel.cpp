// SPDX-License-Identifier: GPL-3.0-or-later
// The Motifs dock: motif file and picks, p-value threshold, the scanner built off the GUI thread,
// the hits table and its export.
#include "motif_panel.h"

#include "motif_hit_table_model.h"

#include "promoterlab/errors.h"
#include "promoterlab/sequence_writer.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <exception>
#include <unordered_set>

namespace promoterlab::widgets {

namespace {

// FIMO's usual thresholds; the second is its default and the panel's.
constexpr double kThresholds[] = {1e-3, 1e-4, 1e-5, 1e-6};
constexpr int kDefaultThreshold = 1;
constexpr int kMotifIdRole = Qt::UserRole;

QString thresholdText(double threshold)
{
    return QLocale().toString(threshold, 'e', QLocale::FloatingPointShortest);
}

}  // namespace

// What a scanner build hands back to the GUI thread: the scanner, or why there is none.
struct MotifPanel::ScannerBuild {
    std::shared_ptr<const MotifScanner> scanner;
    QString error;
};

MotifPanel::MotifPanel(QWidget* parent)
    : QWidget(parent)
    , m_source(new QLabel(this))
    , m_load(new QPushButton(tr("Load MEME File…"), this))
    , m_bundled(new QPushButton(tr("Use JASPAR"), this))
    , m_threshold(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_motifList(new QListWidget(this))
    , m_all(new QPushButton(tr("All"), this))
    , m_none(new QPushButton(tr("None"), this))
    , m_status(new QLabel(this))
    , m_model(new MotifHitTableModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_export(new QPushButton(tr("Export CSV…"), this))
    , m_watcher(new QFutureWatcher<ScannerBuild>(this))
{
    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_load->setToolTip(tr("Scan with the motifs of a MEME v4 file, such as a JASPAR or HOCOMOCO export"));
    m_bundled->setToolTip(tr("Scan with the JASPAR 2024 fungal motifs shipped with PromoterLab again"));
    auto* sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_source, 1);
    sourceRow->addWidget(m_load);
    sourceRow->addWidget(m_bundled);

    for (double threshold : kThresholds)
        m_threshold->addItem(thresholdText(threshold), threshold);
    m_threshold->setCurrentIndex(kDefaultThreshold);
    m_threshold->setToolTip(tr("A window of the sequence is a hit when a random sequence scores as high with "
                               "at most this probability"));
    auto* thresholdLabel = new QLabel(tr("p-value ≤"), this);
    thresholdLabel->setBuddy(m_threshold);
    auto* thresholdRow = new QHBoxLayout;
    thresholdRow->addWidget(thresholdLabel);
    thresholdRow->addWidget(m_threshold);
    thresholdRow->addStretch(1);

    m_filter->setPlaceholderText(tr("Filter motifs by name or ID"));
    m_filter->setClearButtonEnabled(true);
    m_all->setToolTip(tr("Show the hits of every motif in the list"));
    m_none->setToolTip(tr("Hide the hits of every motif in the list"));
    auto* pickRow = new QHBoxLayout;
    pickRow->addWidget(m_filter, 1);
    pickRow->addWidget(m_all);
    pickRow->addWidget(m_none);
    m_motifList->setUniformItemSizes(true);

    m_status->setWordWrap(true);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(MotifHitTableModel::SortRole);
    m_view->setModel(m_sorted);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);  // scan order (by start) until the user sorts
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->setToolTip(tr("Double-click a hit to select its bases in the editor"));
    m_export->setEnabled(false);
    auto* exportRow = new QHBoxLayout;
    exportRow->addStretch(1);
    exportRow->addWidget(m_export);

    auto* motifs = new QWidget(this);
    auto* motifsLayout = new QVBoxLayout(motifs);
    motifsLayout->setContentsMargins(0, 0, 0, 0);
    motifsLayout->addLayout(pickRow);
    motifsLayout->addWidget(m_motifList);
    auto* hits = new QWidget(this);
    auto* hitsLayout = new QVBoxLayout(hits);
    hitsLayout->setContentsMargins(0, 0, 0, 0);
    hitsLayout->addWidget(m_status);
    hitsLayout->addWidget(m_view, 1);
    hitsLayout->addLayout(exportRow);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(motifs);
    splitter->addWidget(hits);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(sourceRow);
    layout->addLayout(thresholdRow);
    layout->addWidget(splitter, 1);

    connect(m_load, &QPushButton::clicked, this, &MotifPanel::loadMotifFileWithDialog);
    connect(m_bundled, &QPushButton::clicked, this, &MotifPanel::useBundledMotifs);
    connect(m_threshold, qOverload<int>(&QComboBox::currentIndexChanged), this, &MotifPanel::buildScanner);
    connect(m_filter, &QLineEdit::textChanged, this, &MotifPanel::filterMotifList);
    connect(m_all, &QPushButton::clicked, this, [this] { setVisibleMotifsPicked(true); });
    connect(m_none, &QPushButton::clicked, this, [this] { setVisibleMotifsPicked(false); });
    connect(m_motifList, &QListWidget::itemChanged, this, &MotifPanel::showPickedHits);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const MotifHit& hit = m_model->hit(m_sorted->mapToSource(index).row());
        Q_EMIT hitActivated(static_cast<int>(hit.start), static_cast<int>(hit.length));
    });
    connect(m_export, &QPushButton::clicked, this, &MotifPanel::exportWithDialog);
    connect(m_watcher, &QFutureWatcher<ScannerBuild>::finished, this, &MotifPanel::onScannerBuilt);

    useBundledMotifs();
}

MotifPanel::~MotifPanel() = default;

void MotifPanel::setSequence(const std::string& bases)
{
    m_bases = bases;
    if (m_scanner) {
        scan();
        return;
    }
    // The hits of the previous sequence would be in the wrong places until the scanner is ready.
    m_hits.clear();
    showPickedHits();
}

bool MotifPanel::loadMotifFile(const QString& path)
{
    try {
        setMotifs(readMemeFile(QFile::encodeName(path).toStdString()), path);
    } catch (const std::exception& error) {
        Q_EMIT problem(tr("The motif file could not be read"), QString::fromStdString(error.what()));
        return false;
    }
    return true;
}

void MotifPanel::useBundledMotifs()
{
    try {
        setMotifs(readMemeFile(bundledMotifFilePath()), QString());
    } catch (const std::exception& error) {
        // Only a broken installation lacks the file; the panel says so where the hits would be.
        m_status->setText(QString::fromStdString(error.what()));
        Q_EMIT problem(tr("The shipped motifs could not be read"), m_status->text());
    }
}

QString MotifPanel::motifSource() const
{
    return m_sourcePath.isEmpty() ? QString::fromLatin1(kBundledSource) : m_sourcePath;
}

double MotifPanel::pValueThreshold() const
{
    return m_threshold->currentData().toDouble();
}

void MotifPanel::setPValueThreshold(double threshold)
{
    int index = -1;
    for (int item = 0; item < m_threshold->count() && index < 0; ++item)
        if (std::abs(m_threshold->itemData(item).toDouble() - threshold) <= 1e-9 * threshold)
            index = item;
    if (index < 0) {
        m_threshold->addItem(thresholdText(threshold), threshold);
        index = m_threshold->count() - 1;
    }
    m_threshold->setCurrentIndex(index);
}

const std::vector<MotifHit>& MotifPanel::shownHits() const
{
    return m_model->hits();
}

bool MotifPanel::isPreparing() const
{
    return !m_scanner && m_buildError.isEmpty() && !m_motifs.motifs.empty();
}

QStringList MotifPanel::pickedMotifIds() const
{
    QStringList ids;
    for (int row = 0; row < m_motifList->count(); ++row)
        if (m_motifList->item(row)->checkState() == Qt::Checked)
            ids.append(m_motifList->item(row)->data(kMotifIdRole).toString());
    return ids;
}

void MotifPanel::setPickedMotifIds(const QStringList& ids)
{
    {
        const QSignalBlocker blocker(m_motifList);
        for (int row = 0; row < m_motifList->count(); ++row) {
            QListWidgetItem* item = m_motifList->item(row);
            item->setCheckState(ids.contains(item->data(kMotifIdRole).toString()) ? Qt::Checked : Qt::Unchecked);
        }
    }
    showPickedHits();
}

QString MotifPanel::exportCsv(const QString& path) const
{
    try {
        CsvWriter writer(QFile::encodeName(path).toStdString());
        writer.writeRow({"motif_id", "name", "start", "end", "strand", "score_bits", "p_value"});
        for (int row = 0; row < m_sorted->rowCount(); ++row) {
            const MotifHit& hit = m_model->hit(m_sorted->mapToSource(m_sorted->index(row, 0)).row());
            writer.field(hit.motifId).field(hit.motifName).field(hit.start + 1).field(hit.start + hit.length);
            // Words, not + and −: the writer guards a leading + or - as a spreadsheet formula.
            writer.field(hit.reverseStrand ? "reverse" : "forward").field(hit.score).field(hit.pValue);
            writer.endRow();
        }
        writer.close();
    } catch (const std::exception& error) {
        return QString::fromStdString(error.what());
    }
    return {};
}

QSize MotifPanel::sizeHint() const
{
    const QMargins margins = layout()->contentsMargins();
    const int table = m_view->horizontalHeader()->length() + 2 * m_view->frameWidth()
                      + m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    const QSize hint = QWidget::sizeHint();
    return {std::max(hint.width(), table + margins.left() + margins.right()), hint.height()};
}

void MotifPanel::activateShownHit(int index)
{
    if (index < 0 || index >= m_model->rowCount())
        return;
    const QModelIndex row = m_sorted->mapFromSource(m_model->index(index, 0));
    m_view->selectionModel()->select(row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(row);
    const MotifHit& hit = m_model->hit(index);
    Q_EMIT hitActivated(static_cast<int>(hit.start), static_cast<int>(hit.length));
}

void MotifPanel::loadMotifFileWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Load MEME File"), QString(),
        tr("MEME motif files (*.meme *.txt *.meme.gz *.txt.gz);;All files (*)"));
    if (!path.isEmpty())
        loadMotifFile(path);
}

void MotifPanel::exportWithDialog()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Motif Hits"), tr("motif_hits.csv"), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (const QString reason = exportCsv(path); !reason.isEmpty())
        Q_EMIT problem(tr("The motif hits could not be exported"), reason);
}

void MotifPanel::setMotifs(MotifFile motifs, const QString& sourcePath)
{
    m_motifs = std::move(motifs);
    m_sourcePath = sourcePath;
    const int count = static_cast<int>(m_motifs.motifs.size());
    if (sourcePath.isEmpty()) {
        m_source->setText(tr("JASPAR 2024 CORE fungi (CC BY 4.0), %n motif(s)", nullptr, count));
        m_source->setToolTip(tr("Rauluseviciute I, et al. JASPAR 2024: 20th anniversary of the open-access "
                                "database of transcription factor binding profiles. Nucleic Acids Research 52(D1), "
                                "D174–D182 (2024)."));
    } else {
        m_source->setText(tr("%1, %n motif(s)", nullptr, count).arg(QFileInfo(sourcePath).fileName()));
        m_source->setToolTip(sourcePath);
    }
    m_bundled->setVisible(!sourcePath.isEmpty());

    {
        const QSignalBlocker blocker(m_motifList);
        m_motifList->clear();
        for (const Motif& motif : m_motifs.motifs) {
            const QString id = QString::fromStdString(motif.id);
            const QString name = QString::fromStdString(motif.name);
            auto* item = new QListWidgetItem(name == id ? id : tr("%1 (%2)").arg(name, id), m_motifList);
            item->setData(kMotifIdRole, id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
        m_motifList->sortItems();
    }
    filterMotifList(m_filter->text());
    // The old file's hits name motifs that are gone.
    m_hits.clear();
    buildScanner();
    showPickedHits();
}

void MotifPanel::buildScanner()
{
    m_scanner.reset();
    m_buildError.clear();
    MotifScanOptions options;
    options.pValueThreshold = pValueThreshold();
    // A build still running for an older choice finishes unseen: the watcher follows the newest.
    m_watcher->setFuture(QtConcurrent::run([motifs = m_motifs, options] {
        ScannerBuild build;
        try {
            build.scanner = std::make_shared<const MotifScanner>(motifs, options);
        } catch (const std::exception& error) {
            build.error = QString::fromStdString(error.what());
        }
        return build;
    }));
    updateStatus();
}

void MotifPanel::onScannerBuilt()
{
    ScannerBuild build = m_watcher->result();
    if (!build.error.isEmpty()) {
        m_buildError = build.error;
        updateStatus();
        Q_EMIT problem(tr("The motifs could not be prepared for scanning"), build.error);
        return;
    }
    m_scanner = std::move(build.scanner);
    scan();
}

void MotifPanel::scan()
{
    m_hits = m_scanner->scan(m_bases);
    showPickedHits();
}

void MotifPanel::showPickedHits()
{
    std::unordered_set<std::string> picked;
    for (const QString& id : pickedMotifIds())
        picked.insert(id.toStdString());
    std::vector<MotifHit> shown;
    std::copy_if(m_hits.begin(), m_hits.end(), std::back_inserter(shown),
                 [&picked](const MotifHit& hit) { return picked.count(hit.motifId) > 0; });
    m_model->setHits(std::move(shown));
    // A sequence has tens of hits, not thousands: measuring every cell is cheap.
    m_view->resizeColumnsToContents();
    updateGeometry();
    m_export->setEnabled(m_model->rowCount() > 0);
    updateStatus();
    Q_EMIT hitsChanged(m_model->hits());
}

void MotifPanel::filterMotifList(const QString& text)
{
    const QString wanted = text.trimmed();
    for (int row = 0; row < m_motifList->count(); ++row) {
        QListWidgetItem* item = m_motifList->item(row);
        item->setHidden(!wanted.isEmpty() && !item->text().contains(wanted, Qt::CaseInsensitive));
    }
}

void MotifPanel::setVisibleMotifsPicked(bool picked)
{
    {
        const QSignalBlocker blocker(m_motifList);
        for (int row = 0; row < m_motifList->count(); ++row)
            if (QListWidgetItem* item = m_motifList->item(row); !item->isHidden())
                item->setCheckState(picked ? Qt::Checked : Qt::Unchecked);
    }
    showPickedHits();
}

void MotifPanel::updateStatus()
{
    if (!m_buildError.isEmpty())
        m_status->setText(m_buildError);
    else if (isPreparing())
        m_status->setText(
            tr("Preparing %n motif(s) for scanning…", nullptr, static_cast<int>(m_motifs.motifs.size())));
    else if (m_bases.empty())
        m_status->setText(tr("No sequence to scan."));
    else
        m_status->setText(tr("%1 of %n hit(s) shown (p ≤ %2)", nullptr, static_cast<int>(m_hits.size()))
                              .arg(m_model->rowCount())
                              .arg(thresholdText(pValueThreshold())));
}

}  // namespace promoterlab::widgets
