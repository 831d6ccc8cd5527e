// SPDX-License-Identifier: GPL-3.0-or-later
// Shows large predictions in the jobs panel. The requests made for one purpose (the sequences of
// an import, the whole list for a new model) form one group with one entry, whose progress counts
// their sequences; small groups, such as a live edit, take no room in the panel.
#pragma once

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <unordered_map>

namespace promoterlab::widgets {

class JobsPanel;

class PredictionJobs {
    Q_DECLARE_TR_FUNCTIONS(PredictionJobs)

public:
    // A group shows in the panel once it holds this many sequences.
    static constexpr qint64 kMinimumShown = 2000;

    explicit PredictionJobs(JobsPanel& panel);

    // A new group titled for the panel; requests join it until close().
    int open(const QString& title);
    void add(int group, std::uint64_t request, qint64 sequences);
    // No more requests will join; the group ends when those it holds are answered.
    void close(int group);

    void progress(std::uint64_t request, qint64 done);
    void predicted(std::uint64_t request);
    // A failed or cancelled request ends its group with that outcome.
    void stopped(std::uint64_t request, const QString& outcome, bool failed);

    // Whether the panel's entry belongs to a prediction group (its Cancel stops predictions).
    bool ownsEntry(int entry) const;

private:
    struct Group {
        QString title;
        int entry = -1;  // in the panel, once shown
        qint64 total = 0;
        qint64 done = 0;
        int openRequests = 0;
        bool closed = false;
    };
    struct Request {
        int group = 0;
        qint64 sequences = 0;
        qint64 done = 0;
    };

    void show(Group& group);
    void finishIfDone(int groupId);
    void end(int groupId, const QString& outcome, bool failed);

    JobsPanel& m_panel;
    std::unordered_map<int, Group> m_groups;
    std::unordered_map<std::uint64_t, Request> m_requests;
    int m_nextGroup = 1;
};

}  // namespace promoterlab::widgets
