// SPDX-License-Identifier: GPL-3.0-or-later
#include "training_panel.h"

#include "training_curves_plot.h"
#include "training_service.h"

#include "promoterlab/errors.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace promoterlab::widgets {

namespace {

enum Column {
    kEpochColumn,
    kTrainLossColumn,
    kValidLossColumn,
    kPearsonColumn,
    kSpearmanColumn,
    kAurocColumn,
    kF1Column,
    kSpeedColumn,
    kSecondsColumn,
    kLearningRateColumn,
    kColumnCount
};

enum ValidationChoice { kValidateOnHashFold, kNoValidation };

// The fold of the sequence hash held out for validation: one sequence in ten, as LegNet does.
constexpr int kValidationFold = 0;

// The compact network of the shipped default model (tools/default-model/config.json): small
// enough to train on a laptop CPU in well under an hour.
TrainingConfig compactRecipe()
{
    TrainingConfig config;
    config.shape.blockSizes = {64, 32, 32, 32, 16, 16, 16};
    config.optimizer = OptimizerKind::AdamW;
    config.learningRate = 0.003;
    config.weightDecay = 0.01;
    config.batchSize = 256;
    config.epochs = 10;
    config.stepsPerEpoch = 0;
    return config;
}

bool isClassification(TrainingTask task)
{
    return task == TrainingTask::Binary || task == TrainingTask::Multilabel;
}

QString durationText(double seconds)
{
    // Tenths only where they matter: a short epoch, not a long run.
    if (seconds < 10)
        return TrainingPanel::tr("%1 s").arg(QLocale().toString(seconds, 'f', 1));
    const auto whole = static_cast<long long>(std::llround(seconds));
    if (whole < 60)
        return TrainingPanel::tr("%1 s").arg(whole);
    if (whole < 3600)
        return TrainingPanel::tr("%1 min %2 s").arg(whole / 60).arg(whole % 60);
    return TrainingPanel::tr("%1 h %2 min").arg(whole / 3600).arg(whole % 3600 / 60);
}

QString numberText(double value, int decimals = 4)
{
    return std::isfinite(value) ? QLocale().toString(value, 'f', decimals) : QStringLiteral("–");
}

}  // namespace

TrainingPanel::TrainingPanel(QWidget* parent)
    : QWidget(parent)
    , m_service(new TrainingService(this))
    , m_status(new QLabel(this))
    , m_message(new QLabel(this))
    , m_curves(new TrainingCurvesPlot(this))
    , m_metrics(new QTableWidget(0, kColumnCount, this))
{
    m_settings = createSettings();
    auto* settingsArea = new QScrollArea(this);
    settingsArea->setWidget(m_settings);
    settingsArea->setWidgetResizable(true);
    settingsArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    settingsArea->setMinimumWidth(m_settings->sizeHint().width() + 24);

    m_start = new QPushButton(tr("Start"), this);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_resume = new QPushButton(tr("Resume"), this);
    m_start->setToolTip(tr("Train a new model in the output folder"));
    m_cancel->setToolTip(tr("Stop within one batch; the last finished epoch's checkpoint is kept"));
    m_resume->setToolTip(tr("Continue the output folder's stopped run from its checkpoint"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_resume);
    auto* left = new QVBoxLayout;
    left->addWidget(settingsArea, 1);
    left->addLayout(buttons);

    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setVisible(false);

    const QStringList headers = {tr("Epoch"),      tr("Training loss"), tr("Validation loss"), tr("Pearson r"),
                                 tr("Spearman ρ"), tr("AUROC"),         tr("F1"),              tr("Samples/s"),
                                 tr("Time"),       tr("Learning rate")};
    m_metrics->setHorizontalHeaderLabels(headers);
    m_metrics->verticalHeader()->setVisible(false);
    m_metrics->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_metrics->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_metrics->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_metrics->setMinimumHeight(90);

    auto* results = new QSplitter(Qt::Vertical, this);
    results->addWidget(m_curves);
    results->addWidget(m_metrics);
    results->setStretchFactor(0, 3);
    results->setStretchFactor(1, 1);
    m_curves->setMinimumHeight(160);
    auto* right = new QVBoxLayout;
    right->addWidget(m_status);
    right->addWidget(m_message);
    right->addWidget(results, 1);

    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left);
    layout->addLayout(right, 1);

    connect(m_start, &QPushButton::clicked, this, &TrainingPanel::start);
    connect(m_cancel, &QPushButton::clicked, this, &TrainingPanel::cancel);
    connect(m_resume, &QPushButton::clicked, this, &TrainingPanel::resume);
    connect(m_service, &TrainingService::dataLoaded, this, &TrainingPanel::onDataLoaded);
    connect(m_service, &TrainingService::batchReported, this, &TrainingPanel::onBatch);
    connect(m_service, &TrainingService::epochReported, this, &TrainingPanel::onEpoch);
    connect(m_service, &TrainingService::finished, this, &TrainingPanel::onFinished);
    connect(m_service, &TrainingService::cancelled, this, &TrainingPanel::onCancelled);
    connect(m_service, &TrainingService::failed, this, &TrainingPanel::onFailed);

    setOutputFolder(defaultOutputFolder());
    m_outputIsDefault = true;
    clearDisplay();
    m_status->setText(tr("Choose the data and settings, then Start."));
    updateTaskDependents();
    updateProjectSource();
    updateButtons();
}

TrainingPanel::~TrainingPanel() = default;

QWidget* TrainingPanel::createSettings()
{
    auto* settings = new QWidget;
    auto* form = new QFormLayout(settings);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_fileSource = new QRadioButton(tr("File:"), settings);
    m_projectSource = new QRadioButton(tr("Sequences of this project with measured values"), settings);
    auto* sources = new QButtonGroup(settings);
    sources->addButton(m_fileSource);
    sources->addButton(m_projectSource);
    m_fileSource->setChecked(true);
    m_dataFile = new QLineEdit(settings);
    m_dataFile->setPlaceholderText(tr("table, FASTA or text with measured values"));
    m_browseData = new QPushButton(tr("Browse…"), settings);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileSource);
    fileRow->addWidget(m_dataFile, 1);
    fileRow->addWidget(m_browseData);
    auto* dataBox = new QVBoxLayout;
    dataBox->addLayout(fileRow);
    dataBox->addWidget(m_projectSource);
    form->addRow(tr("Data:"), dataBox);
    // Tab reaches the file's name and its Browse button before the other source.
    QWidget::setTabOrder(m_fileSource, m_dataFile);
    QWidget::setTabOrder(m_dataFile, m_browseData);
    QWidget::setTabOrder(m_browseData, m_projectSource);

    m_validation = new QComboBox(settings);
    m_validation->addItem(tr("One sequence in ten (by sequence hash)"));
    m_validation->addItem(tr("None"));
    form->addRow(tr("Validation:"), m_validation);

    m_task = new QComboBox(settings);
    m_task->addItem(tr("Expression bins (LegNet, soft labels)"), static_cast<int>(TrainingTask::SoftBins));
    m_task->addItem(tr("Regression (one value)"), static_cast<int>(TrainingTask::Regression));
    m_task->addItem(tr("Binary classification"), static_cast<int>(TrainingTask::Binary));
    m_task->addItem(tr("Multi-label classification"), static_cast<int>(TrainingTask::Multilabel));
    form->addRow(tr("Task:"), m_task);
    m_classes = new QLineEdit(settings);
    m_classes->setPlaceholderText(tr("class names, separated by commas"));
    m_classes->setToolTip(tr("Binary: the one class; multi-label: the table columns holding each class's 0/1 label"));
    form->addRow(tr("Classes:"), m_classes);

    m_preset = new QComboBox(settings);
    m_preset->addItem(tr("Full optimized LegNet"));
    m_preset->addItem(tr("Compact LegNet (for CPU)"));
    m_preset->setToolTip(tr("Full: block sizes 256, 128, 128, 64, 64, 64, 64 (2.1 million parameters). "
                            "Compact: 64, 32, 32, 32, 16, 16, 16."));
    m_loadConfig = new QPushButton(tr("Load config…"), settings);
    auto* presetRow = new QHBoxLayout;
    presetRow->addWidget(m_preset, 1);
    presetRow->addWidget(m_loadConfig);
    form->addRow(tr("Architecture:"), presetRow);

    m_device = new QComboBox(settings);
    m_device->addItem(tr("Automatic (GPU when available)"));
    m_device->addItem(tr("CPU"));
    form->addRow(tr("Device:"), m_device);

    m_epochs = new QSpinBox(settings);
    m_epochs->setRange(1, 100000);
    form->addRow(tr("Epochs:"), m_epochs);
    m_stepsPerEpoch = new QSpinBox(settings);
    m_stepsPerEpoch->setRange(0, 10000000);
    m_stepsPerEpoch->setSpecialValueText(tr("one pass over the data"));
    form->addRow(tr("Batches per epoch:"), m_stepsPerEpoch);
    m_batchSize = new QSpinBox(settings);
    m_batchSize->setRange(1, 65536);
    form->addRow(tr("Batch size:"), m_batchSize);

    m_output = new QLineEdit(settings);
    m_browseOutput = new QPushButton(tr("Browse…"), settings);
    auto* outputRow = new QHBoxLayout;
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(m_browseOutput);
    form->addRow(tr("Output folder:"), outputRow);

    applyPresetRecipe();
    connect(m_dataFile, &QLineEdit::textEdited, this, [this] { m_fileSource->setChecked(true); });
    connect(m_browseData, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Training data"), m_dataFile->text(),
                                                          tr("Sequences with measured values (*.csv *.tsv *.txt "
                                                             "*.fa *.fasta *.gz);;All files (*)"));
        if (!path.isEmpty())
            setDataFile(path);
    });
    connect(m_task, &QComboBox::currentIndexChanged, this, &TrainingPanel::updateTaskDependents);
    connect(m_preset, &QComboBox::activated, this, &TrainingPanel::applyPresetRecipe);
    connect(m_loadConfig, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Training configuration"), QString(),
                                                          tr("Training configuration (*.json);;All files (*)"));
        if (!path.isEmpty())
            loadConfigFile(path);
    });
    connect(m_output, &QLineEdit::textEdited, this, [this] { m_outputIsDefault = false; });
    connect(m_output, &QLineEdit::textChanged, this, &TrainingPanel::updateButtons);
    connect(m_browseOutput, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Output folder"), m_output->text());
        if (!folder.isEmpty())
            setOutputFolder(folder);
    });
    return settings;
}

void TrainingPanel::setProjectSequences(ProjectSequencesProvider provider)
{
    m_projectSequences = std::move(provider);
    updateProjectSource();
}

void TrainingPanel::setProjectMeasuredCount(int count)
{
    m_projectMeasuredCount = count;
    updateProjectSource();
}

void TrainingPanel::setDataFile(const QString& path)
{
    m_dataFile->setText(QDir::toNativeSeparators(path));
    m_fileSource->setChecked(true);
}

void TrainingPanel::setUseProjectSequences(bool use)
{
    (use && m_projectSource->isEnabled() ? m_projectSource : m_fileSource)->setChecked(true);
}

bool TrainingPanel::loadConfigFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("%1 cannot be opened (%2).").arg(path, file.errorString()), true);
        return false;
    }
    try {
        m_loadedConfig = TrainingConfig::fromJson(file.readAll().toStdString(), path.toStdString());
    } catch (const Error& error) {
        showMessage(QString::fromStdString(error.what()), true);
        return false;
    }
    const QString label = tr("From %1").arg(QFileInfo(path).fileName());
    if (m_preset->count() <= static_cast<int>(Preset::ConfigFile))
        m_preset->addItem(label);
    else
        m_preset->setItemText(static_cast<int>(Preset::ConfigFile), label);
    m_preset->setItemData(static_cast<int>(Preset::ConfigFile), path, Qt::ToolTipRole);
    m_preset->setCurrentIndex(static_cast<int>(Preset::ConfigFile));
    applyConfig(*m_loadedConfig);
    showMessage(tr("Loaded the training configuration %1.").arg(path), false);
    return true;
}

void TrainingPanel::setOutputFolder(const QString& folder)
{
    m_output->setText(QDir::toNativeSeparators(folder));
    m_outputIsDefault = false;
}

QString TrainingPanel::outputFolder() const
{
    return QDir::fromNativeSeparators(m_output->text().trimmed());
}

TrainingConfig TrainingPanel::configuration() const
{
    TrainingConfig config;
    switch (static_cast<Preset>(m_preset->currentIndex())) {
    case Preset::FullLegNet:
        break;
    case Preset::CompactLegNet:
        config = compactRecipe();
        break;
    case Preset::ConfigFile:
        config = m_loadedConfig.value_or(TrainingConfig());
        break;
    }
    config.task = static_cast<TrainingTask>(m_task->currentData().toInt());
    config.classNames.clear();
    if (isClassification(config.task))
        for (const QString& name : m_classes->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!name.trimmed().isEmpty())
                config.classNames.push_back(name.trimmed().toStdString());
    config.epochs = m_epochs->value();
    config.stepsPerEpoch = m_stepsPerEpoch->value();
    config.batchSize = m_batchSize->value();
    if (m_device->currentIndex() == 1)
        config.device = "cpu";
    // One core stays with the window: LibTorch's worker threads spin while they wait, and
    // competing with the GUI thread for every core slowed small-batch training tenfold.
    if (config.threads == 0)
        config.threads = std::max(1, QThread::idealThreadCount() - 1);
    return config;
}

bool TrainingPanel::isRunning() const
{
    return m_service->isRunning();
}

QString TrainingPanel::statusText() const
{
    return m_status->text();
}

QString TrainingPanel::messageText() const
{
    return m_message->text();
}

void TrainingPanel::applyConfig(const TrainingConfig& config)
{
    const int task = m_task->findData(static_cast<int>(config.task));
    m_task->setCurrentIndex(task < 0 ? 0 : task);
    QStringList classes;
    for (const auto& name : config.classNames)
        classes << QString::fromStdString(name);
    m_classes->setText(classes.join(QStringLiteral(", ")));
    m_epochs->setValue(config.epochs);
    m_stepsPerEpoch->setValue(config.stepsPerEpoch);
    m_batchSize->setValue(config.batchSize);
    m_device->setCurrentIndex(config.device == "cpu" ? 1 : 0);
    updateTaskDependents();
}

void TrainingPanel::applyPresetRecipe()
{
    switch (static_cast<Preset>(m_preset->currentIndex())) {
    case Preset::FullLegNet:
        applyConfig(TrainingConfig());
        break;
    case Preset::CompactLegNet:
        applyConfig(compactRecipe());
        break;
    case Preset::ConfigFile:
        if (m_loadedConfig)
            applyConfig(*m_loadedConfig);
        break;
    }
}

void TrainingPanel::updateTaskDependents()
{
    const auto task = static_cast<TrainingTask>(m_task->currentData().toInt());
    m_classes->setEnabled(isClassification(task));
    m_curves->setScoreName(isClassification(task) ? tr("Validation AUROC") : tr("Validation Pearson r"));
}

void TrainingPanel::updateProjectSource()
{
    const bool available = m_projectSequences && m_projectMeasuredCount > 0;
    m_projectSource->setEnabled(available && !isRunning());
    m_projectSource->setText(available ? tr("Sequences of this project with measured values (%L1)")
                                             .arg(m_projectMeasuredCount)
                                       : tr("Sequences of this project with measured values"));
    m_projectSource->setToolTip(available ? QString()
                                          : tr("No sequence of this project has a measured value; import a table "
                                               "with a measured column first"));
    if (!available && m_projectSource->isChecked())
        m_fileSource->setChecked(true);
}

void TrainingPanel::updateButtons()
{
    const bool running = isRunning();
    m_start->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_resume->setEnabled(!running && resumable());
    m_settings->setEnabled(!running);
    updateProjectSource();
}

bool TrainingPanel::resumable() const
{
    const QString folder = outputFolder();
    // A finished run keeps its last checkpoint beside the bundle; there is nothing left to resume.
    return !folder.isEmpty() && QFileInfo::exists(TrainingService::checkpointPath(folder))
           && QFileInfo::exists(TrainingService::configPath(folder))
           && !QFileInfo::exists(TrainingService::bundlePath(folder));
}

QString TrainingPanel::checkSettings() const
{
    if (m_fileSource->isChecked()) {
        const QString path = QDir::fromNativeSeparators(m_dataFile->text().trimmed());
        if (path.isEmpty())
            return tr("Choose a data file with sequences and measured values, or this project's sequences.");
        const QFileInfo file(path);
        if (!file.isFile())
            return tr("%1 does not exist; choose another data file.").arg(path);
        if (!file.isReadable())
            return tr("%1 cannot be read; check its permissions.").arg(path);
    } else if (!m_projectSequences || m_projectMeasuredCount <= 0) {
        return tr("This project has no sequences with measured values; choose a data file.");
    }
    const TrainingConfig config = configuration();
    if (config.task == TrainingTask::Binary && config.classNames.size() != 1)
        return tr("Binary classification needs exactly one class name.");
    if (config.task == TrainingTask::Multilabel && config.classNames.empty())
        return tr("Multi-label classification needs the class names (the table's label columns).");
    const QString folder = outputFolder();
    if (folder.isEmpty())
        return tr("Choose an output folder for the trained model.");
    if (QFileInfo::exists(TrainingService::bundlePath(folder))
        || QFileInfo::exists(TrainingService::checkpointPath(folder)))
        return tr("%1 already holds a run; choose another output folder, or Resume it.").arg(folder);
    return {};
}

void TrainingPanel::start()
{
    if (isRunning())
        return;
    if (const QString problem = checkSettings(); !problem.isEmpty()) {
        showMessage(problem, true);
        return;
    }
    launch(configuration(), m_device->currentIndex() == 0, false);
}

void TrainingPanel::cancel()
{
    if (!isRunning())
        return;
    m_service->cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
}

void TrainingPanel::resume()
{
    if (isRunning() || !resumable())
        return;
    const QString folder = outputFolder();
    QFile file(TrainingService::configPath(folder));
    TrainingConfig config;
    try {
        if (!file.open(QIODevice::ReadOnly))
            throw Error(tr("%1 cannot be opened (%2).").arg(file.fileName(), file.errorString()).toStdString());
        config = TrainingConfig::fromJson(file.readAll().toStdString(), file.fileName().toStdString());
    } catch (const Error& error) {
        showMessage(QString::fromStdString(error.what()), true);
        return;
    }
    applyConfig(config);
    if (m_fileSource->isChecked() && !QFileInfo(QDir::fromNativeSeparators(m_dataFile->text().trimmed())).isFile()) {
        showMessage(tr("Choose the data file the run was started with, then Resume."), true);
        return;
    }
    launch(config, false, true);
}

void TrainingPanel::launch(const TrainingConfig& config, bool automaticDevice, bool resume)
{
    TrainingRequest request;
    request.config = config;
    request.automaticDevice = automaticDevice;
    request.resume = resume;
    request.outputFolder = QFileInfo(outputFolder()).absoluteFilePath();
    request.dataOptions.validFold = m_validation->currentIndex() == kValidateOnHashFold ? kValidationFold : -1;
    TrainingRunInfo info;
    if (m_fileSource->isChecked()) {
        request.dataPath = QFileInfo(QDir::fromNativeSeparators(m_dataFile->text().trimmed())).absoluteFilePath();
        info.dataSource = request.dataPath;
    } else {
        request.records = m_projectSequences();
        info.dataSource = tr("project sequences");
    }
    info.runId = request.outputFolder;
    info.outputFolder = request.outputFolder;
    info.bundlePath = TrainingService::bundlePath(request.outputFolder);
    info.configJson = resume ? QString() : QString::fromStdString(config.toJson());
    info.resumed = resume;
    info.started = QDateTime::currentDateTime();

    // A resumed run continues the curves on display when they are its own.
    if (!(resume && m_runId == info.runId))
        clearDisplay();
    m_runId = info.runId;
    m_runEpochs = config.epochs;
    m_runBatchSize = config.batchSize;
    m_batchesSeen = 0;
    m_curves->setScoreName(isClassification(config.task) ? tr("Validation AUROC") : tr("Validation Pearson r"));
    if (!m_service->start(std::move(request)))
        return;
    m_message->setVisible(false);
    m_status->setText(resume ? tr("Reading the data to resume the run…") : tr("Reading the data…"));
    updateButtons();
    Q_EMIT runStarted(info);
}

void TrainingPanel::showRun(const QString& description, const std::vector<EpochReport>& history)
{
    if (isRunning())
        return;
    clearDisplay();
    m_runId.clear();
    for (const auto& report : history) {
        addEpochRow(report);
        m_curves->addEpoch(report.epoch, report.trainLoss, report.validLoss,
                           std::isnan(report.pearson) ? report.auroc : report.pearson);
    }
    m_curves->replotNow();
    m_status->setText(description);
    m_message->setVisible(false);
}

void TrainingPanel::showMessage(const QString& message, bool isError)
{
    m_message->setText(message);
    m_message->setStyleSheet(isError ? QStringLiteral("color: #b3261e;") : QString());
    m_message->setVisible(true);
}

void TrainingPanel::clearDisplay()
{
    m_curves->clear();
    m_metrics->setRowCount(0);
    m_lastEpochShown = 0;
    // Columns appear when a run measures them: a classifier has no Pearson r, a run without
    // validation set no validation figures.
    for (int column : {kValidLossColumn, kPearsonColumn, kSpearmanColumn, kAurocColumn, kF1Column})
        m_metrics->setColumnHidden(column, true);
}

void TrainingPanel::addEpochRow(const EpochReport& report)
{
    const int row = m_metrics->rowCount();
    m_metrics->insertRow(row);
    const auto set = [&](int column, const QString& text) {
        auto* item = new QTableWidgetItem(text);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_metrics->setItem(row, column, item);
    };
    set(kEpochColumn, QString::number(report.epoch));
    set(kTrainLossColumn, numberText(report.trainLoss));
    const std::pair<int, double> measured[] = {{kValidLossColumn, report.validLoss}, {kPearsonColumn, report.pearson},
                                               {kSpearmanColumn, report.spearman},   {kAurocColumn, report.auroc},
                                               {kF1Column, report.f1}};
    for (const auto& [column, value] : measured) {
        set(column, numberText(value));
        if (std::isfinite(value))
            m_metrics->setColumnHidden(column, false);
    }
    set(kSpeedColumn, numberText(report.sequencesPerSecond, 0));
    set(kSecondsColumn, durationText(report.seconds));
    set(kLearningRateColumn, QLocale().toString(report.learningRate, 'g', 3));
    m_metrics->scrollToBottom();
    m_lastEpochShown = report.epoch;
}

void TrainingPanel::onDataLoaded(const TrainingDataSummary& summary)
{
    QString text = tr("%L1 training rows, %L2 validation rows").arg(summary.trainingRows).arg(summary.validationRows);
    if (summary.rejectedRows > 0)
        text += QStringLiteral(", ") + tr("%L1 rejected").arg(summary.rejectedRows);
    m_status->setText(tr("%1; training on %2…").arg(text, summary.device));
    if (summary.rejectedRows > 0)
        showMessage(tr("Rejected rows:") + QLatin1Char('\n') + summary.rejectedExamples.join(QLatin1Char('\n')), false);
}

void TrainingPanel::onBatch(const BatchReport& report)
{
    m_curves->addBatch(report.epoch - 1 + static_cast<double>(report.step) / report.stepsPerEpoch, report.loss);
    // Throughput is measured from the first batch on, so the time spent loading data and
    // building the network does not count; validation time does, as the user waits for it too.
    if (m_batchesSeen++ == 0)
        m_sinceFirstBatch.start();
    QString text = tr("Epoch %1/%2, batch %3/%4")
                       .arg(report.epoch)
                       .arg(m_runEpochs)
                       .arg(report.step)
                       .arg(report.stepsPerEpoch);
    const double seconds = m_sinceFirstBatch.elapsed() / 1000.0;
    if (m_batchesSeen > 1 && seconds > 0) {
        const double perSecond = (m_batchesSeen - 1) / seconds;
        const double batchesLeft = static_cast<double>(m_runEpochs - report.epoch) * report.stepsPerEpoch
                                   + (report.stepsPerEpoch - report.step);
        text += QStringLiteral(" · ") + tr("%L1 samples/s").arg(std::llround(perSecond * m_runBatchSize));
        text += QStringLiteral(" · ") + tr("about %1 left").arg(durationText(batchesLeft / perSecond));
    }
    m_status->setText(text);
}

void TrainingPanel::onEpoch(const EpochReport& report)
{
    addEpochRow(report);
    m_curves->addEpoch(report.epoch, report.trainLoss, report.validLoss,
                       std::isnan(report.pearson) ? report.auroc : report.pearson);
    Q_EMIT epochFinished(m_runId, report);
}

void TrainingPanel::onFinished(const QString& bundlePath, const std::vector<EpochReport>& history, int resumedFromEpoch)
{
    // A run resumed from an earlier session lacks the epochs before the resume on screen.
    if (static_cast<int>(history.size()) != m_metrics->rowCount()) {
        const QString runId = m_runId;
        showRun(QString(), history);
        m_runId = runId;
    }
    double seconds = 0;
    for (const auto& report : history)
        seconds += report.seconds;
    QString text = tr("Finished %n epoch(s) in %1.", nullptr, static_cast<int>(history.size()))
                       .arg(durationText(seconds));
    if (resumedFromEpoch > 0)
        text += QLatin1Char(' ') + tr("Resumed after epoch %1.").arg(resumedFromEpoch);
    m_status->setText(text);
    endRun(TrainingOutcome::Finished, bundlePath, tr("The model was saved to %1.").arg(bundlePath));
}

void TrainingPanel::onCancelled(const QString& checkpointPath)
{
    QString message = tr("Cancelled before the first epoch ended; nothing was kept.");
    if (!checkpointPath.isEmpty())
        message = m_lastEpochShown > 0
            ? tr("Cancelled. The checkpoint after epoch %1 is kept: Resume continues from it.").arg(m_lastEpochShown)
            : tr("Cancelled. The last checkpoint is kept: Resume continues from it.");
    m_status->setText(tr("Cancelled."));
    endRun(TrainingOutcome::Cancelled, QString(), message);
}

void TrainingPanel::onFailed(const QString& message)
{
    m_status->setText(tr("Training failed."));
    endRun(TrainingOutcome::Failed, QString(), message);
}

void TrainingPanel::endRun(TrainingOutcome outcome, const QString& bundlePath, const QString& message)
{
    m_curves->replotNow();
    showMessage(message, outcome == TrainingOutcome::Failed);
    // A finished run fills its folder; the next run gets a fresh one unless the user chose it.
    if (outcome == TrainingOutcome::Finished && m_outputIsDefault)
        m_output->setText(QDir::toNativeSeparators(defaultOutputFolder()));
    updateButtons();
    Q_EMIT runFinished(m_runId, outcome, bundlePath, message);
}

QString TrainingPanel::defaultOutputFolder()
{
    const QDir runs(QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
                        .filePath(QStringLiteral("runs")));
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    // Two runs started within a second must not share a folder.
    QString folder = runs.filePath(stamp);
    for (int copy = 2; QFileInfo::exists(folder); ++copy)
        folder = runs.filePath(stamp + QStringLiteral("-%1").arg(copy));
    return folder;
}

}  // namespace promoterlab::widgets
