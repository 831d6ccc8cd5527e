// SPDX-License-Identifier: GPL-3.0-or-later
// The training set the trainer tests share: 600 DREAM demo reads, fold 0 of the sequence hash held out.
#pragma once

#include "promoterlab/training_set.h"
#include "test_tables.h"

namespace promoterlab::test {

inline const TrainingData& demoTrainingData()
{
    static const TrainingData data = [] {
        TrainingSetOptions options;
        options.validFold = 0;
        return loadTrainingData(fixturePath("training/dream_demo_600.tsv"), options);
    }();
    return data;
}

}  // namespace promoterlab::test
