// SPDX-License-Identifier: GPL-3.0-or-later
#include "sequence_workbench.h"

#include "motif_find_bar.h"
#include "motif_track.h"
#include "mutagenesis_heatmap.h"
#include "mutagenesis_service.h"
#include "position_viewport.h"
#include "promoterlab/errors.h"
#include "promoterlab/model.h"
#include "promoterlab/sequence_writer.h"
#include "sequence_editor.h"
#include "sequence_logo_track.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace promoterlab::widgets {

SequenceWorkbench::SequenceWorkbench(QWidget* parent)
    : QWidget(parent)
    , m_viewport(new PositionViewport(this))
    , m_findBar(new MotifFindBar(this))
    , m_editor(new SequenceEditor(this))
    , m_logo(new SequenceLogoTrack(this))
    , m_heatmap(new MutagenesisHeatmap(this))
    , m_motifTrack(new MotifTrack(this))
    , m_status(new QLabel(this))
    , m_computeButton(new QPushButton(tr("Map"), this))
    , m_estimateButton(new QPushButton(tr("Quick Estimate"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_updateTimer(new QTimer(this))
    , m_service(new MutagenesisService(this))
{
    m_options.keepOutputs = false;
    m_editor->setViewport(m_viewport);
    m_logo->setViewport(m_viewport);
    m_heatmap->setViewport(m_viewport);
    m_motifTrack->setViewport(m_viewport);
    m_editor->setReadOnly(true);  // until a document arrives

    m_computeButton->setToolTip(tr("Predict every single-base substitution of the sequence (Ctrl+M)"));
    m_estimateButton->setToolTip(
        tr("A gradient × input estimate of the map: instant, but a first-order preview, not predictions"));
    m_cancelButton->setToolTip(tr("Stop computing the map"));
    m_cancelButton->setEnabled(false);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setMinimumWidth(0);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    connect(m_computeButton, &QPushButton::clicked, this, [this] { computeMap(false); });
    connect(m_estimateButton, &QPushButton::clicked, this, [this] { computeMap(true); });
    connect(m_cancelButton, &QPushButton::clicked, this, &SequenceWorkbench::cancelMap);

    // One row of controls above the tracks, so that the tracks keep the height there is.
    auto* controls = new QHBoxLayout;
    controls->setContentsMargins(0, 0, 0, 0);
    controls->addWidget(m_findBar);
    controls->addWidget(m_computeButton);
    controls->addWidget(m_estimateButton);
    controls->addWidget(m_cancelButton);
    controls->addWidget(m_status, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(controls);
    layout->addWidget(m_editor);
    layout->addWidget(m_logo);
    layout->addWidget(m_heatmap, 1);
    layout->addWidget(m_motifTrack);

    connect(m_findBar, &MotifFindBar::matchesChanged, m_editor, &SequenceEditor::setHighlights);
    connect(m_findBar, &MotifFindBar::matchChosen, m_editor, &SequenceEditor::selectRange);
    connect(m_heatmap, &MutagenesisHeatmap::substitutionRequested, this, [this](int position, QChar base) {
        m_editor->setFocus();
        m_editor->substitute(position, base);
    });
    connect(m_motifTrack, &MotifTrack::hitActivated, this, [this](int index) {
        const MotifHit& hit = m_motifTrack->hits().at(static_cast<std::size_t>(index));
        m_editor->selectRange(static_cast<int>(hit.start), static_cast<int>(hit.length));
    });
    connect(m_editor, &SequenceEditor::sequenceEdited, this, [this] {
        setStatus(mapStatusText());
        if (m_followEdits)
            m_updateTimer->start();
    });
    m_updateTimer->setSingleShot(true);
    m_updateTimer->setInterval(kMapUpdateDelayMs);
    connect(m_updateTimer, &QTimer::timeout, this, [this] { startMap(m_followEstimates, false); });

    connect(m_service, &MutagenesisService::progress, this, [this](std::uint64_t job, qint64 done, qint64 total) {
        if (job == m_job && total > 0)
            setStatus(tr("Computing the map… %1 of %2 substitutions").arg(done).arg(total));
    });
    connect(m_service, &MutagenesisService::mapped, this,
            [this](std::uint64_t job, qint64, const MutagenesisMap& map) {
                if (job != m_job)
                    return;
                display(map, m_jobBases);
                Q_EMIT mapComputed(map, m_jobBases);
            });
    const auto ended = [this](std::uint64_t job) {
        if (job != m_job)
            return false;
        m_job = 0;
        m_cancelButton->setEnabled(false);
        return true;
    };
    connect(m_service, &MutagenesisService::finished, this, [this, ended](std::uint64_t job) {
        if (ended(job))
            setStatus(mapStatusText());
    });
    connect(m_service, &MutagenesisService::cancelled, this, [this, ended](std::uint64_t job) {
        if (ended(job))
            setStatus(tr("Map cancelled. %1").arg(mapStatusText()));
    });
    connect(m_service, &MutagenesisService::failed, this, [this, ended](std::uint64_t job, const QString& message) {
        const bool askedByUser = m_jobAskedByUser;
        if (!ended(job))
            return;
        setStatus(tr("No map: %1").arg(message));
        if (askedByUser)
            Q_EMIT problem(tr("The mutagenesis map could not be computed"), message);
    });
    clearDocument();
}

SequenceWorkbench::~SequenceWorkbench() = default;

void SequenceWorkbench::setDocument(const QString& name, const std::string& bases, const QString& leftFlank)
{
    cancelMap();
    m_name = name;
    m_followEdits = false;
    m_editor->setSequence(QString::fromStdString(bases));
    m_editor->setFlanks(leftFlank, {});
    m_editor->setReadOnly(false);
    m_findBar->setSequence(bases);
    m_motifTrack->clear();
    forgetMap();
    // The editor keeps the viewport's range to its flank and sequence.
    m_viewport->fit();
}

void SequenceWorkbench::clearDocument()
{
    cancelMap();
    m_name.clear();
    m_followEdits = false;
    m_editor->setSequence({});
    m_editor->setFlanks({}, {});
    m_editor->setReadOnly(true);
    m_findBar->setSequence({});
    m_motifTrack->clear();
    forgetMap();
}

void SequenceWorkbench::setLeftFlank(const QString& leftFlank)
{
    m_editor->setFlanks(leftFlank, {});
    m_findBar->setSequence(m_editor->sequence().toStdString());
}

void SequenceWorkbench::setModel(std::shared_ptr<const Model> model)
{
    cancelMap();
    m_model = std::move(model);
    m_followEdits = false;
    forgetMap();
}

void SequenceWorkbench::setIncludeFlanks(bool include)
{
    m_options.includeFlanks = include;
}

void SequenceWorkbench::computeMap(bool estimate)
{
    m_followEdits = true;
    m_followEstimates = estimate;
    startMap(estimate, true);
}

void SequenceWorkbench::startMap(bool estimate, bool askedByUser)
{
    m_updateTimer->stop();
    const std::string bases = m_editor->sequence().toStdString();
    if (!m_model || bases.empty()) {
        const QString reason = !m_model ? tr("No model is loaded: load one with File → Open Model.")
                                        : tr("The sequence is empty: select a sequence or type its bases.");
        setStatus(reason);
        if (askedByUser)
            Q_EMIT problem(tr("The mutagenesis map could not be computed"), reason);
        return;
    }
    if (m_job != 0)
        m_service->cancel(m_job);
    SequenceRecord record;
    record.name = m_name.toStdString();
    record.bases = bases;
    m_jobBases = bases;
    m_jobEstimates = estimate;
    m_jobAskedByUser = askedByUser;
    m_job = m_service->map(m_model, {record}, m_options, estimate);
    m_cancelButton->setEnabled(true);
    setStatus(estimate ? tr("Estimating the map…") : tr("Computing the map…"));
}

void SequenceWorkbench::cancelMap()
{
    m_updateTimer->stop();
    m_followEdits = false;
    if (m_job == 0)
        return;
    m_service->cancel(m_job);
    m_job = 0;
    m_cancelButton->setEnabled(false);
    setStatus(tr("Map cancelled. %1").arg(mapStatusText()));
}

void SequenceWorkbench::showMap(const MutagenesisMap& map)
{
    display(map, m_editor->sequence().toStdString());
    m_followEdits = true;
    m_followEstimates = map.estimated;
    setStatus(mapStatusText());
}

void SequenceWorkbench::display(const MutagenesisMap& map, const std::string& bases)
{
    m_map = map;
    m_mapBases = bases;
    m_heatmap->setMap(map);
    m_logo->setMap(map);
}

void SequenceWorkbench::forgetMap()
{
    m_map.reset();
    m_mapBases.clear();
    m_heatmap->clear();
    m_logo->clear();
    setStatus(mapStatusText());
}

bool SequenceWorkbench::isMapCurrent() const
{
    return m_map && m_mapBases == m_editor->sequence().toStdString();
}

QString SequenceWorkbench::mapStatusText() const
{
    if (!m_map)
        return m_editor->sequence().isEmpty() ? QString()
                                              : tr("No map yet: Map predicts every substitution (Ctrl+M).");
    const QString kind = m_map->estimated
                             ? tr("Gradient × input estimate, a first-order preview (not predictions)")
                             : tr("Every substitution predicted");
    const QString reference =
        tr("reference expression %1").arg(m_map->reference.expression, 0, 'f', 3);
    if (!isMapCurrent())
        return tr("%1 for an earlier version of the sequence; %2").arg(kind, reference);
    return tr("%1; %2").arg(kind, reference);
}

void SequenceWorkbench::setStatus(const QString& text)
{
    m_status->setText(text);
    m_status->setToolTip(text);
}

void SequenceWorkbench::setMotifHits(const std::vector<MotifHit>& hits)
{
    m_motifTrack->setHits(hits);
}

void SequenceWorkbench::exportMap(const QString& path) const
{
    if (!m_map)
        throw Error(tr("There is no map to export: compute one with Analysis → Mutagenesis Map.").toStdString());
    CsvWriter writer(path.toStdString());
    writeMutagenesisHeader(writer);
    writeMutagenesisRows(writer, *m_map);
    writer.close();
}

}  // namespace promoterlab::widgets
