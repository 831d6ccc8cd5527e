// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the Motifs dock: a planted site is found with the shipped JASPAR motifs, picks and
// thresholds change what is shown, MEME files are loaded or refused, hits are activated and
// exported.
#include "motif_panel.h"

#include "motif_hit_table_model.h"
#include "temporary_directory.h"

#include "promoterlab/meme_reader.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <random>
#include <sstream>
#include <string>
#include <vector>

using promoterlab::MotifHit;
using promoterlab::widgets::MotifHitTableModel;
using promoterlab::widgets::MotifPanel;

namespace {

constexpr int kPlantedStart = 60;
constexpr const char* kReb1Id = "MA0363.3";

// The most probable base at each position of the shipped motif called name.
std::string consensusOf(const std::string& name)
{
    const promoterlab::MotifFile file = promoterlab::readMemeFile(promoterlab::bundledMotifFilePath());
    const auto motif = std::find_if(file.motifs.begin(), file.motifs.end(),
                                    [&](const promoterlab::Motif& candidate) { return candidate.name == name; });
    REQUIRE(motif != file.motifs.end());
    std::string consensus;
    for (const auto& row : motif->probabilities)
        consensus += "ACGT"[std::max_element(row.begin(), row.end()) - row.begin()];
    return consensus;
}

// 150 random AT-rich bases (70 % A or T, as in yeast promoters) with the site at kPlantedStart.
std::string sequenceWithSite(const std::string& site)
{
    std::mt19937 random(2024);
    std::discrete_distribution<int> base({35, 15, 15, 35});
    std::string bases;
    for (int i = 0; i < 150; ++i)
        bases += "ACGT"[base(random)];
    return bases.replace(kPlantedStart, site.size(), site);
}

// Waits for the scanner being built (on the thread pool) and the scan that follows it.
void waitUntilScanned(MotifPanel& panel)
{
    QSignalSpy changed(&panel, &MotifPanel::hitsChanged);
    while (panel.isPreparing())
        REQUIRE(changed.wait(30000));
}

std::vector<MotifHit> lastHits(const QSignalSpy& spy)
{
    REQUIRE(spy.count() > 0);
    return qvariant_cast<std::vector<MotifHit>>(spy.last().at(0));
}

bool hasHit(const std::vector<MotifHit>& hits, const std::string& motifId, std::size_t start, bool reverseStrand)
{
    return std::any_of(hits.begin(), hits.end(), [&](const MotifHit& hit) {
        return hit.motifId == motifId && hit.start == start && hit.reverseStrand == reverseStrand;
    });
}

std::size_t hitsOf(const std::vector<MotifHit>& hits, const std::string& motifId)
{
    return static_cast<std::size_t>(
        std::count_if(hits.begin(), hits.end(), [&](const MotifHit& hit) { return hit.motifId == motifId; }));
}

QListWidgetItem* itemOf(MotifPanel& panel, const QString& motifId)
{
    for (int row = 0; row < panel.motifList()->count(); ++row)
        if (panel.motifList()->item(row)->data(Qt::UserRole).toString() == motifId)
            return panel.motifList()->item(row);
    return nullptr;
}

// A small valid MEME file: an 8-base motif sure of every base (TATAAAAG) and one without a name.
const char* const kSmallMemeFile = R"(MEME version 4

ALPHABET= ACGT

strands: + -

Background letter frequencies
A 0.3 C 0.2 G 0.2 T 0.3

MOTIF TEST1 TATABOX
letter-probability matrix: alength= 4 w= 8 nsites= 20 E= 0
0.01 0.01 0.01 0.97
0.97 0.01 0.01 0.01
0.01 0.01 0.01 0.97
0.97 0.01 0.01 0.01
0.97 0.01 0.01 0.01
0.97 0.01 0.01 0.01
0.97 0.01 0.01 0.01
0.01 0.01 0.97 0.01

MOTIF TEST2
letter-probability matrix: alength= 4 w= 6 nsites= 20 E= 0
0.01 0.97 0.01 0.01
0.01 0.01 0.97 0.01
0.01 0.97 0.01 0.01
0.01 0.01 0.97 0.01
0.01 0.97 0.01 0.01
0.01 0.01 0.97 0.01
)";

}  // namespace

TEST_CASE("The shipped JASPAR motifs find a planted REB1 site, and unpicking REB1 hides its hits")
{
    MotifPanel panel;
    CHECK(panel.motifSource() == MotifPanel::kBundledSource);
    CHECK(panel.motifs().size() == 178);
    CHECK(panel.motifList()->count() == 178);
    CHECK(panel.sourceLabel()->text().contains("JASPAR 2024 CORE fungi (CC BY 4.0)"));
    CHECK(panel.pValueThreshold() == 1e-4);

    QSignalSpy changed(&panel, &MotifPanel::hitsChanged);
    const std::string consensus = consensusOf("REB1");
    panel.setSequence(sequenceWithSite(consensus));
    waitUntilScanned(panel);
    const std::vector<MotifHit> all = lastHits(changed);
    CHECK(hasHit(all, kReb1Id, kPlantedStart, false));
    CHECK(all.size() == panel.scannedHits().size());
    CHECK(panel.tableModel()->rowCount() == static_cast<int>(all.size()));
    const std::size_t reb1Hits = hitsOf(all, kReb1Id);
    REQUIRE(reb1Hits > 0);
    REQUIRE(all.size() > reb1Hits);  // an AT-rich sequence has hits of other motifs too
    CHECK(panel.statusLabel()->text().contains(QString::number(all.size())));

    QListWidgetItem* reb1 = itemOf(panel, kReb1Id);
    REQUIRE(reb1 != nullptr);
    CHECK(reb1->text() == "REB1 (MA0363.3)");
    reb1->setCheckState(Qt::Unchecked);
    std::vector<MotifHit> shown = lastHits(changed);
    CHECK(hitsOf(shown, kReb1Id) == 0);
    CHECK(shown.size() == all.size() - reb1Hits);
    CHECK(panel.shownHits().size() == shown.size());
    CHECK_FALSE(panel.pickedMotifIds().contains(kReb1Id));
    CHECK(panel.pickedMotifIds().size() == 177);

    // "All" and "None" act on the motifs the filter leaves in the list.
    panel.filterEdit()->setText("reb");
    CHECK_FALSE(reb1->isHidden());
    CHECK(itemOf(panel, "MA0265.3")->isHidden());  // ABF1
    QTest::mouseClick(panel.pickAllButton(), Qt::LeftButton);
    CHECK(panel.pickedMotifIds().size() == 178);
    CHECK(hitsOf(lastHits(changed), kReb1Id) == reb1Hits);
    QTest::mouseClick(panel.pickNoneButton(), Qt::LeftButton);
    CHECK(panel.pickedMotifIds().size() == 177);
    CHECK(lastHits(changed).size() == all.size() - reb1Hits);
    panel.filterEdit()->clear();
    CHECK_FALSE(itemOf(panel, "MA0265.3")->isHidden());
    QTest::mouseClick(panel.pickNoneButton(), Qt::LeftButton);
    CHECK(lastHits(changed).empty());
    CHECK_FALSE(panel.exportButton()->isEnabled());

    panel.setPickedMotifIds({kReb1Id, "no such motif"});
    CHECK(panel.pickedMotifIds() == QStringList{kReb1Id});
    shown = lastHits(changed);
    CHECK(shown.size() == reb1Hits);
    CHECK(hasHit(shown, kReb1Id, kPlantedStart, false));
}

TEST_CASE("A stricter p-value threshold finds a subset of the hits of a looser one")
{
    MotifPanel panel;
    panel.setSequence(sequenceWithSite(consensusOf("REB1")));
    std::vector<std::vector<MotifHit>> byThreshold;
    for (int index = 0; index < panel.thresholdBox()->count(); ++index) {
        panel.thresholdBox()->setCurrentIndex(index);
        waitUntilScanned(panel);
        CHECK(panel.pValueThreshold() == panel.thresholdBox()->itemData(index).toDouble());
        byThreshold.push_back(panel.scannedHits());
    }
    REQUIRE(byThreshold.size() == 4);  // 1e-3, 1e-4, 1e-5, 1e-6
    CHECK(byThreshold[0].size() > byThreshold[1].size());
    for (std::size_t stricter = 1; stricter < byThreshold.size(); ++stricter) {
        CAPTURE(stricter);
        CHECK(byThreshold[stricter].size() <= byThreshold[stricter - 1].size());
        for (const MotifHit& hit : byThreshold[stricter])
            CHECK(hasHit(byThreshold[stricter - 1], hit.motifId, hit.start, hit.reverseStrand));
    }
    // The planted consensus scores REB1's best, rarer than 1e-5; no 9-base window of uniform
    // background can be rarer than 4^-9 ≈ 3.8e-6, so at 1e-6 REB1 finds nothing.
    CHECK(hasHit(byThreshold[2], kReb1Id, kPlantedStart, false));
    CHECK(hitsOf(byThreshold[3], kReb1Id) == 0);

    panel.setPValueThreshold(1e-4);
    CHECK(panel.thresholdBox()->currentIndex() == 1);
    panel.setPValueThreshold(5e-4);
    CHECK(panel.pValueThreshold() == 5e-4);
    CHECK(panel.thresholdBox()->count() == 5);
    waitUntilScanned(panel);
    CHECK(panel.scannedHits().size() <= byThreshold[0].size());
    CHECK(panel.scannedHits().size() >= byThreshold[1].size());
}

TEST_CASE("A MEME file with a malformed matrix row is refused with its line and the motifs stay")
{
    MotifPanel panel;
    promoterlab::test::TemporaryDirectory directory;
    const std::string path = directory.write("broken.meme", "MEME version 4\n"
                                                            "\n"
                                                            "ALPHABET= ACGT\n"
                                                            "\n"
                                                            "MOTIF M1 ONE\n"
                                                            "letter-probability matrix: alength= 4 w= 2\n"
                                                            "0.25 0.25 0.25 0.25\n"
                                                            "0.5 0.5 x 0\n");
    QSignalSpy problems(&panel, &MotifPanel::problem);
    QSignalSpy changed(&panel, &MotifPanel::hitsChanged);
    CHECK_FALSE(panel.loadMotifFile(QString::fromStdString(path)));
    REQUIRE(problems.count() == 1);
    CHECK(problems.at(0).at(0).toString() == "The motif file could not be read");
    const QString message = problems.at(0).at(1).toString();
    CHECK(message.contains("broken.meme line 8"));
    CHECK(message.contains("'x'"));
    CHECK(message.contains("not a probability"));
    CHECK(changed.count() == 0);
    CHECK(panel.motifSource() == MotifPanel::kBundledSource);
    CHECK(panel.motifs().size() == 178);
    CHECK(panel.motifList()->count() == 178);

    CHECK_FALSE(panel.loadMotifFile(QString::fromStdString(directory.file("missing.meme"))));
    CHECK(problems.count() == 2);
    CHECK(panel.motifs().size() == 178);
}

TEST_CASE("A valid MEME file replaces the motif list and its motifs are scanned, until JASPAR is chosen again")
{
    MotifPanel panel;
    promoterlab::test::TemporaryDirectory directory;
    const QString path = QString::fromStdString(directory.write("small.meme", kSmallMemeFile));
    QSignalSpy problems(&panel, &MotifPanel::problem);
    QSignalSpy changed(&panel, &MotifPanel::hitsChanged);
    // TATAAAAG at 10 (forward) and CTTTTATA, its reverse complement, at 40.
    std::string bases(80, 'C');
    bases.replace(0, 6, "AAAAAA");
    bases.replace(10, 8, "TATAAAAG");
    bases.replace(40, 8, "CTTTTATA");
    bases.replace(60, 12, "ATATATATATAT");
    panel.setSequence(bases);

    REQUIRE(panel.loadMotifFile(path));
    CHECK(problems.count() == 0);
    CHECK(panel.motifSource() == path);
    REQUIRE(panel.motifs().size() == 2);
    REQUIRE(panel.motifList()->count() == 2);
    CHECK(panel.motifList()->item(0)->text() == "TATABOX (TEST1)");
    CHECK(panel.motifList()->item(1)->text() == "TEST2");  // no name: the id alone
    CHECK(panel.pickedMotifIds() == QStringList({"TEST1", "TEST2"}));
    CHECK(panel.sourceLabel()->text().contains("small.meme"));
    // The JASPAR hits are gone at once, not only once the new scanner is ready.
    CHECK(lastHits(changed).empty());

    waitUntilScanned(panel);
    const std::vector<MotifHit> hits = lastHits(changed);
    CHECK(hasHit(hits, "TEST1", 10, false));
    CHECK(hasHit(hits, "TEST1", 40, true));
    for (const MotifHit& hit : hits)
        CHECK((hit.motifId == "TEST1" || hit.motifId == "TEST2"));

    panel.useBundledMotifs();
    CHECK(panel.motifSource() == MotifPanel::kBundledSource);
    CHECK(panel.motifs().size() == 178);
}

TEST_CASE("Double-clicking a row or activating a track hit announces its bases; the table exports as CSV")
{
    MotifPanel panel;
    panel.resize(500, 700);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    const std::string consensus = consensusOf("REB1");
    panel.setSequence(sequenceWithSite(consensus));
    waitUntilScanned(panel);
    panel.setPickedMotifIds({kReb1Id});
    const std::vector<MotifHit> shown = panel.shownHits();
    REQUIRE_FALSE(shown.empty());
    const auto planted = std::find_if(shown.begin(), shown.end(), [](const MotifHit& hit) {
        return hit.start == kPlantedStart && !hit.reverseStrand;
    });
    REQUIRE(planted != shown.end());
    const int plantedIndex = static_cast<int>(planted - shown.begin());

    QSignalSpy activated(&panel, &MotifPanel::hitActivated);
    panel.activateShownHit(plantedIndex);
    REQUIRE(activated.count() == 1);
    CHECK(activated.at(0).at(0).toInt() == kPlantedStart);
    CHECK(activated.at(0).at(1).toInt() == static_cast<int>(consensus.size()));
    const QModelIndexList selected = panel.tableView()->selectionModel()->selectedRows();
    REQUIRE(selected.size() == 1);
    CHECK(selected.at(0).sibling(selected.at(0).row(), MotifHitTableModel::StartColumn).data().toInt()
          == kPlantedStart + 1);
    panel.activateShownHit(static_cast<int>(shown.size()));  // no such hit
    CHECK(activated.count() == 1);

    // Sorted by start, descending: the planted hit's row is found by its start.
    panel.tableView()->sortByColumn(MotifHitTableModel::StartColumn, Qt::DescendingOrder);
    QTableView* view = panel.tableView();
    int plantedRow = -1;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        if (view->model()->index(row, MotifHitTableModel::StartColumn).data().toInt() == kPlantedStart + 1
            && view->model()->index(row, MotifHitTableModel::StrandColumn).data().toString() == "+")
            plantedRow = row;
    REQUIRE(plantedRow >= 0);
    const QModelIndex plantedCell = view->model()->index(plantedRow, MotifHitTableModel::NameColumn);
    view->scrollTo(plantedCell);
    const QRect cell = view->visualRect(plantedCell);
    // A double-click starts with a click (QTest::mouseDClick sends only the second press).
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    REQUIRE(activated.count() == 2);
    CHECK(activated.at(1).at(0).toInt() == kPlantedStart);

    promoterlab::test::TemporaryDirectory directory;
    const QString csv = QString::fromStdString(directory.file("hits.csv"));
    CHECK(panel.exportCsv(csv).isEmpty());
    std::istringstream lines(promoterlab::test::readFileBytes(csv.toStdString()));
    std::vector<std::string> rows;
    for (std::string line; std::getline(lines, line);)
        rows.push_back(line);
    REQUIRE(rows.size() == shown.size() + 1);
    CHECK(rows[0] == "motif_id,name,start,end,strand,score_bits,p_value");
    // In the table's order: starts descending.
    CHECK(std::count_if(rows.begin(), rows.end(), [](const std::string& row) {
              return row.rfind("MA0363.3,REB1,61,69,forward,", 0) == 0;
          }) == 1);
    for (std::size_t row = 2; row < rows.size(); ++row) {
        const auto startOf = [](const std::string& line) {
            std::istringstream fields(line);
            std::string field;
            for (int i = 0; i < 3; ++i)
                std::getline(fields, field, ',');
            return std::stoi(field);
        };
        CHECK(startOf(rows[row]) <= startOf(rows[row - 1]));
    }
    const QString unwritable = QString::fromStdString(directory.file("missing-folder/hits.csv"));
    CHECK(panel.exportCsv(unwritable).contains("missing-folder"));
}
