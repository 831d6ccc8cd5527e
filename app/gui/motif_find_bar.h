// SPDX-License-Identifier: GPL-3.0-or-later
// The editor's find bar: an IUPAC motif searched on both strands of the current sequence, with
// the number of hits and stepping from one to the next.
#pragma once

#include "promoterlab/motif_search.h"

#include <QWidget>

#include <string>
#include <vector>

class QLabel;
class QLineEdit;

namespace promoterlab::widgets {

class MotifFindBar : public QWidget {
    Q_OBJECT

public:
    explicit MotifFindBar(QWidget* parent = nullptr);

    // The sequence to search; searching again keeps the pattern.
    void setSequence(const std::string& bases);
    QLineEdit* patternEdit() const { return m_pattern; }
    const std::vector<MotifMatch>& matches() const { return m_matches; }
    QString summaryText() const;

    // Moves to the next (or previous) hit, wrapping around, and announces it.
    void findNext();
    void findPrevious();

Q_SIGNALS:
    // Every hit of the pattern, to be drawn over the sequence (empty: none, or no pattern).
    void matchesChanged(const std::vector<promoterlab::MotifMatch>& matches);
    // The hit the user moved to.
    void matchChosen(int position, int length);

private:
    void search();
    void choose(int index);

    QLineEdit* m_pattern;
    QLabel* m_summary;
    std::string m_bases;
    std::vector<MotifMatch> m_matches;
    int m_current = -1;
};

}  // namespace promoterlab::widgets
