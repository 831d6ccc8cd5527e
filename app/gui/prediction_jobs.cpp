// SPDX-License-Identifier: GPL-3.0-or-later
#include "prediction_jobs.h"

#include "jobs_panel.h"

#include <vector>

namespace promoterlab::widgets {

PredictionJobs::PredictionJobs(JobsPanel& panel)
    : m_panel(panel)
{
}

int PredictionJobs::open(const QString& title)
{
    const int id = m_nextGroup++;
    m_groups[id].title = title;
    return id;
}

void PredictionJobs::add(int groupId, std::uint64_t request, qint64 sequences)
{
    const auto found = m_groups.find(groupId);
    if (found == m_groups.end())
        return;
    Group& group = found->second;
    group.total += sequences;
    ++group.openRequests;
    m_requests[request] = Request{groupId, sequences, 0};
    if (group.entry < 0 && group.total >= kMinimumShown)
        show(group);
    else if (group.entry >= 0)
        m_panel.setProgress(group.entry, group.done, group.total);
}

void PredictionJobs::close(int groupId)
{
    if (const auto found = m_groups.find(groupId); found != m_groups.end()) {
        found->second.closed = true;
        finishIfDone(groupId);
    }
}

void PredictionJobs::progress(std::uint64_t request, qint64 done)
{
    const auto found = m_requests.find(request);
    if (found == m_requests.end())
        return;
    Group& group = m_groups.at(found->second.group);
    group.done += done - found->second.done;
    found->second.done = done;
    if (group.entry >= 0)
        m_panel.setProgress(group.entry, group.done, group.total);
}

void PredictionJobs::predicted(std::uint64_t request)
{
    const auto found = m_requests.find(request);
    if (found == m_requests.end())
        return;
    progress(request, found->second.sequences);
    const int groupId = found->second.group;
    m_requests.erase(found);
    --m_groups.at(groupId).openRequests;
    finishIfDone(groupId);
}

void PredictionJobs::stopped(std::uint64_t request, const QString& outcome, bool failed)
{
    const auto found = m_requests.find(request);
    if (found == m_requests.end())
        return;
    end(found->second.group, outcome, failed);
}

bool PredictionJobs::ownsEntry(int entry) const
{
    for (const auto& [id, group] : m_groups)
        if (group.entry == entry)
            return true;
    return false;
}

void PredictionJobs::show(Group& group)
{
    group.entry = m_panel.addJob(group.title);
    m_panel.setProgress(group.entry, group.done, group.total);
}

void PredictionJobs::finishIfDone(int groupId)
{
    const Group& group = m_groups.at(groupId);
    if (group.closed && group.openRequests == 0)
        end(groupId, tr("%n sequence(s) predicted", nullptr, static_cast<int>(group.done)), false);
}

void PredictionJobs::end(int groupId, const QString& outcome, bool failed)
{
    const auto found = m_groups.find(groupId);
    if (found == m_groups.end())
        return;
    if (found->second.entry >= 0)
        m_panel.finishJob(found->second.entry, outcome, failed);
    // The group's other requests still answer (or were cancelled with it); they count no more.
    std::vector<std::uint64_t> requests;
    for (const auto& [request, state] : m_requests)
        if (state.group == groupId)
            requests.push_back(request);
    for (const std::uint64_t request : requests)
        m_requests.erase(request);
    m_groups.erase(found);
}

}  // namespace promoterlab::widgets
