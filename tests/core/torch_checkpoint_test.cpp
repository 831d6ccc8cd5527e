// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of readTorchCheckpoint against files written by Python's torch.save (tools/make_checkpoint_fixtures.py) and against broken files.
#include "torch_checkpoint.h"

#include "promoterlab/errors.h"
#include "temporary_directory.h"

#include <ATen/ATen.h>
#include <caffe2/serialize/inline_container.h>
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace fs = std::filesystem;
using promoterlab::ModelError;
using promoterlab::detail::readTorchCheckpoint;
using promoterlab::detail::StateDict;
using promoterlab::test::TemporaryDirectory;

namespace {

const fs::path kFixtures = fs::path(PROMOTERLAB_TEST_DATA_DIR) / "checkpoints";

std::string fixture(const std::string& name)
{
    return (kFixtures / name).string();
}

// One "tensor" line of expected.txt: what Python saw before saving.
struct ExpectedTensor {
    std::string name;
    std::string dtype;
    std::vector<std::int64_t> sizes;
    std::vector<std::int64_t> strides;
    std::int64_t offset = 0;
    std::vector<std::string> values;
};

std::vector<std::int64_t> parseDims(const std::string& text)
{
    std::vector<std::int64_t> dims;
    if (text == "-")
        return dims;
    std::istringstream in(text);
    std::string part;
    while (std::getline(in, part, ','))
        dims.push_back(std::stoll(part));
    return dims;
}

std::vector<ExpectedTensor> expectedTensors(const std::string& file)
{
    std::ifstream in(kFixtures / "expected.txt");
    REQUIRE(in);
    std::vector<ExpectedTensor> tensors;
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        std::string kind, lineFile, sizes, strides;
        ExpectedTensor tensor;
        fields >> kind >> lineFile;
        if (kind != "tensor" || lineFile != file)
            continue;
        fields >> tensor.name >> tensor.dtype >> sizes >> strides >> tensor.offset;
        tensor.sizes = parseDims(sizes);
        tensor.strides = parseDims(strides);
        for (std::string value; fields >> value;)
            tensor.values.push_back(value);
        tensors.push_back(tensor);
    }
    REQUIRE_FALSE(tensors.empty());
    return tensors;
}

std::vector<std::pair<std::string, std::string>> expectedSharing(const std::string& file)
{
    std::ifstream in(kFixtures / "expected.txt");
    std::vector<std::pair<std::string, std::string>> pairs;
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        std::string kind, lineFile, first, second;
        fields >> kind >> lineFile >> first >> second;
        if (kind == "shares" && lineFile == file)
            pairs.emplace_back(first, second);
    }
    return pairs;
}

at::ScalarType scalarTypeOf(const std::string& pythonName)
{
    static const std::map<std::string, at::ScalarType> kTypes{
        {"float32", at::kFloat}, {"float64", at::kDouble}, {"float16", at::kHalf},
        {"bfloat16", at::kBFloat16}, {"int64", at::kLong}, {"int32", at::kInt},
        {"int16", at::kShort}, {"int8", at::kChar}, {"uint8", at::kByte}, {"bool", at::kBool}};
    return kTypes.at(pythonName);
}

// Every value compared exactly: each dtype widens to double (or int64) without rounding.
void requireSameValues(const at::Tensor& tensor, const ExpectedTensor& expected)
{
    REQUIRE(tensor.numel() == static_cast<std::int64_t>(expected.values.size()));
    if (at::isFloatingType(tensor.scalar_type())) {
        const at::Tensor values = tensor.to(at::kDouble).contiguous();
        for (std::size_t i = 0; i < expected.values.size(); ++i)
            REQUIRE(values.data_ptr<double>()[i] == std::strtod(expected.values[i].c_str(), nullptr));
    } else {
        const at::Tensor values = tensor.to(at::kLong).contiguous();
        for (std::size_t i = 0; i < expected.values.size(); ++i)
            REQUIRE(values.data_ptr<std::int64_t>()[i] == std::stoll(expected.values[i]));
    }
}

void requireMatchesPython(const std::string& file)
{
    INFO(file);
    const StateDict loaded = readTorchCheckpoint(fixture(file));
    const std::vector<ExpectedTensor> expected = expectedTensors(file);
    REQUIRE(loaded.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        INFO(expected[i].name);
        const at::Tensor& tensor = loaded[i].tensor;
        REQUIRE(loaded[i].name == expected[i].name);
        REQUIRE(tensor.scalar_type() == scalarTypeOf(expected[i].dtype));
        REQUIRE(tensor.device().is_cpu());
        REQUIRE(tensor.sizes().vec() == expected[i].sizes);
        REQUIRE(tensor.strides().vec() == expected[i].strides);
        REQUIRE(tensor.storage_offset() == expected[i].offset);
        REQUIRE_FALSE(tensor.requires_grad());
        requireSameValues(tensor, expected[i]);
    }
}

const at::Tensor& tensorNamed(const StateDict& stateDict, const std::string& name)
{
    const auto found = std::find_if(stateDict.begin(), stateDict.end(),
                                    [&](const auto& entry) { return entry.name == name; });
    INFO("tensor " << name);
    REQUIRE(found != stateDict.end());
    return found->tensor;
}

using Records = std::vector<std::pair<std::string, std::string>>;

Records recordsOf(const std::string& path)
{
    caffe2::serialize::PyTorchStreamReader reader(path);
    Records records;
    for (const std::string& name : reader.getAllRecords()) {
        auto [data, size] = reader.getRecord(name);
        records.emplace_back(name, std::string(static_cast<const char*>(data.get()), size));
    }
    return records;
}

// Writes a zip archive laid out as torch.save does, less the records LibTorch's writer adds itself.
void writeArchive(const std::string& path, const Records& records)
{
    caffe2::serialize::PyTorchStreamWriter writer(path);
    for (const auto& [name, bytes] : records) {
        if (name != "version" && name != ".data/version" && name != ".data/serialization_id")
            writer.writeRecord(name, bytes.data(), bytes.size());
    }
    writer.writeEndOfFile();
}

std::string recordNamed(const Records& records, const std::string& name)
{
    const auto found = std::find_if(records.begin(), records.end(),
                                    [&](const auto& record) { return record.first == name; });
    INFO("record " << name);
    REQUIRE(found != records.end());
    return found->second;
}

Records withRecord(Records records, const std::string& name, const std::string& bytes)
{
    for (auto& record : records) {
        if (record.first == name) {
            record.second = bytes;
            return records;
        }
    }
    records.emplace_back(name, bytes);
    return records;
}

// Pickle pieces for archives torch.save would never write. BINUNICODE: a string.
std::string binUnicode(const std::string& text)
{
    std::string bytes = "X";
    for (int shift = 0; shift < 32; shift += 8)
        bytes += static_cast<char>((text.size() >> shift) & 0xff);
    return bytes + text;
}

// GLOBAL: a module-level name.
std::string globalName(const std::string& module, const std::string& name)
{
    return "c" + module + "\n" + name + "\n";
}

// BININT1: a small integer.
std::string smallInt(int value)
{
    return std::string("K") + static_cast<char>(value);
}

// {'w': _rebuild_tensor_v2(storage, offset, (size,), (stride,), False, {})} over the 4-element
// float storage '0', as torch.save would write it if its views could reach past their storage.
std::string pickledView(int offset, int size, int stride)
{
    const std::string persistentId = "(" + binUnicode("storage") + globalName("torch", "FloatStorage")
        + binUnicode("0") + binUnicode("cpu") + smallInt(4) + "t";  // MARK ... TUPLE
    const std::string arguments = "(" + persistentId + "Q"  // BINPERSID
        + smallInt(offset) + smallInt(size) + "\x85" + smallInt(stride) + "\x85"  // TUPLE1
        + "\x89}t";  // NEWFALSE, EMPTY_DICT, TUPLE
    return "\x80\x02}" + binUnicode("w") + globalName("torch._utils", "_rebuild_tensor_v2") + arguments
        + "Rs.";  // REDUCE, SETITEM, STOP
}

std::string errorFrom(const std::string& path)
{
    std::string message;
    try {
        readTorchCheckpoint(path);
    } catch (const ModelError& error) {
        message = error.what();
    }
    INFO("ModelError expected for " << path);
    REQUIRE_FALSE(message.empty());
    return message;
}

}  // namespace

TEST_CASE("A state_dict saved from Python (an OrderedDict with _metadata) yields every tensor in file order")
{
    requireMatchesPython("state_dict.pt");
}

TEST_CASE("A state_dict saved as a plain dict yields the same tensors")
{
    requireMatchesPython("state_dict_plain.pt");
}

TEST_CASE("State dicts pickled with protocols 4 and 5 yield the same tensors")
{
    requireMatchesPython("state_dict_protocol4.pt");
    requireMatchesPython("state_dict_protocol5.pt");
}

TEST_CASE("Tensors saved from a GPU are read onto the CPU")
{
    requireMatchesPython("saved_on_gpu.pt");
}

TEST_CASE("A Lightning checkpoint yields its state_dict past callbacks, hyper-parameters and optimizer state")
{
    requireMatchesPython("lightning.ckpt");
    requireMatchesPython("lightning_protocol5.ckpt");
}

TEST_CASE("Views keep their offsets and strides, and tensors saved sharing a storage share it")
{
    requireMatchesPython("views_and_dtypes.pt");
    const StateDict loaded = readTorchCheckpoint(fixture("views_and_dtypes.pt"));
    const auto sharing = expectedSharing("views_and_dtypes.pt");
    REQUIRE(sharing.size() == 3);
    for (const auto& [first, second] : sharing) {
        INFO(first << " and " << second);
        REQUIRE(tensorNamed(loaded, first).is_alias_of(tensorNamed(loaded, second)));
    }
    REQUIRE_FALSE(tensorNamed(loaded, "base").is_alias_of(tensorNamed(loaded, "float64")));
}

TEST_CASE("Entries of a state_dict that are not tensors are skipped")
{
    const StateDict loaded = readTorchCheckpoint(fixture("views_and_dtypes.pt"));
    REQUIRE(std::none_of(loaded.begin(), loaded.end(),
                         [](const auto& entry) { return entry.name == "norm._extra_state"; }));
}

TEST_CASE("Returned tensors own their memory and outlive the reader")
{
    at::Tensor weight;
    {
        const StateDict loaded = readTorchCheckpoint(fixture("state_dict.pt"));
        weight = tensorNamed(loaded, "conv.weight");
    }
    const at::Tensor again = tensorNamed(readTorchCheckpoint(fixture("state_dict.pt")), "conv.weight");
    REQUIRE(weight.equal(again));
    REQUIRE(weight.data_ptr() != again.data_ptr());
}

TEST_CASE("A missing file, a directory and an empty file are refused by name")
{
    TemporaryDirectory dir;
    REQUIRE_THAT(errorFrom(dir.file("absent.pt")),
                 Catch::Contains("absent.pt") && Catch::Contains("no such file"));
    fs::create_directory(dir.file("folder.pt"));
    REQUIRE_THAT(errorFrom(dir.file("folder.pt")),
                 Catch::Contains("folder.pt") && Catch::Contains("is a directory"));
    REQUIRE_THAT(errorFrom(dir.write("empty.pt", "")),
                 Catch::Contains("empty.pt") && Catch::Contains("empty (0 bytes)"));
}

TEST_CASE("A file that is not a zip archive is refused as not written by torch.save")
{
    TemporaryDirectory dir;
    REQUIRE_THAT(errorFrom(dir.write("junk.pt", "this is not a checkpoint at all\n")),
                 Catch::Contains("junk.pt") && Catch::Contains("not a zip archive"));
}

TEST_CASE("A legacy-format file is recognised and the message says how to re-save it")
{
    const std::string message = errorFrom(fixture("legacy_format.pt"));
    REQUIRE_THAT(message, Catch::Contains("legacy_format.pt") && Catch::Contains("legacy")
                              && Catch::Contains("torch.save(torch.load(path), path)")
                              && Catch::Contains("_use_new_zipfile_serialization=True"));
}

TEST_CASE("An archive cut in half is reported as truncated or corrupt")
{
    TemporaryDirectory dir;
    const std::string whole = promoterlab::test::readFileBytes(fixture("state_dict.pt"));
    REQUIRE_THAT(errorFrom(dir.write("half.pt", whole.substr(0, whole.size() / 2))),
                 Catch::Contains("half.pt") && Catch::Contains("truncated or corrupt"));
}

TEST_CASE("An archive without data.pkl or without a storage record names the missing record")
{
    TemporaryDirectory dir;
    const Records records = recordsOf(fixture("state_dict.pt"));
    writeArchive(dir.file("no_pickle.pt"), {{"data/0", recordNamed(records, "data/0")}});
    REQUIRE_THAT(errorFrom(dir.file("no_pickle.pt")),
                 Catch::Contains("no_pickle.pt") && Catch::Contains("'data.pkl'"));
    writeArchive(dir.file("no_data.pt"), {{"data.pkl", recordNamed(records, "data.pkl")}});
    REQUIRE_THAT(errorFrom(dir.file("no_data.pt")),
                 Catch::Contains("no_data.pt") && Catch::Contains("lacks record 'data/"));
}

TEST_CASE("A storage record of the wrong size is reported as corrupt")
{
    TemporaryDirectory dir;
    const Records records = recordsOf(fixture("state_dict.pt"));
    writeArchive(dir.file("short.pt"), withRecord(records, "data/0", "1234"));
    REQUIRE_THAT(errorFrom(dir.file("short.pt")),
                 Catch::Contains("short.pt") && Catch::Contains("record 'data/0' holds 4 bytes"));
}

TEST_CASE("A view reaching outside its storage is refused")
{
    TemporaryDirectory dir;
    const std::string storage(16, '\0');
    writeArchive(dir.file("inside.pt"), {{"data.pkl", pickledView(1, 3, 1)}, {"data/0", storage}});
    REQUIRE(readTorchCheckpoint(dir.file("inside.pt")).at(0).tensor.sizes().vec() == std::vector<std::int64_t>{3});
    writeArchive(dir.file("outside.pt"), {{"data.pkl", pickledView(2, 3, 1)}, {"data/0", storage}});
    REQUIRE_THAT(errorFrom(dir.file("outside.pt")),
                 Catch::Contains("outside.pt") && Catch::Contains("outside its storage"));
    writeArchive(dir.file("strided.pt"), {{"data.pkl", pickledView(0, 3, 2)}, {"data/0", storage}});
    REQUIRE_THAT(errorFrom(dir.file("strided.pt")), Catch::Contains("outside its storage"));
}

TEST_CASE("An unsupported pickle opcode is named")
{
    TemporaryDirectory dir;
    // Protocol 0 writes integers as text lines (INT); torch.save never does.
    writeArchive(dir.file("protocol0.pt"), {{"data.pkl", "(dI1\nI2\ns."}});
    REQUIRE_THAT(errorFrom(dir.file("protocol0.pt")),
                 Catch::Contains("protocol0.pt") && Catch::Contains("opcode INT (0x49)"));
    writeArchive(dir.file("not_an_opcode.pt"), {{"data.pkl", "\x80\x02\xff."}});
    REQUIRE_THAT(errorFrom(dir.file("not_an_opcode.pt")), Catch::Contains("0xff is not a pickle opcode"));
}

TEST_CASE("A pickle that underflows its stack or ends early is refused")
{
    TemporaryDirectory dir;
    writeArchive(dir.file("underflow.pt"), {{"data.pkl", "\x80\x02}(s."}});
    REQUIRE_THAT(errorFrom(dir.file("underflow.pt")),
                 Catch::Contains("underflow.pt") && Catch::Contains("SETITEM finds the stack empty"));
    writeArchive(dir.file("no_stop.pt"), {{"data.pkl", "\x80\x02}"}});
    REQUIRE_THAT(errorFrom(dir.file("no_stop.pt")), Catch::Contains("ends before its STOP"));
}

TEST_CASE("A checkpoint without a state_dict lists the top-level keys it saw")
{
    const std::string message = errorFrom(fixture("no_state_dict.pt"));
    REQUIRE_THAT(message, Catch::Contains("no_state_dict.pt") && Catch::Contains("no state_dict")
                              && Catch::Contains("'epoch', 'best_accuracy', 'notes'"));
}

TEST_CASE("A whole pickled model is refused with advice to save its state_dict")
{
    REQUIRE_THAT(errorFrom(fixture("whole_model.pt")),
                 Catch::Contains("whole_model.pt") && Catch::Contains("__main__.TinyNet")
                     && Catch::Contains("model.state_dict()"));
}

TEST_CASE("A sparse tensor in a state_dict is refused by name")
{
    REQUIRE_THAT(errorFrom(fixture("sparse_tensor.pt")),
                 Catch::Contains("sparse_tensor.pt") && Catch::Contains("'sparse'")
                     && Catch::Contains("_rebuild_sparse_tensor"));
}

TEST_CASE("A TorchScript module is refused with a pointer to the TorchScript route")
{
    REQUIRE_THAT(errorFrom(fixture("torchscript.pt")),
                 Catch::Contains("torchscript.pt") && Catch::Contains("TorchScript module"));
}

TEST_CASE("A checkpoint saved on a big-endian machine is refused")
{
    TemporaryDirectory dir;
    writeArchive(dir.file("big_endian.pt"), withRecord(recordsOf(fixture("state_dict.pt")), "byteorder", "big"));
    REQUIRE_THAT(errorFrom(dir.file("big_endian.pt")),
                 Catch::Contains("big_endian.pt") && Catch::Contains("'big' byte order"));
}

TEST_CASE("A damaged data.pkl never crashes the reader: it loads or throws ModelError")
{
    TemporaryDirectory dir;
    const Records records = recordsOf(fixture("lightning.ckpt"));
    const std::string pickle = recordNamed(records, "data.pkl");
    const std::string path = dir.file("damaged.ckpt");
    auto load = [&](const std::string& damaged) {
        writeArchive(path, withRecord(records, "data.pkl", damaged));
        try {
            readTorchCheckpoint(path);
        } catch (const ModelError& error) {
            REQUIRE_THAT(error.what(), Catch::Contains("damaged.ckpt"));
        }
    };
    // Strides prime to the pickle's structure reach every kind of opcode and argument.
    for (std::size_t length = 0; length < pickle.size(); length += 29)
        load(pickle.substr(0, length));
    std::mt19937 random(20240521);
    for (std::size_t position = 0; position < pickle.size(); position += 7) {
        std::string damaged = pickle;
        damaged[position] = static_cast<char>(random() & 0xff);
        load(damaged);
    }
}

TEST_CASE("A damaged archive never crashes the reader: it loads or throws ModelError")
{
    TemporaryDirectory dir;
    const std::string archive = promoterlab::test::readFileBytes(fixture("state_dict.pt"));
    auto load = [&](const std::string& damaged) {
        const std::string path = dir.write("damaged.pt", damaged);
        try {
            readTorchCheckpoint(path);
        } catch (const ModelError& error) {
            REQUIRE_THAT(error.what(), Catch::Contains("damaged.pt"));
        }
    };
    for (std::size_t length = 1; length < archive.size(); length += 37)
        load(archive.substr(0, length));
    std::mt19937 random(20240522);
    for (std::size_t position = 0; position < archive.size(); position += 9) {
        std::string damaged = archive;
        damaged[position] = static_cast<char>(damaged[position] ^ (1 + random() % 255));
        load(damaged);
    }
}
