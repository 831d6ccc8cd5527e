// SPDX-License-Identifier: GPL-3.0-or-later
// The Design dock: settings, validation, the background run, the designs' table, scatter and exports.
#include "design_panel.h"

#include "design_scatter_plot.h"
#include "design_service.h"
#include "design_table_model.h"

#include "promoterlab/bundled_data.h"
#include "promoterlab/errors.h"
#include "promoterlab/generator.h"
#include "promoterlab/model.h"
#include "promoterlab/sequence_writer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <set>

namespace promoterlab::widgets {

namespace {

// The bundled generator's name among the shipped models (resources/models/<name>.plm).
constexpr const char* kBundledGenerator = "default-generator";
// The LegNet bin scale the targets are on.
constexpr double kHighestTarget = 17;
constexpr int kMaxInsert = 1000;

QString bundledGeneratorPath()
{
    try {
        return QString::fromStdString(bundledModelPath(kBundledGenerator));
    } catch (const Error&) {
        return {};
    }
}

QDoubleSpinBox* expressionBox(QWidget* parent, double value)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(0, kHighestTarget);
    box->setDecimals(1);
    box->setSingleStep(0.5);
    box->setValue(value);
    return box;
}

QSpinBox* integerBox(QWidget* parent, int low, int high, int value)
{
    auto* box = new QSpinBox(parent);
    box->setRange(low, high);
    box->setValue(value);
    return box;
}

QDoubleSpinBox* percentBox(QWidget* parent, double value)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(0, 100);
    box->setDecimals(0);
    box->setSuffix(QStringLiteral(" %"));
    box->setValue(value);
    return box;
}

char delimiterFor(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("tsv") || suffix == QLatin1String("txt") ? '\t' : ',';
}

std::string withFlanks(const DesignConstraints& constraints, const std::string& insert)
{
    return constraints.leftFlank + insert + constraints.rightFlank;
}

QString methodDescription(DesignMethod method)
{
    switch (method) {
    case DesignMethod::Diffusion:
        return DesignPanel::tr("Generator only: fast and diverse; how closely the designs meet the target depends on "
                               "how well the generator was trained");
    case DesignMethod::Guided:
        return DesignPanel::tr("Predictor-guided substitutions from random starts; works with any model");
    case DesignMethod::DiffusionPolish:
        break;
    }
    return DesignPanel::tr("Generator designs refined by predictor-guided substitutions");
}

QString correlation(double value)
{
    return std::isnan(value) ? DesignPanel::tr("n/a") : QLocale().toString(value, 'f', 3);
}

}  // namespace

DesignPanel::DesignPanel(QWidget* parent)
    : QWidget(parent)
    , m_service(new DesignService(this))
    , m_model(new DesignTableModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_scatter(new DesignScatterPlot(this))
    , m_summary(new QLabel(this))
    , m_validation(new QLabel(this))
    , m_generatorLabel(new QLabel(this))
    , m_run(new QPushButton(tr("Run"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_add(new QPushButton(tr("Add to Workspace"), this))
    , m_exportCsv(new QPushButton(tr("Export CSV…"), this))
    , m_exportFasta(new QPushButton(tr("Export FASTA…"), this))
    , m_withFlanks(new QCheckBox(tr("with flanks"), this))
    , m_bundledGeneratorPath(bundledGeneratorPath())
{
    QWidget* settings = createSettings();
    auto* settingsScroll = new QScrollArea(this);
    settingsScroll->setWidget(settings);
    settingsScroll->setWidgetResizable(true);
    settingsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    settingsScroll->setMinimumWidth(settings->sizeHint().width() + 24);

    m_add->setToolTip(tr("Add the selected designs (all of them when none is selected) to the sequence list, "
                         "flanks included; designs that break a constraint are left out"));
    m_withFlanks->setChecked(true);
    m_withFlanks->setToolTip(tr("Write the flanks around each insert in the FASTA file"));
    auto* resultButtons = new QHBoxLayout;
    resultButtons->addWidget(m_add);
    resultButtons->addStretch(1);
    resultButtons->addWidget(m_exportCsv);
    resultButtons->addWidget(m_exportFasta);
    resultButtons->addWidget(m_withFlanks);

    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(DesignTableModel::SortRole);
    m_view->setModel(m_sorted);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);  // request order until the user sorts
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto* results = new QWidget(this);
    auto* resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(m_summary);
    resultsLayout->addWidget(m_view, 1);
    resultsLayout->addLayout(resultButtons);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(settingsScroll);
    splitter->addWidget(results);
    splitter->addWidget(m_scatter);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setChildrenCollapsible(false);
    // Narrower, the axes' tick labels run into each other.
    m_scatter->setMinimumWidth(m_scatter->fontMetrics().horizontalAdvance(QStringLiteral("0")) * 40);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    setGenerator(nullptr, QString());
    showDesigns({}, {});
    updateRunning();

    connect(m_run, &QPushButton::clicked, this, &DesignPanel::run);
    // Only while the focus is in the panel, so that other panels can use the same keys.
    auto* runShortcut = new QShortcut(QKeySequence(tr("Ctrl+Return")), this, nullptr, nullptr,
                                      Qt::WidgetWithChildrenShortcut);
    connect(runShortcut, &QShortcut::activated, m_run, &QPushButton::click);
    m_run->setToolTip(tr("Design with these settings (%1)").arg(runShortcut->key().toString(QKeySequence::NativeText)));
    connect(m_cancel, &QPushButton::clicked, this, &DesignPanel::cancel);
    connect(m_add, &QPushButton::clicked, this, &DesignPanel::addChosenToWorkspace);
    connect(m_exportCsv, &QPushButton::clicked, this, &DesignPanel::exportCsvWithDialog);
    connect(m_exportFasta, &QPushButton::clicked, this, &DesignPanel::exportFastaWithDialog);
    connect(m_service, &DesignService::progress, this, &DesignPanel::jobProgress);
    connect(m_service, &DesignService::finished, this, &DesignPanel::onFinished);
    connect(m_service, &DesignService::failed, this, [this](std::uint64_t job, const QString& message) {
        Q_EMIT jobFinished(job, message, true);
        if (job != m_job)
            return;
        m_job = 0;
        updateRunning();
        refuse(message);
    });
    connect(m_service, &DesignService::cancelled, this, [this](std::uint64_t job) {
        if (job == m_job) {
            m_job = 0;
            updateRunning();
        }
        Q_EMIT jobFinished(job, tr("Cancelled"), false);
    });
}

DesignPanel::~DesignPanel() = default;

QWidget* DesignPanel::createSettings()
{
    auto* settings = new QWidget(this);

    auto* targets = new QGroupBox(tr("Targets"), settings);
    m_single = new QRadioButton(tr("Target:"), targets);
    m_range = new QRadioButton(tr("From:"), targets);
    m_single->setChecked(true);
    m_target = expressionBox(targets, 10);
    m_from = expressionBox(targets, 4);
    m_to = expressionBox(targets, 16);
    m_step = expressionBox(targets, 1);
    m_step->setMinimum(0.1);
    m_count = integerBox(targets, 1, 1000000, 10);
    m_target->setToolTip(tr("Expression to design for, on the model's 0–17 bin scale"));
    auto* targetGrid = new QGridLayout(targets);
    targetGrid->addWidget(m_single, 0, 0);
    targetGrid->addWidget(m_target, 0, 1);
    targetGrid->addWidget(m_range, 1, 0);
    targetGrid->addWidget(m_from, 1, 1);
    targetGrid->addWidget(new QLabel(tr("to"), targets), 1, 2);
    targetGrid->addWidget(m_to, 1, 3);
    targetGrid->addWidget(new QLabel(tr("step"), targets), 2, 2);
    targetGrid->addWidget(m_step, 2, 3);
    targetGrid->addWidget(new QLabel(tr("Designs per target:"), targets), 3, 0);
    targetGrid->addWidget(m_count, 3, 1);
    const auto updateTargets = [this] {
        m_target->setEnabled(m_single->isChecked());
        for (QDoubleSpinBox* box : {m_from, m_to, m_step})
            box->setEnabled(m_range->isChecked());
    };
    connect(m_range, &QRadioButton::toggled, this, updateTargets);
    updateTargets();

    auto* method = new QGroupBox(tr("Method"), settings);
    m_method = new QComboBox(method);
    m_method->addItem(tr("Diffusion"), static_cast<int>(DesignMethod::Diffusion));
    m_method->addItem(tr("Guided search"), static_cast<int>(DesignMethod::Guided));
    m_method->addItem(tr("Diffusion + polish"), static_cast<int>(DesignMethod::DiffusionPolish));
    // The shipped generator was trained on a CPU and follows the target only loosely (README,
    // Benchmarks); polishing with the predictor brings its designs to the target.
    m_method->setCurrentIndex(m_method->findData(static_cast<int>(DesignMethod::DiffusionPolish)));
    m_steps = integerBox(method, 1, 100000, 100);
    m_steps->setToolTip(tr("Diffusion steps: the corruption runs from this many substitutions down to 1"));
    m_shift = integerBox(method, 0, 100000, 30);
    m_shift->setToolTip(tr("Added to the substitution count the generator is told, which pushes it to change more"));
    m_rounds = integerBox(method, 0, 100000, 20);
    m_rounds->setToolTip(tr("Guided search: accepted substitutions per design at most"));
    m_searchKind = new QComboBox(method);
    m_searchKind->addItem(tr("Greedy"), static_cast<int>(SearchMethod::Greedy));
    m_searchKind->addItem(tr("Annealing"), static_cast<int>(SearchMethod::Annealing));
    m_searchKind->setToolTip(tr("Greedy tries every substitution each round; annealing a random sample"));
    m_seed = integerBox(method, 0, 2147483647, 1);
    m_seed->setToolTip(tr("The same seed gives the same designs"));
    m_generatorLabel->setWordWrap(true);
    auto* loadGenerator = new QPushButton(tr("Load Generator…"), method);
    loadGenerator->setToolTip(tr("A LegNet-Generator bundle (.plm) for the diffusion methods"));
    connect(loadGenerator, &QPushButton::clicked, this, &DesignPanel::chooseGenerator);
    auto* methodForm = new QFormLayout(method);
    methodForm->addRow(tr("Method:"), m_method);
    methodForm->addRow(tr("Steps:"), m_steps);
    methodForm->addRow(tr("Shift:"), m_shift);
    methodForm->addRow(tr("Search rounds:"), m_rounds);
    methodForm->addRow(tr("Search:"), m_searchKind);
    methodForm->addRow(tr("Seed:"), m_seed);
    methodForm->addRow(m_generatorLabel);
    methodForm->addRow(loadGenerator);
    connect(m_method, qOverload<int>(&QComboBox::currentIndexChanged), this, &DesignPanel::updateMethod);

    auto* constraints = new QGroupBox(tr("Constraints"), settings);
    m_gcMin = percentBox(constraints, 0);
    m_gcMax = percentBox(constraints, 100);
    auto* gc = new QHBoxLayout;
    gc->addWidget(m_gcMin);
    gc->addWidget(new QLabel(tr("to"), constraints));
    gc->addWidget(m_gcMax);
    m_maxHomopolymer = integerBox(constraints, 0, kMaxInsert, 0);
    m_maxHomopolymer->setSpecialValueText(tr("no limit"));
    m_maxHomopolymer->setToolTip(tr("Longest allowed run of one base"));
    m_motifs = new QLineEdit(constraints);
    m_motifs->setPlaceholderText(tr("e.g. GGTCTC, TTTTTT"));
    m_motifs->setToolTip(tr("IUPAC patterns, comma separated, forbidden on both strands (flanks included)"));
    auto* presets = new QGridLayout;
    const auto& presetList = forbiddenMotifPresets();
    for (std::size_t i = 0; i < presetList.size(); ++i) {
        const ForbiddenMotifPreset& preset = presetList[i];
        auto* box = new QCheckBox(QString::fromStdString(preset.name), constraints);
        QStringList motifs;
        for (const std::string& motif : preset.motifs)
            motifs.push_back(QString::fromStdString(motif));
        box->setToolTip(QStringLiteral("%1: %2").arg(QString::fromStdString(preset.description), motifs.join(", ")));
        presets->addWidget(box, static_cast<int>(i / 4), static_cast<int>(i % 4));
        m_presets.push_back(box);
    }
    m_minDistance = integerBox(constraints, 0, kMaxInsert, 0);
    m_minDistance->setToolTip(tr("Hamming distance every two designs must at least have"));
    m_exclude = new QLineEdit(constraints);
    m_exclude->setPlaceholderText(tr("a sequence file (optional)"));
    m_exclude->setToolTip(tr("Inserts that must not be produced, read from a FASTA or table file"));
    auto* browse = new QPushButton(tr("Browse…"), constraints);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Sequences to Exclude"), QString(),
                                                          tr("Sequence files (*.fa *.fasta *.csv *.tsv *.txt *.gz);;"
                                                             "All files (*)"));
        if (!path.isEmpty())
            m_exclude->setText(path);
    });
    auto* exclude = new QHBoxLayout;
    exclude->addWidget(m_exclude, 1);
    exclude->addWidget(browse);
    m_leftFlank = new QLineEdit(QString::fromLatin1(kReadLeftAdapter), constraints);
    m_rightFlank = new QLineEdit(QString::fromLatin1(kReadRightAdapter), constraints);
    m_leftFlank->setToolTip(tr("Fixed sequence before the insert: the predictor scores flanks + insert"));
    m_rightFlank->setToolTip(tr("Fixed sequence after the insert"));
    auto* constraintForm = new QFormLayout(constraints);
    constraintForm->addRow(tr("GC content:"), gc);
    constraintForm->addRow(tr("Max homopolymer:"), m_maxHomopolymer);
    constraintForm->addRow(tr("Forbidden motifs:"), m_motifs);
    constraintForm->addRow(tr("Enzyme sites:"), presets);
    constraintForm->addRow(tr("Min distance:"), m_minDistance);
    constraintForm->addRow(tr("Exclude:"), exclude);
    constraintForm->addRow(tr("Left flank:"), m_leftFlank);
    constraintForm->addRow(tr("Right flank:"), m_rightFlank);

    m_validation->setWordWrap(true);
    m_validation->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_validation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_validation->hide();
    auto* runButtons = new QHBoxLayout;
    runButtons->addWidget(m_run);
    runButtons->addWidget(m_cancel);
    runButtons->addStretch(1);

    auto* layout = new QVBoxLayout(settings);
    layout->addWidget(targets);
    layout->addWidget(method);
    layout->addWidget(constraints);
    layout->addLayout(runButtons);
    layout->addWidget(m_validation);
    layout->addStretch(1);
    // Tab walks the form as it reads: each choice of targets with its values, then down to Run.
    QWidget* const order[] = {m_single, m_target, m_range, m_from, m_to, m_step, m_count};
    for (std::size_t i = 1; i < std::size(order); ++i)
        QWidget::setTabOrder(order[i - 1], order[i]);
    QWidget::setTabOrder(m_rightFlank, m_run);
    QWidget::setTabOrder(m_run, m_cancel);
    return settings;
}

void DesignPanel::setModelProvider(ModelProvider provider)
{
    m_modelProvider = std::move(provider);
}

bool DesignPanel::loadGenerator(const QString& path)
{
    try {
        std::shared_ptr<const Model> generator = Model::load(QFile::encodeName(path).toStdString());
        InsertGenerator check(generator);  // throws ModelError for a predictor
        setGenerator(std::move(generator), QFileInfo(path).fileName());
        return true;
    } catch (const std::exception& error) {
        Q_EMIT problem(tr("The generator could not be loaded"), QString::fromStdString(error.what()));
        return false;
    }
}

void DesignPanel::setGenerator(std::shared_ptr<const Model> generator, const QString& name)
{
    m_generator = std::move(generator);
    m_generatorName = name;
    const bool available = hasGenerator();
    auto* methods = qobject_cast<QStandardItemModel*>(m_method->model());
    const QString why = tr("No LegNet-Generator is bundled or loaded: load one with Load Generator…");
    for (int row = 0; row < m_method->count(); ++row) {
        const auto rowMethod = static_cast<DesignMethod>(m_method->itemData(row).toInt());
        const bool usable = available || rowMethod == DesignMethod::Guided;
        QStandardItem* item = methods->item(row);
        item->setEnabled(usable);
        item->setToolTip(usable ? methodDescription(rowMethod) : why);
    }
    if (!available && static_cast<DesignMethod>(m_method->currentData().toInt()) != DesignMethod::Guided)
        m_method->setCurrentIndex(m_method->findData(static_cast<int>(DesignMethod::Guided)));
    if (m_generator)
        m_generatorLabel->setText(tr("Generator: %1").arg(name));
    else if (!m_bundledGeneratorPath.isEmpty())
        m_generatorLabel->setText(tr("Generator: the bundled one"));
    else
        m_generatorLabel->setText(tr("No generator: only guided search is available"));
    m_generatorLabel->setToolTip(available ? QString() : why);
    updateMethod();
}

void DesignPanel::setBundledGeneratorPath(const QString& path)
{
    m_bundledGeneratorPath = path;
    setGenerator(m_generator, m_generatorName);
}

bool DesignPanel::hasGenerator() const
{
    return m_generator || !m_bundledGeneratorPath.isEmpty();
}

void DesignPanel::updateMethod()
{
    const auto method = static_cast<DesignMethod>(m_method->currentData().toInt());
    m_steps->setEnabled(method != DesignMethod::Guided);
    m_shift->setEnabled(method != DesignMethod::Guided);
    m_rounds->setEnabled(method != DesignMethod::Diffusion);
    m_searchKind->setEnabled(method != DesignMethod::Diffusion);
}

std::vector<double> DesignPanel::targets() const
{
    std::vector<double> levels;
    if (m_single->isChecked()) {
        levels.push_back(m_target->value());
    } else {
        const double step = m_step->value();
        for (double target = m_from->value(); target <= m_to->value() + step * 1e-9; target += step)
            levels.push_back(target);
    }
    std::vector<double> targets;
    for (const double level : levels)
        targets.insert(targets.end(), static_cast<std::size_t>(m_count->value()), level);
    return targets;
}

DesignConstraints DesignPanel::constraints() const
{
    // The constraints file's keys, so that the core reads motifs (IUPAC or preset names) and
    // the exclusion file as it does for the CLI, with the same checks and messages.
    QJsonArray motifs;
    for (const QString& motif : m_motifs->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!motif.trimmed().isEmpty())
            motifs.push_back(motif.trimmed());
    for (const QCheckBox* preset : m_presets)
        if (preset->isChecked())
            motifs.push_back(preset->text());
    QJsonObject json{{QStringLiteral("gc_min"), m_gcMin->value() / 100},
                     {QStringLiteral("gc_max"), m_gcMax->value() / 100},
                     {QStringLiteral("forbidden_motifs"), motifs},
                     {QStringLiteral("min_distance"), m_minDistance->value()},
                     {QStringLiteral("left_flank"), m_leftFlank->text().trimmed().toUpper()},
                     {QStringLiteral("right_flank"), m_rightFlank->text().trimmed().toUpper()}};
    if (m_maxHomopolymer->value() > 0)  // the file leaves the key out for no limit
        json.insert(QStringLiteral("max_homopolymer"), m_maxHomopolymer->value());
    if (!m_exclude->text().trimmed().isEmpty())
        json.insert(QStringLiteral("exclude"), QFileInfo(m_exclude->text().trimmed()).absoluteFilePath());
    return DesignConstraints::fromJson(QJsonDocument(json).toJson(QJsonDocument::Compact).toStdString(),
                                       tr("design constraints").toStdString());
}

QString DesignPanel::validationText() const
{
    return m_validation->text();
}

QString DesignPanel::generatorText() const
{
    return m_generatorLabel->text();
}

void DesignPanel::refuse(const QString& message)
{
    m_validation->setText(message);
    m_validation->show();
    Q_EMIT problem(tr("The designs could not be made"), message);
}

std::uint64_t DesignPanel::run()
{
    if (m_job != 0)
        return 0;
    m_validation->clear();
    m_validation->hide();
    const std::shared_ptr<const Model> predictor = m_modelProvider ? m_modelProvider() : nullptr;
    if (!predictor) {
        refuse(tr("No model is loaded to score the designs: open one with File → Open Model."));
        return 0;
    }
    DesignRequest request;
    request.method = static_cast<DesignMethod>(m_method->currentData().toInt());
    request.targets = targets();
    request.diffusion.steps = m_steps->value();
    request.diffusion.shift = m_shift->value();
    request.search.maxRounds = m_rounds->value();
    request.search.method = static_cast<SearchMethod>(m_searchKind->currentData().toInt());
    request.seed = static_cast<std::uint64_t>(m_seed->value());
    try {
        if (request.method != DesignMethod::Guided) {
            if (!m_generator && !m_bundledGeneratorPath.isEmpty()) {
                const std::string path = QFile::encodeName(m_bundledGeneratorPath).toStdString();
                setGenerator(Model::load(path), tr("the bundled one"));
            }
            if (!m_generator) {
                refuse(tr("The diffusion methods need a LegNet-Generator: load one with Load Generator…, or choose "
                          "Guided search."));
                return 0;
            }
            request.insertLength = InsertGenerator(m_generator).insertLength();
        }
        request.constraints = constraints();
        validateConstraints(request.constraints, request.insertLength, tr("design constraints").toStdString());
    } catch (const std::exception& error) {
        refuse(QString::fromStdString(error.what()));
        return 0;
    }
    m_runConstraints = request.constraints;
    const std::size_t count = request.targets.size();
    std::shared_ptr<const Model> generator = request.method == DesignMethod::Guided ? nullptr : m_generator;
    m_job = m_service->design(std::move(request), predictor, std::move(generator));
    updateRunning();
    Q_EMIT jobStarted(m_job, tr("Designing %n promoter(s)", nullptr, static_cast<int>(count)));
    return m_job;
}

void DesignPanel::cancel()
{
    if (m_job != 0)
        m_service->cancel(m_job);
}

void DesignPanel::cancelJob(std::uint64_t job)
{
    m_service->cancel(job);
}

void DesignPanel::updateRunning()
{
    m_run->setEnabled(m_job == 0);
    m_cancel->setEnabled(m_job != 0);
}

void DesignPanel::onFinished(std::uint64_t job, const DesignOutcome& outcome)
{
    Q_EMIT jobFinished(job,
                       tr("%1 of %n design(s) satisfy the constraints", nullptr,
                          static_cast<int>(outcome.designs.size()))
                           .arg(outcome.satisfyingCount()),
                       false);
    if (job != m_job)
        return;
    m_job = 0;
    updateRunning();
    showDesigns(outcome.designs, m_runConstraints);
}

void DesignPanel::showDesigns(std::vector<Design> designs, const DesignConstraints& constraints)
{
    m_shownConstraints = constraints;
    m_scatter->setDesigns(designs);
    const DesignQuality quality = summarizeDesigns(designs);
    const std::size_t total = designs.size();
    m_model->setDesigns(std::move(designs));
    resizeColumns();
    const bool any = quality.count > 0;
    m_add->setEnabled(any);
    m_exportCsv->setEnabled(any);
    m_exportFasta->setEnabled(any);
    m_withFlanks->setEnabled(any);
    if (total == 0) {
        m_summary->setText(tr("Choose targets, a method and constraints, then Run: the designs are scored by the "
                              "active model."));
        return;
    }
    const QLocale locale;
    QString text = tr("%1 of %n design(s) satisfy the constraints", nullptr, static_cast<int>(total))
                       .arg(locale.toString(static_cast<qulonglong>(quality.count)));
    if (any)
        text += tr(": target vs predicted Pearson r = %1, Spearman ρ = %2, mean absolute error %3, mean pairwise "
                   "distance %4")
                    .arg(correlation(quality.pearson), correlation(quality.spearman),
                         locale.toString(quality.meanAbsoluteError, 'f', 2),
                         locale.toString(quality.meanPairwiseDistance, 'f', 1));
    if (quality.count < total)
        text += tr(". Greyed designs break a constraint: they are not exported or added.");
    m_summary->setText(text);
}

const std::vector<Design>& DesignPanel::designs() const
{
    return m_model->designs();
}

QString DesignPanel::summaryText() const
{
    return m_summary->text();
}

QString DesignPanel::exportCsv(const QString& path) const
{
    try {
        CsvWriter writer(QFile::encodeName(path).toStdString(), delimiterFor(path));
        writeDesignTable(writer, designs(), m_shownConstraints);
        writer.close();
    } catch (const std::exception& error) {
        return QString::fromStdString(error.what());
    }
    return {};
}

QString DesignPanel::exportFasta(const QString& path, bool flanks) const
{
    try {
        writeDesignFasta(QFile::encodeName(path).toStdString(), designs(), m_shownConstraints, flanks);
    } catch (const std::exception& error) {
        return QString::fromStdString(error.what());
    }
    return {};
}

bool DesignPanel::addChosenToWorkspace()
{
    std::set<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        rows.insert(m_sorted->mapToSource(index).row());
    if (rows.empty())
        for (int row = 0; row < m_model->rowCount(); ++row)
            rows.insert(row);
    QStringList names, sequences;
    for (const int row : rows) {
        const Design& design = m_model->design(row);
        if (!design.result.satisfiesConstraints)
            continue;
        names.push_back(QString::fromStdString(design.name));
        sequences.push_back(QString::fromStdString(withFlanks(m_shownConstraints, design.result.insert)));
    }
    if (names.isEmpty()) {
        Q_EMIT problem(tr("No design to add"),
                       tr("The chosen designs break a constraint, so they are not added: choose designs marked ok."));
        return false;
    }
    Q_EMIT designsChosen(names, sequences);
    return true;
}

QCheckBox* DesignPanel::presetBox(const QString& name) const
{
    for (QCheckBox* box : m_presets)
        if (box->text().compare(name, Qt::CaseInsensitive) == 0)
            return box;
    return nullptr;
}

void DesignPanel::chooseGenerator()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load Generator"), QString(),
                                                      tr("PromoterLab models (*.plm);;All files (*)"));
    if (!path.isEmpty())
        loadGenerator(path);
}

void DesignPanel::exportCsvWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Designs"), tr("designs.csv"),
                                                      tr("CSV (*.csv);;Tab-separated (*.tsv)"));
    if (path.isEmpty())
        return;
    if (const QString reason = exportCsv(path); !reason.isEmpty())
        Q_EMIT problem(tr("The designs could not be exported"), reason);
}

void DesignPanel::exportFastaWithDialog()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Designs as FASTA"), tr("designs.fa"), tr("FASTA (*.fa *.fasta)"));
    if (path.isEmpty())
        return;
    if (const QString reason = exportFasta(path, m_withFlanks->isChecked()); !reason.isEmpty())
        Q_EMIT problem(tr("The designs could not be exported"), reason);
}

void DesignPanel::resizeColumns()
{
    // Widths from the header texts and a typical value, set once per result: sizing to
    // contents would measure every cell.
    QHeaderView* header = m_view->horizontalHeader();
    const QFontMetrics metrics = header->fontMetrics();
    const int padding = metrics.horizontalAdvance(QStringLiteral("00"));
    const int number = metrics.horizontalAdvance(QStringLiteral("00.00"));
    for (int section = 0; section < m_model->columnCount(); ++section) {
        const QString title = m_model->headerData(section, Qt::Horizontal).toString();
        header->resizeSection(section, std::max(number, metrics.horizontalAdvance(title)) + padding);
    }
    header->resizeSection(DesignTableModel::NameColumn,
                          metrics.horizontalAdvance(QStringLiteral("design_0000")) + padding);
    const QFontMetrics fixed(m_model->data(m_model->index(0, DesignTableModel::SequenceColumn), Qt::FontRole)
                                 .value<QFont>());
    if (m_model->rowCount() > 0)
        header->resizeSection(DesignTableModel::SequenceColumn,
                              fixed.horizontalAdvance(QString::fromStdString(m_model->design(0).result.insert))
                                  + padding);
}

}  // namespace promoterlab::widgets
