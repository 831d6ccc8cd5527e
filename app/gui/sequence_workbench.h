// SPDX-License-Identifier: GPL-3.0-or-later
// The sequence under study, base for base: the editor on one line with the tracks that explain
// it stacked below (the mutagenesis map's logo and heatmap, the motif hits), all following one
// position viewport, and the interactive mutagenesis map of the sequence as it is edited.
#pragma once

#include "promoterlab/motif_scanner.h"
#include "promoterlab/mutagenesis.h"

#include <QString>
#include <QWidget>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

class QLabel;
class QPushButton;
class QTimer;

namespace promoterlab {
class Model;
}

namespace promoterlab::widgets {

class MotifFindBar;
class MotifTrack;
class MutagenesisHeatmap;
class MutagenesisService;
class PositionViewport;
class SequenceEditor;
class SequenceLogoTrack;

class SequenceWorkbench : public QWidget {
    Q_OBJECT

public:
    // After an edit, the map of the edited sequence is computed this long after the last keystroke.
    static constexpr int kMapUpdateDelayMs = 400;

    explicit SequenceWorkbench(QWidget* parent = nullptr);
    ~SequenceWorkbench() override;

    SequenceEditor* editor() const { return m_editor; }
    MotifFindBar* findBar() const { return m_findBar; }
    SequenceLogoTrack* logoTrack() const { return m_logo; }
    MutagenesisHeatmap* heatmap() const { return m_heatmap; }
    MotifTrack* motifTrack() const { return m_motifTrack; }
    PositionViewport* viewport() const { return m_viewport; }

    // A new document: the sequence named `name` with the model's left flank, fitted into view.
    // Forgets the map and the motif hits, which were another sequence's.
    void setDocument(const QString& name, const std::string& bases, const QString& leftFlank);
    // No sequence: an empty, read-only editor.
    void clearDocument();
    // Follows an edit the list has taken: the flank the model reads for the edited bases.
    void setLeftFlank(const QString& leftFlank);
    // The model maps are computed with; null when none is loaded. Forgets the map shown.
    void setModel(std::shared_ptr<const Model> model);
    // Maps also cover the model's flank (as its input reads it) when set.
    void setIncludeFlanks(bool include);
    bool includeFlanks() const { return m_options.includeFlanks; }

    // Computes the map of the sequence as it is now: every substitution predicted, or with
    // `estimate` the gradient × input preview. Later edits recompute it in the same way.
    void computeMap(bool estimate);
    void cancelMap();
    bool isComputing() const { return m_job != 0; }
    // Shows a map computed before, such as one stored in the project, for the bases shown.
    void showMap(const MutagenesisMap& map);
    // The map shown and the bases it was computed for; empty when none.
    const std::optional<MutagenesisMap>& map() const { return m_map; }
    const std::string& mapBases() const { return m_mapBases; }
    // The map is of the sequence as the editor holds it now.
    bool isMapCurrent() const;
    QString mapStatusText() const;

    void setMotifHits(const std::vector<MotifHit>& hits);

    // Writes the map in the long format of promoterlab-cli ism; throws promoterlab::Error
    // naming the file when it cannot be written.
    void exportMap(const QString& path) const;

Q_SIGNALS:
    // A map of the current document's bases arrived (the project stores it).
    void mapComputed(const promoterlab::MutagenesisMap& map, const std::string& bases);
    // A map the user asked for could not be computed.
    void problem(const QString& title, const QString& message);

private:
    void startMap(bool estimate, bool askedByUser);
    void setStatus(const QString& text);
    void display(const MutagenesisMap& map, const std::string& bases);
    void forgetMap();

    PositionViewport* m_viewport;
    MotifFindBar* m_findBar;
    SequenceEditor* m_editor;
    SequenceLogoTrack* m_logo;
    MutagenesisHeatmap* m_heatmap;
    MotifTrack* m_motifTrack;
    QLabel* m_status;
    QPushButton* m_computeButton;
    QPushButton* m_estimateButton;
    QPushButton* m_cancelButton;
    QTimer* m_updateTimer;
    MutagenesisService* m_service;

    std::shared_ptr<const Model> m_model;
    MutagenesisOptions m_options;
    QString m_name;
    std::optional<MutagenesisMap> m_map;
    std::string m_mapBases;
    // The running map's job, the bases it maps, whether it estimates and whether the user asked.
    std::uint64_t m_job = 0;
    std::string m_jobBases;
    bool m_jobEstimates = false;
    bool m_jobAskedByUser = false;
    // Recompute the map after edits, in the way it was last computed.
    bool m_followEdits = false;
    bool m_followEstimates = false;
};

}  // namespace promoterlab::widgets
