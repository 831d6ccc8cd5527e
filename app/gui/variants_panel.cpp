// SPDX-License-Identifier: GPL-3.0-or-later
// The variant-effects dock: import, column choice, background scoring, table, scatter and export.
#include "variants_panel.h"

#include "delta_scatter_plot.h"
#include "variant_service.h"
#include "variant_table_model.h"

#include "promoterlab/errors.h"
#include "promoterlab/sequence_writer.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <initializer_list>

namespace promoterlab::widgets {

namespace {

// The header names the core's readers look for when a column is not named
// (variant_effects.h), so that the dialog preselects what reading would find.
const std::initializer_list<const char*> kPairReference = {"reference", "ref", "ref_seq", "ref_sequence",
                                                           "reference_sequence"};
const std::initializer_list<const char*> kPairAlternative = {"alternative",  "alt",     "alt_seq", "alt_sequence",
                                                             "alternative_sequence", "variant"};
const std::initializer_list<const char*> kPairName = {"name", "id", "variant_id"};
const std::initializer_list<const char*> kRowSequence = {"sequence", "sequence_name", "seq", "name", "id"};
const std::initializer_list<const char*> kRowPosition = {"position", "pos"};
const std::initializer_list<const char*> kRowReference = {"ref", "reference"};
const std::initializer_list<const char*> kRowAlternative = {"alt", "alternative"};

// How a combo box of the column dialog starts.
enum class Choice {
    Required,   // a column must be chosen; preselected when a header matches
    Automatic,  // "(automatic)" or a column
    None,       // "(none)" or a column
};

// The first header that one of the candidates names (case-insensitively), or -1.
int findColumn(const QStringList& header, std::initializer_list<const char*> candidates)
{
    for (const char* candidate : candidates)
        for (int i = 0; i < header.size(); ++i)
            if (header[i].compare(QLatin1String(candidate), Qt::CaseInsensitive) == 0)
                return i;
    return -1;
}

QComboBox* columnBox(QWidget* parent, const QString& name, const QStringList& header, Choice choice,
                     std::initializer_list<const char*> candidates)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(name);
    for (const QString& column : header)
        box->addItem(column, column);
    const int found = findColumn(header, candidates);
    if (choice == Choice::Automatic)
        box->insertItem(0, VariantsPanel::tr("(automatic)"), QString());
    else if (choice == Choice::None)
        box->insertItem(0, VariantsPanel::tr("(none)"), QString());
    else if (found < 0)
        box->insertItem(0, VariantsPanel::tr("(choose a column)"));  // no data: nothing chosen yet
    box->setCurrentIndex(choice == Choice::None || found < 0 ? 0 : box->findData(header[found]));
    return box;
}

constexpr int kMeasuredNames = 1000;

char delimiterFor(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("tsv") || suffix == QLatin1String("txt") ? '\t' : ',';
}

QString correlation(double value, int decimals)
{
    return std::isnan(value) ? VariantsPanel::tr("n/a") : QLocale().toString(value, 'f', decimals);
}

}  // namespace

VariantsPanel::VariantsPanel(QWidget* parent)
    : QWidget(parent)
    , m_service(new VariantService(this))
    , m_model(new VariantTableModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_scatter(new DeltaScatterPlot(this))
    , m_summary(new QLabel(this))
    , m_importPairs(new QPushButton(tr("Import Variant Pairs…"), this))
    , m_importRows(new QPushButton(tr("Import Variant Rows…"), this))
    , m_export(new QPushButton(tr("Export CSV…"), this))
{
    m_importPairs->setToolTip(tr("A CSV or TSV table with one reference and one alternative sequence a row"));
    m_importRows->setToolTip(
        tr("A CSV or TSV table of (sequence name, position, ref, alt) rows applied to this project's sequences"));
    m_export->setEnabled(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_importPairs);
    buttons->addWidget(m_importRows);
    buttons->addStretch(1);
    buttons->addWidget(m_export);

    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(VariantTableModel::SortRole);
    m_view->setModel(m_sorted);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);  // file order until the user sorts
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    resizeColumns();

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_scatter);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    display(QString(), {}, {}, 0);

    connect(m_importPairs, &QPushButton::clicked, this, &VariantsPanel::importPairsWithDialog);
    connect(m_importRows, &QPushButton::clicked, this, &VariantsPanel::importRowsWithDialog);
    connect(m_export, &QPushButton::clicked, this, &VariantsPanel::exportWithDialog);
    connect(m_service, &VariantService::progress, this, &VariantsPanel::jobProgress);
    connect(m_service, &VariantService::finished, this, &VariantsPanel::onFinished);
    connect(m_service, &VariantService::failed, this, [this](std::uint64_t job, const QString& message) {
        Q_EMIT jobFinished(job, message, true);
        if (job != m_job)
            return;
        m_job = 0;
        Q_EMIT problem(message);
    });
    connect(m_service, &VariantService::cancelled, this, [this](std::uint64_t job) {
        if (job == m_job)
            m_job = 0;
        Q_EMIT jobFinished(job, tr("Cancelled"), false);
    });
}

VariantsPanel::~VariantsPanel() = default;

void VariantsPanel::setModelProvider(ModelProvider provider)
{
    m_modelProvider = std::move(provider);
}

void VariantsPanel::setSequenceProvider(SequenceProvider provider)
{
    m_sequenceProvider = std::move(provider);
}

std::uint64_t VariantsPanel::importFile(const QString& path, bool rows, const VariantColumns& columns)
{
    VariantRequest request;
    request.path = path;
    request.rows = rows;
    request.columns = columns;
    request.model = m_modelProvider ? m_modelProvider() : nullptr;
    if (!request.model) {
        Q_EMIT problem(tr("No model is loaded: open one with File → Open Model before scoring variants."));
        return 0;
    }
    if (rows) {
        if (m_sequenceProvider)
            request.sequences = m_sequenceProvider();
        if (request.sequences.empty()) {
            Q_EMIT problem(tr("Variant rows name sequences of the project, and it has none yet: add the sequences "
                              "first, or import the variants as pairs of sequences."));
            return 0;
        }
    }
    // The newest file is the one the user wants to see: an earlier scoring would only be replaced.
    if (m_job != 0)
        m_service->cancel(m_job);
    m_job = m_service->score(std::move(request));
    Q_EMIT jobStarted(m_job, tr("Scoring variants in %1").arg(QFileInfo(path).fileName()));
    return m_job;
}

QDialog* VariantsPanel::chooseColumns(const QString& path, bool rows)
{
    QString error;
    const QStringList header = variantTableColumns(path, &error);
    if (header.isEmpty()) {
        Q_EMIT problem(error);
        return nullptr;
    }
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(rows ? tr("Columns of the Variant Rows") : tr("Columns of the Variant Pairs"));
    auto* form = new QFormLayout;
    struct Field {
        QComboBox* box;
        std::string VariantColumns::*member;
    };
    std::vector<Field> fields;
    const auto add = [&](const QString& label, const QString& name, std::string VariantColumns::*member,
                         Choice choice, std::initializer_list<const char*> candidates) {
        auto* box = columnBox(dialog, name, header, choice, candidates);
        form->addRow(label, box);
        fields.push_back({box, member});
    };
    if (rows) {
        add(tr("Sequence name:"), QStringLiteral("sequenceName"), &VariantColumns::sequenceName, Choice::Required,
            kRowSequence);
        add(tr("Position (1-based):"), QStringLiteral("position"), &VariantColumns::position, Choice::Required,
            kRowPosition);
        add(tr("Reference bases:"), QStringLiteral("reference"), &VariantColumns::reference, Choice::Required,
            kRowReference);
        add(tr("Alternative bases:"), QStringLiteral("alternative"), &VariantColumns::alternative, Choice::Required,
            kRowAlternative);
    } else {
        add(tr("Reference sequence:"), QStringLiteral("reference"), &VariantColumns::reference, Choice::Required,
            kPairReference);
        add(tr("Alternative sequence:"), QStringLiteral("alternative"), &VariantColumns::alternative,
            Choice::Required, kPairAlternative);
        add(tr("Variant name:"), QStringLiteral("name"), &VariantColumns::name, Choice::Automatic, kPairName);
    }
    add(tr("Measured Δ (alt − ref):"), QStringLiteral("measuredDelta"), &VariantColumns::measuredDelta, Choice::None,
        {});
    add(tr("Measured reference:"), QStringLiteral("measuredReference"), &VariantColumns::measuredReference,
        Choice::None, {});
    add(tr("Measured alternative:"), QStringLiteral("measuredAlternative"), &VariantColumns::measuredAlternative,
        Choice::None, {});

    auto* note = new QLabel(tr("Without a measured Δ column, measured reference and alternative values give the "
                               "measured Δ as their difference."),
                            dialog);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Score"));
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(new QLabel(tr("Columns of %1:").arg(QFileInfo(path).fileName()), dialog));
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);

    // A required field without a column would only fail once scoring started.
    const auto updateOk = [fields, buttons] {
        bool complete = true;
        for (const auto& field : fields)
            complete = complete && field.box->currentData().isValid();
        buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
    };
    for (const auto& field : fields)
        connect(field.box, qOverload<int>(&QComboBox::currentIndexChanged), dialog, updateOk);
    updateOk();
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, fields, path, rows] {
        VariantColumns columns;
        for (const auto& field : fields)
            columns.*field.member = field.box->currentData().toString().toStdString();
        dialog->accept();
        importFile(path, rows, columns);
    });
    dialog->show();
    return dialog;
}

const std::vector<VariantEffect>& VariantsPanel::effects() const
{
    return m_model->effects();
}

void VariantsPanel::restore(const QString& source, std::vector<VariantEffect> effects)
{
    auto agreement = deltaAgreement(effects);
    display(source, std::move(effects), std::move(agreement), 0);
}

QString VariantsPanel::exportCsv(const QString& path) const
{
    std::vector<std::string> header;
    const auto columnName = [](VariantTableModel::Column column) {
        switch (column) {
        case VariantTableModel::NameColumn:
            return "name";
        case VariantTableModel::SubstitutionsColumn:
            return "substitutions";
        case VariantTableModel::PredictedReferenceColumn:
            return "predicted_reference";
        case VariantTableModel::PredictedAlternativeColumn:
            return "predicted_alternative";
        case VariantTableModel::PredictedDeltaColumn:
            return "predicted_delta";
        case VariantTableModel::MeasuredDeltaColumn:
            return "measured_delta";
        case VariantTableModel::MeasuredReferenceColumn:
            return "measured_reference";
        case VariantTableModel::MeasuredAlternativeColumn:
            return "measured_alternative";
        }
        return "";
    };
    for (int section = 0; section < m_model->columnCount(); ++section) {
        header.emplace_back(columnName(m_model->column(section)));
        if (m_model->column(section) == VariantTableModel::NameColumn) {
            header.emplace_back("reference");
            header.emplace_back("alternative");
        }
    }
    try {
        CsvWriter writer(QFile::encodeName(path).toStdString(), delimiterFor(path));
        writer.writeRow(header);
        for (int row = 0; row < m_sorted->rowCount(); ++row) {
            const VariantEffect& effect = m_model->effect(m_sorted->mapToSource(m_sorted->index(row, 0)).row());
            const Variant& variant = effect.variant;
            for (int section = 0; section < m_model->columnCount(); ++section) {
                switch (m_model->column(section)) {
                case VariantTableModel::NameColumn:
                    writer.field(variant.name).field(variant.reference).field(variant.alternative);
                    break;
                case VariantTableModel::SubstitutionsColumn:
                    writer.field(variant.substitutions);
                    break;
                case VariantTableModel::PredictedReferenceColumn:
                    writer.field(effect.predictedReference);
                    break;
                case VariantTableModel::PredictedAlternativeColumn:
                    writer.field(effect.predictedAlternative);
                    break;
                case VariantTableModel::PredictedDeltaColumn:
                    writer.field(effect.predictedDelta());
                    break;
                case VariantTableModel::MeasuredDeltaColumn:
                    writer.field(variant.measuredDelta);
                    break;
                case VariantTableModel::MeasuredReferenceColumn:
                    writer.field(variant.measuredReference);
                    break;
                case VariantTableModel::MeasuredAlternativeColumn:
                    writer.field(variant.measuredAlternative);
                    break;
                }
            }
            writer.endRow();
        }
        writer.close();
    } catch (const std::exception& error) {
        return QString::fromStdString(error.what());
    }
    return {};
}

QString VariantsPanel::summaryText() const
{
    return m_summary->text();
}

void VariantsPanel::cancelJob(std::uint64_t job)
{
    m_service->cancel(job);
}

void VariantsPanel::importPairsWithDialog()
{
    importWithDialog(false);
}

void VariantsPanel::importRowsWithDialog()
{
    importWithDialog(true);
}

void VariantsPanel::importWithDialog(bool rows)
{
    const QString path = QFileDialog::getOpenFileName(
        this, rows ? tr("Import Variant Rows") : tr("Import Variant Pairs"), QString(),
        tr("Variant tables (*.csv *.tsv *.txt *.csv.gz *.tsv.gz *.txt.gz);;All files (*)"));
    if (!path.isEmpty())
        chooseColumns(path, rows);
}

void VariantsPanel::exportWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Variant Effects"),
                                                      tr("variant_effects.csv"),
                                                      tr("CSV (*.csv);;Tab-separated (*.tsv)"));
    if (path.isEmpty())
        return;
    if (const QString reason = exportCsv(path); !reason.isEmpty())
        Q_EMIT problem(reason);
}

void VariantsPanel::onFinished(std::uint64_t job, const VariantResult& result)
{
    Q_EMIT jobFinished(job, tr("%n variant(s) scored", nullptr, static_cast<int>(result.effects.size())), false);
    if (job != m_job)
        return;
    m_job = 0;
    display(result.path, result.effects, result.agreement, result.rejectedCount);
    Q_EMIT effectsChanged();
    if (result.rejectedCount > 0)
        Q_EMIT rejectedRecords(result.path, static_cast<qint64>(result.effects.size() + result.rejectedCount),
                               static_cast<qint64>(result.rejectedCount), result.rejected);
    if (result.effects.empty())
        Q_EMIT problem(tr("%1: no variant could be scored; the skipped rows say why.").arg(result.path));
}

void VariantsPanel::display(const QString& source, std::vector<VariantEffect> effects,
                            std::vector<DeltaAgreement> agreement, std::size_t skipped)
{
    m_source = source;
    m_scatter->setData(effects, agreement);
    m_model->setEffects(std::move(effects));
    resizeColumns();
    m_export->setEnabled(m_model->rowCount() > 0);
    m_summary->setToolTip(source);
    if (source.isEmpty()) {
        m_summary->setText(tr("Import a table of variants to predict their effects with the active model."));
        return;
    }
    const QLocale locale;
    QString text = tr("<b>%1</b>: %n variant(s) scored", nullptr, m_model->rowCount())
                       .arg(QFileInfo(source).fileName().toHtmlEscaped());
    if (skipped > 0)
        text += tr(", %n row(s) skipped", nullptr, static_cast<int>(skipped));
    if (agreement.empty()) {
        m_summary->setText(text + QStringLiteral("<br>")
                           + tr("No measured deltas: choose a measured Δ column, or measured reference and "
                                "alternative columns, when importing to compare predictions with the assay."));
        return;
    }
    text += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\"><tr><th align=\"left\">%1</th>"
                           "<th align=\"right\">&nbsp;&nbsp;%2</th><th align=\"right\">&nbsp;&nbsp;%3</th>"
                           "<th align=\"right\">&nbsp;&nbsp;%4</th></tr>")
                .arg(tr("Substitutions"), tr("n"), tr("Pearson r"), tr("Spearman ρ"));
    for (const auto& group : agreement)
        text += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td>"
                               "<td align=\"right\">%4</td></tr>")
                    .arg(group.substitutions == 0 ? tr("all") : locale.toString(group.substitutions),
                         locale.toString(static_cast<qulonglong>(group.count)), correlation(group.pearson, 3),
                         correlation(group.spearman, 3));
    m_summary->setText(text + QStringLiteral("</table>"));
}

void VariantsPanel::resizeColumns()
{
    // Widths from the header texts and a typical number, set once per result: sizing to
    // contents would measure every cell.
    QHeaderView* header = m_view->horizontalHeader();
    const QFontMetrics metrics = header->fontMetrics();
    const int padding = metrics.horizontalAdvance(QStringLiteral("00"));
    const int number = metrics.horizontalAdvance(QStringLiteral("-00.000"));
    for (int section = 0; section < m_model->columnCount(); ++section) {
        const QString title = m_model->headerData(section, Qt::Horizontal).toString();
        header->resizeSection(section, std::max(number, metrics.horizontalAdvance(title)) + padding);
    }
    // Names as wide as the longest of the first rows, within reason: row names ("seq:37G>A")
    // are short, pair names may be anything, and a table of 100,000 needs no exact fit.
    int name = metrics.horizontalAdvance(m_model->headerData(0, Qt::Horizontal).toString());
    for (int row = 0; row < std::min(m_model->rowCount(), kMeasuredNames); ++row)
        name = std::max(name, metrics.horizontalAdvance(QString::fromStdString(m_model->effect(row).variant.name)));
    header->resizeSection(m_model->section(VariantTableModel::NameColumn), std::min(name, 20 * number) + padding);
}

}  // namespace promoterlab::widgets
