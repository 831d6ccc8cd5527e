// SPDX-License-Identifier: GPL-3.0-or-later
// A trained model with its manifest, loaded from any of the supported file kinds.
#pragma once

#include "promoterlab/manifest.h"

#include <memory>
#include <string>

namespace promoterlab {

enum class ModelFileKind {
    Bundle,        // PromoterLab's own single file: manifest + weights
    StateDict,     // torch.save of a LegNet state_dict (official code, Lightning checkpoints)
    TorchScript,   // torch.jit.save'd module with model.json (or <file>.json) beside it
};

std::string modelFileKindName(ModelFileKind kind);

// Whether this build's LibTorch has CUDA and sees a GPU: where "automatic" means "cuda".
bool cudaAvailable();

struct ModelLoadOptions {
    std::string device = "cpu";  // "cpu", "cuda" or "cuda:N"
};

class Model {
public:
    // Recognises the file kind by content. Throws ModelError with a message that names the
    // file and says what is wrong (and, for weights that do not fit, which tensors).
    static std::shared_ptr<Model> load(const std::string& path, const ModelLoadOptions& options = {});

    // A freshly initialised native LegNet of the manifest's architecture and shape.
    static std::shared_ptr<Model> create(const Manifest& manifest, const ModelLoadOptions& options = {});

    ~Model();
    Model(const Model&) = delete;
    Model& operator=(const Model&) = delete;

    const Manifest& manifest() const;
    ModelFileKind fileKind() const;
    const std::string& sourcePath() const;
    // SHA-256 of the file the model was loaded from (empty for a created model).
    const std::string& contentHash() const;
    std::string device() const;
    std::int64_t parameterCount() const;

    // Replaces the manifest's provenance (a JSON object: data, recipe, metrics).
    void setProvenance(const std::string& provenanceJson);

    // Writes a PromoterLab bundle (native architectures only); atomic: write, then rename.
    void saveBundle(const std::string& path) const;

    class Impl;
    Impl& impl() const { return *m_impl; }

private:
    explicit Model(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace promoterlab
