// SPDX-License-Identifier: GPL-3.0-or-later
// The generator's input: one-hot inserts plus the scaled target-expression and substitution-count channels.
#pragma once

#include "promoterlab/manifest.h"
#include "promoterlab/sequence_encoder.h"

#include <ATen/core/Tensor.h>

#include <string>
#include <vector>

namespace promoterlab::detail {

class GeneratorEncoder {
public:
    // Throws ModelError when the manifest lacks the target-expression or substitution-count channel.
    explicit GeneratorEncoder(const Manifest& manifest);

    // (rows, channels, length) on the CPU. Throws InputError for an insert of the wrong length.
    at::Tensor encode(const std::vector<std::string>& inserts, const std::vector<double>& targets,
                      const std::vector<int>& substitutionCounts) const;

private:
    SequenceEncoder m_encoder;
    int m_targetChannel;
    int m_countChannel;
    double m_expressionScale = 0;
    double m_substitutionScale = 0;
};

}  // namespace promoterlab::detail
