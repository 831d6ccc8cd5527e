// SPDX-License-Identifier: GPL-3.0-or-later
// Reads the state_dict tensors of a checkpoint written by Python's torch.save, without LibTorch's pickle loader.
#pragma once

#include <ATen/core/Tensor.h>

#include <string>
#include <vector>

namespace promoterlab::detail {

struct NamedTensor {
    std::string name;
    at::Tensor tensor;
};

// In the order the file lists them.
using StateDict = std::vector<NamedTensor>;

// Reads a torch.save zip archive (the default format since PyTorch 1.6) and returns its state_dict:
// the top-level dict or OrderedDict of tensors, or the dict under "state_dict" (Lightning),
// "model_state_dict" or "model" when the top level is a wrapper around it.
//
// torch::pickle_load of LibTorch 1.13 aborts on an OrderedDict carrying _metadata and cannot
// build the Python objects of Lightning checkpoints, so this reads the pickle itself: tensors
// are rebuilt, every other Python object is kept as an opaque value and ignored. Entries of the
// state_dict that are not tensors (a module's extra state) are skipped.
//
// The tensors live on the CPU whatever device they were saved from, own their memory, do not
// require grad, and keep the saved layout: tensors that shared a storage in Python share one
// here, with the saved storage offset and strides, so call .contiguous() before raw access.
//
// Throws ModelError naming the file and the problem (missing, empty, not a zip archive, the
// legacy pre-1.6 format, a truncated or corrupt archive, a missing record, no state_dict
// inside, an unsupported pickle opcode or tensor kind).
StateDict readTorchCheckpoint(const std::string& path);

}  // namespace promoterlab::detail
