// SPDX-License-Identifier: GPL-3.0-or-later
// The Motifs dock: scans the current sequence with a MEME motif file (JASPAR's fungal motifs by
// default) at a p-value threshold, lets the user pick the motifs to show, and lists their hits.
#pragma once

#include "promoterlab/meme_reader.h"
#include "promoterlab/motif_scanner.h"

#include <QString>
#include <QStringList>
#include <QWidget>

#include <memory>
#include <string>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
template <typename T>
class QFutureWatcher;

namespace promoterlab::widgets {

class MotifHitTableModel;

// Building a scanner (each motif's exact score distribution) takes a noticeable fraction of a
// second, so it runs on the thread pool whenever the motif file or the threshold changes; scanning
// a sequence takes well under a millisecond and runs on the GUI thread. The panel does not draw
// the motif track: the owner passes the shown hits on from hitsChanged.
class MotifPanel : public QWidget {
    Q_OBJECT

public:
    // What motifSource() says for the motifs shipped with PromoterLab.
    static constexpr const char* kBundledSource = "bundled:JASPAR2024_fungi";

    // Starts with the shipped JASPAR motifs, every motif picked, p ≤ 1e-4.
    explicit MotifPanel(QWidget* parent = nullptr);
    ~MotifPanel() override;

    // The sequence to scan (bases in any case); its hits follow through hitsChanged once the
    // scanner is ready.
    void setSequence(const std::string& bases);

    // Reads a MEME file and scans with its motifs, all picked. A file that cannot be read
    // leaves the current motifs in place and says why through problem(); returns whether it was read.
    bool loadMotifFile(const QString& path);
    void useBundledMotifs();

    // The file the motifs come from, or kBundledSource; with pValueThreshold() what
    // ProjectStore::saveMotifHits needs beside the hits.
    QString motifSource() const;
    double pValueThreshold() const;
    // Selects the threshold (one of the choices, or a new one), then scans again.
    void setPValueThreshold(double threshold);
    // The motifs of the current file.
    const std::vector<Motif>& motifs() const { return m_motifs.motifs; }
    // Every hit of the last scan, picked or not, and the hits of the picked motifs.
    const std::vector<MotifHit>& scannedHits() const { return m_hits; }
    const std::vector<MotifHit>& shownHits() const;
    // True while a scanner is being built; hitsChanged follows when it is ready.
    bool isPreparing() const;

    QStringList pickedMotifIds() const;
    // Picks exactly these motifs (ids not in the file are ignored).
    void setPickedMotifIds(const QStringList& ids);

    // Writes the hits table as CSV in its current order: motif id, name, 1-based start and end,
    // strand ("forward" or "reverse"), score and p-value at full precision. Returns an empty
    // string on success, else the reason naming the file.
    QString exportCsv(const QString& path) const;

    QLineEdit* filterEdit() const { return m_filter; }
    QListWidget* motifList() const { return m_motifList; }
    QPushButton* pickAllButton() const { return m_all; }
    QPushButton* pickNoneButton() const { return m_none; }
    QComboBox* thresholdBox() const { return m_threshold; }
    QLabel* sourceLabel() const { return m_source; }
    QLabel* statusLabel() const { return m_status; }
    QPushButton* loadButton() const { return m_load; }
    QTableView* tableView() const { return m_view; }
    MotifHitTableModel* tableModel() const { return m_model; }
    QPushButton* exportButton() const { return m_export; }

    // Wide enough for every column of the hits table, so that a dock opens without a scroll bar.
    QSize sizeHint() const override;

public Q_SLOTS:
    // Announces shownHits()[index] through hitActivated: what a click on the motif track means.
    void activateShownHit(int index);
    void loadMotifFileWithDialog();
    void exportWithDialog();

Q_SIGNALS:
    // The hits of the picked motifs, after each scan or change of the picks (positions 0-based in
    // the sequence last set); scanned with motifSource() and pValueThreshold() as they are then.
    void hitsChanged(const std::vector<promoterlab::MotifHit>& shownHits);
    // The user chose a hit (double-clicked in the table, or activateShownHit); the owner selects
    // those bases in the editor.
    void hitActivated(int start, int length);
    // Something the user should read (an unreadable motif file, a failed export).
    void problem(const QString& title, const QString& message);

private:
    struct ScannerBuild;

    void setMotifs(MotifFile motifs, const QString& sourcePath);
    void buildScanner();
    void onScannerBuilt();
    void scan();
    void showPickedHits();
    void filterMotifList(const QString& text);
    void setVisibleMotifsPicked(bool picked);
    void updateStatus();

    QLabel* m_source;
    QPushButton* m_load;
    QPushButton* m_bundled;
    QComboBox* m_threshold;
    QLineEdit* m_filter;
    QListWidget* m_motifList;
    QPushButton* m_all;
    QPushButton* m_none;
    QLabel* m_status;
    MotifHitTableModel* m_model;
    QSortFilterProxyModel* m_sorted;
    QTableView* m_view;
    QPushButton* m_export;
    QFutureWatcher<ScannerBuild>* m_watcher;

    MotifFile m_motifs;
    QString m_sourcePath;  // empty for the shipped motifs
    std::shared_ptr<const MotifScanner> m_scanner;
    QString m_buildError;
    std::string m_bases;
    bool m_scanned = false;  // m_hits belong to m_bases and m_scanner
    std::vector<MotifHit> m_hits;
};

}  // namespace promoterlab::widgets
