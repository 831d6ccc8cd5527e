// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the window's analysis with the shipped model and example promoters: the mutagenesis
// map of the sequence in the editor and its click-to-edit, maps of many sequences, motif hits
// and variant tables, and all of them kept in the project across a reopen.
#include "jobs_panel.h"
#include "motif_panel.h"
#include "motif_track.h"
#include "mutagenesis_heatmap.h"
#include "position_viewport.h"
#include "promoterlab/mutagenesis.h"
#include "promoterlab/project_store.h"
#include "promoterlab/variant_effects.h"
#include "sequence_editor.h"
#include "sequence_workbench.h"
#include "variants_panel.h"
#include "window_test_support.h"

#include <QAction>
#include <QFile>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUndoStack>

#include <cmath>
#include <fstream>
#include <optional>
#include <string>

using promoterlab::MutagenesisMap;
using promoterlab::widgets::MainWindow;
using promoterlab::widgets::MutagenesisHeatmap;
using promoterlab::widgets::SequenceWorkbench;
using namespace promoterlab::test;

namespace {

constexpr int kWait = 120000;
const QString kDrift = QStringLiteral(PROMOTERLAB_TEST_DATA_DIR "/variants/complex_medium_drift_head40.tsv");

// The window with the default model and the example promoters predicted, the first selected.
void prepare(MainWindow& window)
{
    window.resize(1200, 800);
    window.show();
    window.loadModel("default");
    window.importFile(kExamples);
    REQUIRE(waitForPredictions(window, 24));
    window.sequenceView()->setCurrentIndex(window.sequenceView()->model()->index(0, 0));
}

QAction* actionWithShortcut(const MainWindow& window, const QString& shortcut)
{
    for (QAction* action : window.findChildren<QAction*>())
        if (action->shortcut() == QKeySequence(shortcut))
            return action;
    return nullptr;
}

// The heatmap point at the middle of a cell, found through the widget's own hit test.
std::optional<QPoint> cellCentre(const MutagenesisHeatmap& heatmap, int position, int row)
{
    const int x = static_cast<int>(heatmap.viewport()->xOf(position + 0.5));
    for (int y = 0; y < heatmap.height(); ++y)
        if (const auto cell = heatmap.cellAt(QPoint(x, y)); cell && cell->position == position && cell->row == row)
            return QPoint(x, y + 3);
    return std::nullopt;
}

std::size_t lineCount(const QString& path)
{
    std::ifstream file(path.toStdString());
    std::size_t lines = 0;
    for (std::string line; std::getline(file, line);)
        ++lines;
    return lines;
}

promoterlab::VariantColumns driftColumns()
{
    promoterlab::VariantColumns columns;  // the slice's swapped columns, see its README
    columns.reference = "original_seq";
    columns.alternative = "seq";
    columns.measuredReference = "evol_measured";
    columns.measuredAlternative = "original_measured";
    return columns;
}

}  // namespace

TEST_CASE("Ctrl+M maps the sequence in the editor; a click on a cell makes that substitution, undoably")
{
    TemporarySettings profile;
    MainWindow window(profile.settings);
    prepare(window);
    SequenceWorkbench& workbench = *window.workbench();
    const std::string original = window.sequences()->entry(0).bases;
    REQUIRE(workbench.editor()->sequence().toStdString() == original);

    QSignalSpy computed(&workbench, &SequenceWorkbench::mapComputed);
    QAction* mapAction = actionWithShortcut(window, "Ctrl+M");
    REQUIRE(mapAction);
    mapAction->trigger();
    REQUIRE(computed.wait(kWait));
    REQUIRE(workbench.map());
    const MutagenesisMap map = *workbench.map();
    CHECK_FALSE(map.estimated);
    CHECK(map.columns() == static_cast<int>(original.size()));
    CHECK(map.bases == original);
    CHECK(workbench.isMapCurrent());
    CHECK(workbench.heatmap()->hasMap());
    // The map's reference is the list's prediction of the same sequence, by another code path.
    CHECK(std::abs(map.reference.expression - *window.sequences()->entry(0).predicted) < 1e-4);

    // The substitution that lowers expression most, clicked in the heatmap.
    int bestPosition = 0, bestRow = 0;
    for (int position = 0; position < map.columns(); ++position)
        for (int row = 0; row < 4; ++row)
            if (map.delta(row, position) < map.delta(bestRow, bestPosition)) {
                bestPosition = position;
                bestRow = row;
            }
    const char alternative = promoterlab::kMapBases[static_cast<std::size_t>(bestRow)];
    workbench.viewport()->fit();
    const auto point = cellCentre(*workbench.heatmap(), bestPosition, bestRow);
    REQUIRE(point);
    QWidget* target = workbench.heatmap()->childAt(*point);
    if (!target)
        target = workbench.heatmap();
    QTest::mouseClick(target, Qt::LeftButton, {}, target->mapFrom(workbench.heatmap(), *point));
    REQUIRE(QTest::qWaitFor([&] { return window.sequences()->entry(0).bases != original; }, kWait));
    std::string mutated = original;
    mutated[static_cast<std::size_t>(bestPosition)] = alternative;
    CHECK(window.sequences()->entry(0).bases == mutated);
    CHECK(workbench.editor()->sequence().toStdString() == mutated);

    // The list predicts the mutant as the map did; the map follows the edit.
    REQUIRE(QTest::qWaitFor(
        [&] {
            const auto& entry = window.sequences()->entry(0);
            return entry.predicted && std::abs(*entry.predicted - map.reference.expression) > 1e-9;
        },
        kWait));
    CHECK(std::abs(*window.sequences()->entry(0).predicted - map.expression(bestRow, bestPosition)) < 1e-4);
    REQUIRE(QTest::qWaitFor([&] { return workbench.isMapCurrent() && workbench.map()->bases == mutated; }, kWait));
    CHECK(std::abs(workbench.map()->reference.expression - map.expression(bestRow, bestPosition)) < 1e-4);

    // One step of the editor's undo stack takes the substitution back.
    workbench.editor()->undoStack()->undo();
    CHECK(workbench.editor()->sequence().toStdString() == original);
    CHECK(window.sequences()->entry(0).bases == original);
}

TEST_CASE("Maps of the selected sequences go to a CSV file as a job; no selection or an unwritable file is refused")
{
    TemporarySettings profile;
    MainWindow window(profile.settings);
    prepare(window);
    QItemSelectionModel& selection = *window.sequenceView()->selectionModel();
    const QAbstractItemModel& rows = *window.sequenceView()->model();
    selection.clearSelection();
    CHECK_FALSE(window.mapSelectedSequences(profile.folder.filePath("none.csv"), true));
    CHECK_FALSE(QFile::exists(profile.folder.filePath("none.csv")));

    std::size_t substitutions = 0;
    for (int row = 0; row < 3; ++row) {
        selection.select(rows.index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        substitutions += 3 * window.sequences()->entry(row).bases.size();
    }
    CHECK_FALSE(window.mapSelectedSequences(profile.folder.filePath("missing/folder/maps.csv"), true));

    const QString path = profile.folder.filePath("maps.csv");
    const int jobsBefore = window.jobsPanel()->jobCount();
    REQUIRE(window.mapSelectedSequences(path, true));
    CHECK(window.jobsPanel()->jobCount() == jobsBefore + 1);
    REQUIRE(QTest::qWaitFor([&] { return window.jobsPanel()->runningCount() == 0; }, kWait));
    // The header and one line per substitution of each sequence.
    CHECK(lineCount(path) == 1 + substitutions);
}

TEST_CASE("Maps, motif hits and variant tables are kept in the project and shown again when it is reopened")
{
    TemporarySettings profile;
    const QString projectPath = profile.folder.filePath("analysis.plproj");
    std::optional<MutagenesisMap> stored;
    std::size_t effects = 0;
    std::string firstBases;
    std::string motifSource;
    double motifThreshold = 0;
    {
        MainWindow window(profile.settings);
        REQUIRE(window.openOrCreateProject(projectPath));
        prepare(window);
        firstBases = window.sequences()->entry(0).bases;
        QSignalSpy computed(window.workbench(), &SequenceWorkbench::mapComputed);
        window.workbench()->computeMap(true);
        REQUIRE(computed.wait(kWait));
        stored = window.workbench()->map();

        promoterlab::widgets::MotifPanel& motifs = *window.motifPanel();
        REQUIRE(QTest::qWaitFor([&] { return !motifs.isPreparing(); }, kWait));
        motifSource = motifs.motifSource().toStdString();
        motifThreshold = motifs.pValueThreshold();
        // The track under the editor shows what the panel found.
        CHECK(window.workbench()->motifTrack()->hits().size() == motifs.shownHits().size());

        QSignalSpy scored(window.variantsPanel(), &promoterlab::widgets::VariantsPanel::effectsChanged);
        REQUIRE(window.variantsPanel()->importFile(kDrift, false, driftColumns()) != 0);
        REQUIRE(scored.wait(kWait));
        effects = window.variantsPanel()->effects().size();
        REQUIRE(effects > 0);
    }
    {
        MainWindow window(profile.settings);
        REQUIRE(window.openProject(projectPath));
        REQUIRE(waitForPredictions(window, 24));
        window.sequenceView()->setCurrentIndex(window.sequenceView()->model()->index(0, 0));
        REQUIRE(window.sequences()->entry(0).bases == firstBases);
        // Shown from the project, with nothing computed.
        REQUIRE(QTest::qWaitFor([&] { return window.workbench()->map().has_value(); }, kWait));
        CHECK_FALSE(window.workbench()->isComputing());
        CHECK(window.workbench()->map()->estimated);
        CHECK(window.workbench()->map()->deltas == stored->deltas);
        CHECK(window.variantsPanel()->effects().size() == effects);
    }
    const promoterlab::ProjectStore store = promoterlab::ProjectStore::open(projectPath.toStdString());
    CHECK(store.mutagenesisMaps().size() == 1);
    CHECK(store.variantTables().size() == 1);
    // The motif scan of the first sequence, as the panel ran it.
    CHECK(store.motifHits(store.sequences().front().id, firstBases, motifSource, motifThreshold));
}

TEST_CASE("A map cancelled halfway never arrives; the next one does, and mapping without a sequence is refused")
{
    TemporarySettings profile;
    MainWindow window(profile.settings);
    prepare(window);
    SequenceWorkbench& workbench = *window.workbench();
    QSignalSpy computed(&workbench, &SequenceWorkbench::mapComputed);
    QSignalSpy problems(&workbench, &SequenceWorkbench::problem);
    workbench.computeMap(false);
    CHECK(workbench.isComputing());
    workbench.cancelMap();
    CHECK_FALSE(workbench.isComputing());
    CHECK(workbench.mapStatusText().contains("No map yet"));
    // Jobs run in order: the estimate arrives after the cancelled map has stopped.
    workbench.computeMap(true);
    REQUIRE(computed.wait(kWait));
    REQUIRE(computed.count() == 1);
    CHECK(workbench.map()->estimated);
    CHECK(problems.isEmpty());

    workbench.clearDocument();
    workbench.computeMap(false);
    REQUIRE(problems.count() == 1);
    CHECK(problems.front().at(1).toString().contains("empty"));
    CHECK_FALSE(workbench.isComputing());
}
