// SPDX-License-Identifier: GPL-3.0-or-later
// Prediction requests grouped into jobs-panel entries: large groups shown once, small ones never.
#include "jobs_panel.h"
#include "prediction_jobs.h"

#include <catch2/catch.hpp>

using promoterlab::widgets::JobsPanel;
using promoterlab::widgets::PredictionJobs;

TEST_CASE("A group's requests share one entry that appears once the group is large and ends with its last answer")
{
    JobsPanel panel;
    PredictionJobs jobs(panel);
    const int group = jobs.open("Predicting the new sequences");
    jobs.add(group, 1, 1500);
    CHECK(panel.jobCount() == 0);  // 1,500 sequences: too few to show
    jobs.add(group, 2, 1500);
    REQUIRE(panel.jobCount() == 1);
    CHECK(panel.runningCount() == 1);
    jobs.progress(1, 700);
    jobs.predicted(1);
    jobs.add(group, 3, 10);  // an import still delivering
    jobs.close(group);
    jobs.predicted(2);
    CHECK(panel.runningCount() == 1);  // request 3 is still out
    jobs.predicted(3);
    CHECK(panel.runningCount() == 0);
    CHECK(panel.jobCount() == 1);
}

TEST_CASE("Small groups take no room; a stopped request ends its group and the others count no more")
{
    JobsPanel panel;
    PredictionJobs jobs(panel);
    const int edit = jobs.open("Predicting 1 sequence");
    jobs.add(edit, 1, 1);
    jobs.close(edit);
    jobs.predicted(1);
    CHECK(panel.jobCount() == 0);

    const int large = jobs.open("Predicting 30000 sequences");
    jobs.add(large, 2, 10000);
    jobs.add(large, 3, 10000);
    jobs.add(large, 4, 10000);
    jobs.close(large);
    REQUIRE(panel.jobCount() == 1);
    CHECK(jobs.ownsEntry(1));
    CHECK_FALSE(jobs.ownsEntry(2));
    jobs.stopped(2, "Cancelled", false);
    CHECK(panel.runningCount() == 0);
    CHECK_FALSE(jobs.ownsEntry(1));
    jobs.predicted(3);  // answers of a stopped group change nothing
    jobs.stopped(4, "Cancelled", false);
    CHECK(panel.jobCount() == 1);
}
