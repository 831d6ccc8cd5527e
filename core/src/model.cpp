// SPDX-License-Identifier: GPL-3.0-or-later
// Loading models of every supported kind, matching state_dicts to LegNet, and writing bundles.
#include "model_impl.h"

#include "promoterlab/content_hash.h"
#include "promoterlab/errors.h"
#include "torch_checkpoint.h"

#include <caffe2/serialize/inline_container.h>
#include <nlohmann/json.hpp>
#include <torch/cuda.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>

namespace promoterlab {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr const char* kBundleIndexRecord = "promoterlab_bundle.json";
constexpr int kBundleFormatVersion = 1;

torch::Device parseDevice(const std::string& name)
{
    if (name == "cpu")
        return torch::kCPU;
    if (name.rfind("cuda", 0) == 0) {
        if (!cudaAvailable())
            throw ModelError("device '" + name
                             + "' was asked for, but this PromoterLab's LibTorch has no CUDA support or no GPU is "
                               "visible; use --device cpu, or build against a CUDA LibTorch");
        try {
            return torch::Device(name);
        } catch (const c10::Error&) {
            throw ModelError("'" + name + "' is not a device name (use cpu, cuda or cuda:N)");
        }
    }
    throw ModelError("'" + name + "' is not a device name (use cpu, cuda or cuda:N)");
}

std::string shapeText(c10::IntArrayRef sizes)
{
    std::string text = "[";
    for (std::size_t i = 0; i < sizes.size(); ++i)
        text += (i ? ", " : "") + std::to_string(sizes[i]);
    return text + "]";
}

std::string listOf(const std::vector<std::string>& items, std::size_t shown = 8)
{
    std::string text;
    for (std::size_t i = 0; i < items.size() && i < shown; ++i)
        text += (i ? ", " : "") + items[i];
    if (items.size() > shown)
        text += " and " + std::to_string(items.size() - shown) + " more";
    return text;
}

// Every parameter and buffer of the network, by its dotted name.
std::map<std::string, torch::Tensor> namedTensors(const torch::nn::Module& network)
{
    std::map<std::string, torch::Tensor> tensors;
    for (const auto& item : network.named_parameters())
        tensors[item.key()] = item.value();
    for (const auto& item : network.named_buffers())
        tensors[item.key()] = item.value();
    return tensors;
}

// Copies the named tensors into the network; every missing, extra or mis-shaped tensor is
// named in the error, so a user can see at once whether the file is another architecture.
void loadInto(detail::LegNetNetwork& network, const std::map<std::string, torch::Tensor>& source,
              const std::string& file, const std::string& what)
{
    auto targets = namedTensors(network);
    std::vector<std::string> missing, extra, misshaped;
    for (const auto& [name, target] : targets) {
        auto it = source.find(name);
        if (it == source.end())
            missing.push_back(name);
        else if (it->second.sizes() != target.sizes())
            misshaped.push_back(name + " is " + shapeText(it->second.sizes()) + ", expected " + shapeText(target.sizes()));
    }
    for (const auto& [name, tensor] : source)
        if (!targets.count(name))
            extra.push_back(name);
    if (!missing.empty() || !extra.empty() || !misshaped.empty()) {
        std::string message = file + ": the weights do not fit " + what + ":";
        if (!missing.empty())
            message += " missing " + listOf(missing) + ";";
        if (!extra.empty())
            message += " unexpected " + listOf(extra) + ";";
        if (!misshaped.empty())
            message += " wrong shape: " + listOf(misshaped, 4) + ";";
        message.pop_back();
        throw ModelError(message);
    }
    torch::NoGradGuard noGrad;
    for (auto& [name, target] : targets)
        target.copy_(source.at(name).to(target.dtype()));
}

std::string describeNetwork(const Manifest& manifest)
{
    std::string text = architectureName(manifest.architecture) + " with block sizes [";
    for (std::size_t i = 0; i < manifest.shape.blockSizes.size(); ++i)
        text += (i ? ", " : "") + std::to_string(manifest.shape.blockSizes[i]);
    return text + "], kernel " + std::to_string(manifest.shape.kernelSize);
}

void setInputChannels(Manifest& manifest, std::int64_t channels, const std::string& file)
{
    // The official models append `is_reverse` and then `is_singleton` after the four bases.
    if (channels < 4 || channels > 6)
        throw ModelError(file + ": the first convolution reads " + std::to_string(channels)
                         + " channels; LegNet reads 4 bases plus up to 2 constant channels");
    const std::vector<ExtraChannel> all = {{"reverse", 0.0f}, {"singleton", 0.0f}};
    manifest.input.extraChannels.assign(all.begin(), all.begin() + (channels - 4));
}

const torch::Tensor& requireTensor(const std::map<std::string, torch::Tensor>& tensors, const std::string& name,
                                   std::int64_t dims, const std::string& file)
{
    auto it = tensors.find(name);
    if (it == tensors.end())
        throw ModelError(file + ": the tensor '" + name + "' is missing");
    if (it->second.dim() != dims)
        throw ModelError(file + ": the tensor '" + name + "' has shape " + shapeText(it->second.sizes()) + ", expected "
                         + std::to_string(dims) + " dimensions");
    return it->second;
}

// Reads block sizes, kernel, resize factor and SE reduction from the tensor shapes, so that a
// raw state_dict of any width loads without a manifest.
Manifest inferLegNetManifest(const std::map<std::string, torch::Tensor>& tensors, const std::string& file)
{
    const bool optimized = tensors.count("stem_block.block.0.weight") > 0;
    Manifest manifest
        = Manifest::legnetDefault(optimized ? Architecture::LegNetOptimized : Architecture::LegNetDream2022);
    manifest.name = fs::path(file).filename().string();
    auto& shape = manifest.shape;

    const auto stemName = optimized ? "stem_block.block.0.weight" : "seqextractor.blc0.0.weight";
    const auto& stem = requireTensor(tensors, stemName, 3, file);
    shape.blockSizes = {static_cast<int>(stem.size(0))};
    shape.kernelSize = static_cast<int>(stem.size(2));
    setInputChannels(manifest, stem.size(1), file);
    for (int i = 0;; ++i) {
        const auto name = optimized ? "main." + std::to_string(i) + ".1.block.0.weight"
                                    : "seqextractor.resize_blc" + std::to_string(i) + ".0.weight";
        if (!tensors.count(name))
            break;
        shape.blockSizes.push_back(static_cast<int>(requireTensor(tensors, name, 3, file).size(0)));
    }
    if (shape.blockSizes.size() < 2)
        throw ModelError(file + ": no LegNet blocks found after the stem");

    const auto prefix = optimized ? std::string("main.0.0.fn.block.") : std::string("seqextractor.inv_res_blc0.");
    const auto& expand = requireTensor(tensors, prefix + "0.weight", 3, file);
    const auto& squeeze = requireTensor(tensors, prefix + "6.fc.0.weight", 2, file);
    // Optimized: inner = prev · factor; DREAM 2022: inner = size · factor.
    const int widthOfFactor = optimized ? shape.blockSizes[0] : shape.blockSizes[1];
    shape.resizeFactor = static_cast<int>(expand.size(0) / widthOfFactor);
    shape.seReduction = static_cast<int>(shape.blockSizes[0] / std::max<std::int64_t>(1, squeeze.size(0)));

    const auto& mapper = requireTensor(tensors, optimized ? "mapper.block.0.weight" : "mapper.0.weight", 3, file);
    manifest.output.binValues.resize(static_cast<std::size_t>(mapper.size(0)));
    for (std::size_t i = 0; i < manifest.output.binValues.size(); ++i)
        manifest.output.binValues[i] = static_cast<double>(i);
    manifest.provenanceJson = json{{"source", "state_dict"}, {"file", fs::path(file).filename().string()}}.dump();
    return manifest;
}

// Removes the prefix (for example `model.` from a Lightning wrapper) that precedes the LegNet
// names; the prefix is found from the stem's name, so any wrapper depth works.
std::map<std::string, torch::Tensor> withoutWrapperPrefix(const detail::StateDict& stateDict, const std::string& file)
{
    std::string prefix;
    bool found = false;
    for (const auto& entry : stateDict) {
        for (const char* stem : {"stem_block.block.0.weight", "seqextractor.blc0.0.weight"}) {
            const std::string suffix = stem;
            if (entry.name.size() >= suffix.size()
                && entry.name.compare(entry.name.size() - suffix.size(), suffix.size(), suffix) == 0) {
                prefix = entry.name.substr(0, entry.name.size() - suffix.size());
                found = true;
            }
        }
    }
    if (!found) {
        std::vector<std::string> names;
        for (const auto& entry : stateDict)
            names.push_back(entry.name);
        throw ModelError(file + ": this state_dict is not a LegNet (no 'stem_block.block.0.weight' or "
                                "'seqextractor.blc0.0.weight'; it holds " + listOf(names, 5) + ")");
    }
    std::map<std::string, torch::Tensor> tensors;
    for (const auto& entry : stateDict) {
        if (entry.name.compare(0, prefix.size(), prefix) == 0)
            tensors[entry.name.substr(prefix.size())] = entry.tensor;
        else
            tensors[entry.name] = entry.tensor;
    }
    return tensors;
}

void prepareForInference(Model::Impl& impl)
{
    impl.network->to(impl.device);
    impl.network->eval();
    impl.network->setFolded(true);
}

std::string readRecord(caffe2::serialize::PyTorchStreamReader& reader, const std::string& name)
{
    auto [data, size] = reader.getRecord(name);
    return std::string(static_cast<const char*>(data.get()), size);
}

std::optional<std::string> manifestBeside(const fs::path& modelPath)
{
    const std::vector<fs::path> candidates = {fs::path(modelPath.string() + ".json"),
                                              modelPath.parent_path() / (modelPath.stem().string() + ".json"),
                                              modelPath.parent_path() / "model.json"};
    for (const auto& candidate : candidates) {
        std::error_code error;
        if (fs::is_regular_file(candidate, error)) {
            std::ifstream file(candidate);
            std::stringstream text;
            text << file.rdbuf();
            return text.str();
        }
    }
    return std::nullopt;
}

void loadBundle(Model::Impl& impl, caffe2::serialize::PyTorchStreamReader& reader, const std::string& path)
{
    json index;
    try {
        index = json::parse(readRecord(reader, kBundleIndexRecord));
    } catch (const json::exception& error) {
        throw ModelError(path + ": the bundle's index is damaged (" + error.what() + ")");
    }
    const int version = index.value("format_version", 0);
    if (version < 1 || version > kBundleFormatVersion)
        throw ModelError(path + ": bundle format version " + std::to_string(version) + " is not supported (this PromoterLab "
                         "reads version " + std::to_string(kBundleFormatVersion) + "); update PromoterLab");
    if (!index.contains("manifest") || !index.contains("tensors"))
        throw ModelError(path + ": the bundle's index lacks its manifest or tensor list");
    impl.manifest = Manifest::fromJson(index["manifest"].dump(), path);
    impl.network = detail::makeLegNetNetwork(impl.manifest);

    std::map<std::string, torch::Tensor> tensors;
    for (const auto& entry : index["tensors"]) {
        const auto name = entry.at("name").get<std::string>();
        const auto dtype = entry.at("dtype").get<std::string>();
        const auto sizes = entry.at("shape").get<std::vector<std::int64_t>>();
        const auto record = entry.at("record").get<std::string>();
        const auto scalarType = dtype == "float32" ? torch::kFloat32 : dtype == "int64" ? torch::kInt64 : c10::ScalarType::Undefined;
        if (scalarType == c10::ScalarType::Undefined)
            throw ModelError(path + ": tensor '" + name + "' has an unsupported type '" + dtype + "'");
        auto tensor = torch::empty(sizes, scalarType);
        auto [data, size] = reader.getRecord(record);
        if (size != static_cast<std::size_t>(tensor.nbytes()))
            throw ModelError(path + ": tensor '" + name + "' has " + std::to_string(size) + " bytes, expected "
                             + std::to_string(tensor.nbytes()) + "; the file is damaged");
        std::memcpy(tensor.data_ptr(), data.get(), size);
        tensors[name] = tensor;
    }
    loadInto(*impl.network, tensors, path, describeNetwork(impl.manifest));
}

void loadTorchScript(Model::Impl& impl, const std::string& path)
{
    auto manifestText = manifestBeside(path);
    if (!manifestText)
        throw ModelError(path + ": a TorchScript model needs a manifest beside it ('" + fs::path(path).filename().string()
                         + ".json' or 'model.json' in the same folder) that says how to encode its input and read its output");
    impl.manifest = Manifest::fromJson(*manifestText, path + " manifest");
    if (impl.manifest.architecture != Architecture::TorchScript)
        throw ModelError(path + ": its manifest says architecture '" + architectureName(impl.manifest.architecture)
                         + "', but the file is a TorchScript module (use \"architecture\": \"torchscript\")");
    impl.script = std::make_shared<torch::jit::Module>(torch::jit::load(path, impl.device));
    impl.script->eval();
}

void loadStateDict(Model::Impl& impl, const std::string& path)
{
    const auto tensors = withoutWrapperPrefix(detail::readTorchCheckpoint(path), path);
    impl.manifest = inferLegNetManifest(tensors, path);
    impl.network = detail::makeLegNetNetwork(impl.manifest);
    loadInto(*impl.network, tensors, path, describeNetwork(impl.manifest));
}

bool startsWithZipMagic(const std::string& path)
{
    std::ifstream file(path, std::ios::binary);
    char magic[4] = {};
    file.read(magic, 4);
    return file.gcount() == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
}

}  // namespace

bool cudaAvailable()
{
    return torch::cuda::is_available();
}

std::string modelFileKindName(ModelFileKind kind)
{
    switch (kind) {
    case ModelFileKind::Bundle:
        return "PromoterLab bundle";
    case ModelFileKind::StateDict:
        return "PyTorch state_dict";
    case ModelFileKind::TorchScript:
        return "TorchScript";
    }
    return "unknown";
}

namespace {

// On the CPU a few sequences at a time keep the activations in cache: 8 rows per pass
// measured about 1.2× faster than 64 or 256 at once with two threads
// (bench/prediction_bench), and memory no longer grows with the batch size.
constexpr std::int64_t kCpuRowsPerPass = 8;
// Mutants share the first block's work with their reference, which leaves the later, lighter
// layers: 16 rows a pass measured 6 % faster than 8 there (bench/mutagenesis_bench).
constexpr std::int64_t kCpuRowsPerSubstitutionPass = 16;

}  // namespace

torch::Tensor Model::Impl::forwardSubstitutions(const torch::Tensor& reference, const torch::Tensor& inputs,
                                                const std::vector<std::int64_t>& positions) const
{
    if (!network)
        return forward(inputs);
    return network->forwardSubstitutions(reference, inputs, positions,
                                         inputs.is_cpu() ? kCpuRowsPerSubstitutionPass : inputs.size(0));
}

torch::Tensor Model::Impl::forward(const torch::Tensor& input) const
{
    if (network)
        return network->forwardInPasses(input, input.is_cpu() ? kCpuRowsPerPass : input.size(0));
    auto output = script->forward({input});
    if (!output.isTensor())
        throw ModelError(sourcePath + ": the TorchScript module returned a " + output.tagKind()
                         + " instead of one tensor of outputs");
    auto tensor = output.toTensor();
    if (tensor.dim() == 1)
        tensor = tensor.unsqueeze(1);
    if (tensor.dim() != 2 || tensor.size(0) != input.size(0) || tensor.size(1) != manifest.output.size())
        throw ModelError(sourcePath + ": the TorchScript module returned shape " + shapeText(tensor.sizes())
                         + ", but its manifest promises " + std::to_string(manifest.output.size())
                         + " outputs per sequence");
    return tensor.to(torch::kFloat32);
}

Model::Model(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
}

Model::~Model() = default;

std::shared_ptr<Model> Model::load(const std::string& path, const ModelLoadOptions& options)
{
    std::error_code error;
    if (!fs::exists(path, error))
        throw ModelError(path + ": no such file");
    if (!fs::is_regular_file(path, error))
        throw ModelError(path + ": is not a file");
    if (fs::file_size(path, error) == 0)
        throw ModelError(path + ": the file is empty (0 bytes); it was probably not saved completely");

    auto impl = std::make_unique<Impl>();
    impl->sourcePath = path;
    impl->device = parseDevice(options.device);
    try {
        if (!startsWithZipMagic(path)) {
            // Legacy torch.save files and non-model files: the checkpoint reader explains which.
            impl->fileKind = ModelFileKind::StateDict;
            loadStateDict(*impl, path);
        } else {
            std::unique_ptr<caffe2::serialize::PyTorchStreamReader> reader;
            try {
                reader = std::make_unique<caffe2::serialize::PyTorchStreamReader>(path);
            } catch (const c10::Error&) {
                throw ModelError(path + ": the zip archive is truncated or damaged; copy or download the model again");
            }
            if (reader->hasRecord(kBundleIndexRecord)) {
                impl->fileKind = ModelFileKind::Bundle;
                loadBundle(*impl, *reader, path);
            } else if (reader->hasRecord("constants.pkl")) {
                impl->fileKind = ModelFileKind::TorchScript;
                reader.reset();
                loadTorchScript(*impl, path);
            } else {
                impl->fileKind = ModelFileKind::StateDict;
                reader.reset();
                loadStateDict(*impl, path);
            }
        }
        if (impl->network)
            prepareForInference(*impl);
    } catch (const c10::Error& error) {
        throw ModelError(path + ": cannot be read as a " + modelFileKindName(impl->fileKind) + " ("
                         + error.what_without_backtrace() + ")");
    }
    impl->contentHash = sha256HexOfFile(path);
    return std::shared_ptr<Model>(new Model(std::move(impl)));
}

std::shared_ptr<Model> Model::create(const Manifest& manifest, const ModelLoadOptions& options)
{
    auto impl = std::make_unique<Impl>();
    impl->manifest = manifest;
    impl->device = parseDevice(options.device);
    impl->network = detail::makeLegNetNetwork(manifest);
    prepareForInference(*impl);
    return std::shared_ptr<Model>(new Model(std::move(impl)));
}

const Manifest& Model::manifest() const
{
    return m_impl->manifest;
}

ModelFileKind Model::fileKind() const
{
    return m_impl->fileKind;
}

const std::string& Model::sourcePath() const
{
    return m_impl->sourcePath;
}

const std::string& Model::contentHash() const
{
    return m_impl->contentHash;
}

std::string Model::device() const
{
    return m_impl->device.str();
}

std::int64_t Model::parameterCount() const
{
    std::int64_t count = 0;
    if (m_impl->network)
        for (const auto& parameter : m_impl->network->parameters())
            count += parameter.numel();
    else
        for (const auto& parameter : m_impl->script->parameters())
            count += parameter.numel();
    return count;
}

void Model::setProvenance(const std::string& provenanceJson)
{
    m_impl->manifest.provenanceJson = provenanceJson;
}

void Model::saveBundle(const std::string& path) const
{
    if (!m_impl->network)
        throw ModelError("only native LegNet models can be saved as a PromoterLab bundle; keep the TorchScript file "
                         "and its manifest instead");
    const std::string temporary = path + ".partial";
    {
        std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
        if (!file)
            throw ModelError(path + ": cannot be written (check the folder exists and is writable)");
        caffe2::serialize::PyTorchStreamWriter writer([&file](const void* data, std::size_t size) -> std::size_t {
            file.write(static_cast<const char*>(data), static_cast<std::streamsize>(size));
            return file ? size : 0;
        });
        json tensors = json::array();
        int recordNumber = 0;
        for (const auto& [name, tensor] : namedTensors(*m_impl->network)) {
            const auto cpu = tensor.detach().to(torch::kCPU).contiguous();
            const std::string record = "tensors/" + std::to_string(recordNumber++);
            tensors.push_back({{"name", name},
                               {"dtype", cpu.scalar_type() == torch::kInt64 ? "int64" : "float32"},
                               {"shape", cpu.sizes().vec()},
                               {"record", record}});
            const auto stored = cpu.scalar_type() == torch::kInt64 ? cpu : cpu.to(torch::kFloat32);
            writer.writeRecord(record, stored.data_ptr(), static_cast<std::size_t>(stored.nbytes()));
        }
        const json index = {{"format", "promoterlab-bundle"},
                            {"format_version", kBundleFormatVersion},
                            {"manifest", json::parse(m_impl->manifest.toJson())},
                            {"tensors", tensors}};
        const std::string indexText = index.dump(2);
        writer.writeRecord(kBundleIndexRecord, indexText.data(), indexText.size());
        writer.writeEndOfFile();
        file.close();
        if (!file) {
            std::remove(temporary.c_str());
            throw ModelError(path + ": writing failed (is the disk full?); the previous file, if any, is unchanged");
        }
    }
    std::error_code error;
    fs::rename(temporary, path, error);
    if (error) {
        std::remove(temporary.c_str());
        throw ModelError(path + ": cannot be replaced (" + error.message() + ")");
    }
}

}  // namespace promoterlab
