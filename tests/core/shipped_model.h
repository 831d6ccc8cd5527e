// SPDX-License-Identifier: GPL-3.0-or-later
// The model shipped with PromoterLab, loaded once per test program.
#pragma once

#include "promoterlab/bundled_data.h"
#include "promoterlab/model.h"

#include <memory>

namespace promoterlab::test {

inline std::shared_ptr<const Model> shippedModel()
{
    static const std::shared_ptr<const Model> model = Model::load(resolveModelPath("default"));
    return model;
}

}  // namespace promoterlab::test
