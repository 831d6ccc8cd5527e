// SPDX-License-Identifier: GPL-3.0-or-later
// A restricted unpickler over torch.save zip archives: it rebuilds a state_dict's tensors and treats every other Python object as opaque.
#include "torch_checkpoint.h"

#include "promoterlab/errors.h"

#include <ATen/ATen.h>
#include <c10/util/Exception.h>
#include <caffe2/serialize/inline_container.h>

#include <array>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <deque>
#include <filesystem>
#include <fstream>
#include <limits>
#include <memory>
#include <new>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace promoterlab::detail {
namespace {

constexpr std::int64_t kInt64Max = std::numeric_limits<std::int64_t>::max();

// Bounds on what a well-formed torch.save pickle holds. Every value built costs time in
// proportion to these, so without them a hostile data.pkl of a few megabytes could cost
// quadratic time: no weight has more dimensions, no class or storage key a longer name, and a
// tensor subclass wraps a plain tensor once.
constexpr std::size_t kMaxTensorDims = 64;
constexpr std::size_t kMaxNameLength = 1024;
constexpr int kMaxSubclassNesting = 8;

// What a pickled Python value is, as far as finding and rebuilding tensors needs to know.
struct PyValue {
    enum class Kind { None, Int, String, Tuple, List, Dict, Global, Object, Storage, Tensor };

    explicit PyValue(Kind k) : kind(k) {}

    Kind kind;
    // Int (bools are ints, as in Python).
    std::int64_t integer = 0;
    // String: the text. Global: "module.name". Object: what it is, for messages ("float",
    // "collections.defaultdict", "__main__.TinyNet"). Storage: its record key.
    std::string text;
    // Tuple and List elements; items added to an Object (a set, a list subclass).
    std::vector<PyValue*> items;
    // Dict entries in insertion order; items set on an Object (a dict subclass such as
    // Lightning's AttributeDict is pickled as an object followed by SETITEMS).
    std::vector<std::pair<PyValue*, PyValue*>> entries;
    // Storage: element type and count, and the data once its record has been read.
    at::ScalarType dtype = at::kFloat;
    std::int64_t numel = 0;
    at::Tensor data;
    // Tensor: a view of a Storage. Its data is read only if the tensor ends up in the result,
    // so a Lightning checkpoint's optimizer state costs no memory.
    PyValue* storage = nullptr;
    std::int64_t offset = 0;
    std::vector<std::int64_t> sizes;
    std::vector<std::int64_t> strides;
};

bool isDictLike(const PyValue* value)
{
    return value->kind == PyValue::Kind::Dict
        || (value->kind == PyValue::Kind::Object && !value->entries.empty());
}

std::string describe(const PyValue* value)
{
    switch (value->kind) {
    case PyValue::Kind::None: return "None";
    case PyValue::Kind::Int: return "an integer";
    case PyValue::Kind::String: return "a string";
    case PyValue::Kind::Tuple: return "a tuple";
    case PyValue::Kind::List: return "a list";
    case PyValue::Kind::Dict: return "a dict";
    case PyValue::Kind::Global: return "a reference to " + value->text;
    case PyValue::Kind::Object: return "an object of class " + value->text;
    case PyValue::Kind::Storage: return "a tensor storage";
    case PyValue::Kind::Tensor: return "a single tensor";
    }
    return "a value";
}

// Pickle opcodes, named as in CPython's pickletools.
enum class Op : std::uint8_t {
    Mark = '(', Stop = '.', Pop = '0', PopMark = '1', Dup = '2', Float = 'F', Int = 'I',
    BinInt = 'J', BinInt1 = 'K', Long = 'L', BinInt2 = 'M', None = 'N', PersId = 'P',
    BinPersId = 'Q', Reduce = 'R', String = 'S', BinString = 'T', ShortBinString = 'U',
    Unicode = 'V', BinUnicode = 'X', Append = 'a', Build = 'b', Global = 'c', Dict = 'd',
    EmptyDict = '}', Appends = 'e', Get = 'g', BinGet = 'h', Inst = 'i', LongBinGet = 'j',
    List = 'l', EmptyList = ']', Obj = 'o', Put = 'p', BinPut = 'q', LongBinPut = 'r',
    SetItem = 's', Tuple = 't', EmptyTuple = ')', SetItems = 'u', BinFloat = 'G',
    BinBytes = 'B', ShortBinBytes = 'C',
    Proto = 0x80, NewObj = 0x81, Ext1 = 0x82, Ext2 = 0x83, Ext4 = 0x84, Tuple1 = 0x85,
    Tuple2 = 0x86, Tuple3 = 0x87, NewTrue = 0x88, NewFalse = 0x89, Long1 = 0x8a, Long4 = 0x8b,
    ShortBinUnicode = 0x8c, BinUnicode8 = 0x8d, BinBytes8 = 0x8e, EmptySet = 0x8f,
    AddItems = 0x90, FrozenSet = 0x91, NewObjEx = 0x92, StackGlobal = 0x93, Memoize = 0x94,
    Frame = 0x95, ByteArray8 = 0x96, NextBuffer = 0x97, ReadOnlyBuffer = 0x98,
};

const char* opName(Op op)
{
    switch (op) {
    case Op::Mark: return "MARK";
    case Op::Stop: return "STOP";
    case Op::Pop: return "POP";
    case Op::PopMark: return "POP_MARK";
    case Op::Dup: return "DUP";
    case Op::Float: return "FLOAT";
    case Op::Int: return "INT";
    case Op::BinInt: return "BININT";
    case Op::BinInt1: return "BININT1";
    case Op::Long: return "LONG";
    case Op::BinInt2: return "BININT2";
    case Op::None: return "NONE";
    case Op::PersId: return "PERSID";
    case Op::BinPersId: return "BINPERSID";
    case Op::Reduce: return "REDUCE";
    case Op::String: return "STRING";
    case Op::BinString: return "BINSTRING";
    case Op::ShortBinString: return "SHORT_BINSTRING";
    case Op::Unicode: return "UNICODE";
    case Op::BinUnicode: return "BINUNICODE";
    case Op::Append: return "APPEND";
    case Op::Build: return "BUILD";
    case Op::Global: return "GLOBAL";
    case Op::Dict: return "DICT";
    case Op::EmptyDict: return "EMPTY_DICT";
    case Op::Appends: return "APPENDS";
    case Op::Get: return "GET";
    case Op::BinGet: return "BINGET";
    case Op::Inst: return "INST";
    case Op::LongBinGet: return "LONG_BINGET";
    case Op::List: return "LIST";
    case Op::EmptyList: return "EMPTY_LIST";
    case Op::Obj: return "OBJ";
    case Op::Put: return "PUT";
    case Op::BinPut: return "BINPUT";
    case Op::LongBinPut: return "LONG_BINPUT";
    case Op::SetItem: return "SETITEM";
    case Op::Tuple: return "TUPLE";
    case Op::EmptyTuple: return "EMPTY_TUPLE";
    case Op::SetItems: return "SETITEMS";
    case Op::BinFloat: return "BINFLOAT";
    case Op::BinBytes: return "BINBYTES";
    case Op::ShortBinBytes: return "SHORT_BINBYTES";
    case Op::Proto: return "PROTO";
    case Op::NewObj: return "NEWOBJ";
    case Op::Ext1: return "EXT1";
    case Op::Ext2: return "EXT2";
    case Op::Ext4: return "EXT4";
    case Op::Tuple1: return "TUPLE1";
    case Op::Tuple2: return "TUPLE2";
    case Op::Tuple3: return "TUPLE3";
    case Op::NewTrue: return "NEWTRUE";
    case Op::NewFalse: return "NEWFALSE";
    case Op::Long1: return "LONG1";
    case Op::Long4: return "LONG4";
    case Op::ShortBinUnicode: return "SHORT_BINUNICODE";
    case Op::BinUnicode8: return "BINUNICODE8";
    case Op::BinBytes8: return "BINBYTES8";
    case Op::EmptySet: return "EMPTY_SET";
    case Op::AddItems: return "ADDITEMS";
    case Op::FrozenSet: return "FROZENSET";
    case Op::NewObjEx: return "NEWOBJ_EX";
    case Op::StackGlobal: return "STACK_GLOBAL";
    case Op::Memoize: return "MEMOIZE";
    case Op::Frame: return "FRAME";
    case Op::ByteArray8: return "BYTEARRAY8";
    case Op::NextBuffer: return "NEXT_BUFFER";
    case Op::ReadOnlyBuffer: return "READONLY_BUFFER";
    }
    return nullptr;
}

// The storage classes torch.save names in its persistent ids; the tensor's dtype comes from them.
bool storageDtype(const std::string& storageClass, at::ScalarType& dtype)
{
    static const std::array<std::pair<const char*, at::ScalarType>, 10> kStorages{{
        {"torch.FloatStorage", at::kFloat},
        {"torch.DoubleStorage", at::kDouble},
        {"torch.HalfStorage", at::kHalf},
        {"torch.BFloat16Storage", at::kBFloat16},
        {"torch.LongStorage", at::kLong},
        {"torch.IntStorage", at::kInt},
        {"torch.ShortStorage", at::kShort},
        {"torch.CharStorage", at::kChar},
        {"torch.ByteStorage", at::kByte},
        {"torch.BoolStorage", at::kBool},
    }};
    for (const auto& [name, type] : kStorages) {
        if (storageClass == name) {
            dtype = type;
            return true;
        }
    }
    return false;
}

// Whether every element of the view lies inside a storage of numel elements, computed without
// int64 overflow: the sizes and strides come from the file and may be anything.
bool viewFitsStorage(std::int64_t offset, const std::vector<std::int64_t>& sizes,
                     const std::vector<std::int64_t>& strides, std::int64_t numel)
{
    std::int64_t elements = 1;
    for (const std::int64_t size : sizes) {
        if (size == 0)
            return offset <= numel;
        if (elements > kInt64Max / size)
            return false;
        elements *= size;
    }
    std::int64_t last = offset;
    for (std::size_t i = 0; i < sizes.size(); ++i) {
        const std::int64_t span = sizes[i] - 1;
        if (strides[i] != 0 && span > (kInt64Max - last) / strides[i])
            return false;
        last += span * strides[i];
    }
    return last < numel;
}

// Runs the pickle in data.pkl the way Python's Unpickler would, except that only the calls
// torch.save relies on are carried out; all values live in m_values, so a hostile pickle can
// build neither reference cycles that leak nor nesting that overflows the stack on destruction.
class Unpickler {
public:
    Unpickler(std::string path, const std::uint8_t* data, std::size_t size)
        : m_path(std::move(path)), m_data(data), m_size(size)
    {
    }

    PyValue* run()
    {
        for (;;) {
            m_opStart = m_pos;
            if (m_pos == m_size)
                fail("the pickle ends before its STOP opcode (the file is truncated or corrupt)");
            m_op = static_cast<Op>(m_data[m_pos++]);
            if (m_op == Op::Stop)
                return pop();
            step();
        }
    }

private:
    [[noreturn]] void fail(const std::string& problem) const
    {
        throw ModelError(m_path + ": cannot read data.pkl at byte " + std::to_string(m_opStart)
                         + ": " + problem);
    }

    [[noreturn]] void failCorrupt(const std::string& problem) const
    {
        fail(problem + " (the checkpoint is corrupt or was not written by torch.save)");
    }

    const std::uint8_t* take(std::uint64_t n)
    {
        if (n > m_size - m_pos)
            fail(std::string("the pickle ends inside its ") + opName(m_op)
                 + " opcode (the file is truncated or corrupt)");
        const std::uint8_t* bytes = m_data + m_pos;
        m_pos += static_cast<std::size_t>(n);
        return bytes;
    }

    std::uint64_t readUnsigned(std::size_t width)
    {
        const std::uint8_t* bytes = take(width);
        std::uint64_t value = 0;
        for (std::size_t i = width; i-- > 0;)
            value = (value << 8) | bytes[i];
        return value;
    }

    std::string readText(std::uint64_t length)
    {
        const std::uint8_t* bytes = take(length);
        return std::string(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(length));
    }

    std::string readLine()
    {
        const auto* begin = m_data + m_pos;
        const auto* newline = static_cast<const std::uint8_t*>(std::memchr(begin, '\n', m_size - m_pos));
        if (newline == nullptr)
            fail("the pickle ends inside a GLOBAL name (the file is truncated or corrupt)");
        const auto length = static_cast<std::size_t>(newline - begin);
        m_pos += length + 1;
        return std::string(reinterpret_cast<const char*>(begin), length);
    }

    PyValue* make(PyValue::Kind kind, std::string text = {})
    {
        PyValue& value = m_values.emplace_back(kind);
        value.text = std::move(text);
        return &value;
    }

    PyValue* makeInt(std::int64_t integer)
    {
        PyValue* value = make(PyValue::Kind::Int);
        value->integer = integer;
        return value;
    }

    void push(PyValue* value) { m_stack.push_back(value); }

    // Values below the innermost MARK belong to an enclosing frame, as in Python's metastack.
    std::size_t frameBase() const { return m_marks.empty() ? 0 : m_marks.back(); }

    PyValue* pop()
    {
        if (m_stack.size() <= frameBase())
            failCorrupt(std::string(opName(m_op)) + " finds the stack empty");
        PyValue* value = m_stack.back();
        m_stack.pop_back();
        return value;
    }

    PyValue* top()
    {
        if (m_stack.size() <= frameBase())
            failCorrupt(std::string(opName(m_op)) + " finds the stack empty");
        return m_stack.back();
    }

    std::vector<PyValue*> popToMark()
    {
        if (m_marks.empty())
            failCorrupt(std::string(opName(m_op)) + " has no MARK to go back to");
        const std::size_t mark = m_marks.back();
        m_marks.pop_back();
        std::vector<PyValue*> items(m_stack.begin() + static_cast<std::ptrdiff_t>(mark), m_stack.end());
        m_stack.resize(mark);
        return items;
    }

    PyValue* makeSequence(PyValue::Kind kind, std::vector<PyValue*> items, std::string text = {})
    {
        PyValue* value = make(kind, std::move(text));
        value->items = std::move(items);
        return value;
    }

    PyValue* makeTupleOfTop(std::size_t count)
    {
        std::vector<PyValue*> items(count);
        for (std::size_t i = count; i-- > 0;)
            items[i] = pop();
        return makeSequence(PyValue::Kind::Tuple, std::move(items));
    }

    void appendTo(PyValue* target, const std::vector<PyValue*>& items)
    {
        if (target->kind != PyValue::Kind::List && target->kind != PyValue::Kind::Object)
            failCorrupt(std::string(opName(m_op)) + " adds items to " + describe(target));
        target->items.insert(target->items.end(), items.begin(), items.end());
    }

    void setItemsOn(PyValue* target, const std::vector<PyValue*>& keysAndValues)
    {
        if (keysAndValues.size() % 2 != 0)
            failCorrupt(std::string(opName(m_op)) + " has a key without a value");
        if (target->kind != PyValue::Kind::Dict && target->kind != PyValue::Kind::Object)
            failCorrupt(std::string(opName(m_op)) + " sets items on " + describe(target));
        for (std::size_t i = 0; i < keysAndValues.size(); i += 2)
            target->entries.emplace_back(keysAndValues[i], keysAndValues[i + 1]);
    }

    PyValue* makeDict(const std::vector<PyValue*>& keysAndValues)
    {
        PyValue* dict = make(PyValue::Kind::Dict);
        setItemsOn(dict, keysAndValues);
        return dict;
    }

    // LONG1/LONG4: little-endian two's complement of any length; longer than 8 bytes cannot be
    // a size or an offset, so it stays an opaque Python int.
    PyValue* makeLong(std::uint64_t length)
    {
        const std::uint8_t* bytes = take(length);
        if (length > 8)
            return make(PyValue::Kind::Object, "int");
        std::uint64_t value = 0;
        for (std::size_t i = static_cast<std::size_t>(length); i-- > 0;)
            value = (value << 8) | bytes[i];
        if (length > 0 && length < 8 && (bytes[length - 1] & 0x80) != 0)
            value |= ~std::uint64_t{0} << (8 * length);
        return makeInt(static_cast<std::int64_t>(value));
    }

    void pushGlobal(const std::string& module, const std::string& name)
    {
        if (module.size() + name.size() > kMaxNameLength)
            failCorrupt("a class name is longer than " + std::to_string(kMaxNameLength) + " characters");
        push(make(PyValue::Kind::Global, module + "." + name));
    }

    PyValue* memoGet(std::uint64_t index)
    {
        const auto found = m_memo.find(index);
        if (found == m_memo.end())
            failCorrupt(std::string(opName(m_op)) + " asks for memo entry " + std::to_string(index)
                        + ", which was never stored");
        return found->second;
    }

    const std::vector<PyValue*>& tupleItems(const PyValue* value, const std::string& what)
    {
        if (value->kind != PyValue::Kind::Tuple)
            failCorrupt(what + " is " + describe(value) + ", not a tuple");
        return value->items;
    }

    std::int64_t integerOf(const PyValue* value, const std::string& what)
    {
        if (value->kind != PyValue::Kind::Int || value->integer < 0)
            failCorrupt(what + " is " + describe(value) + ", not a non-negative integer");
        return value->integer;
    }

    std::vector<std::int64_t> integersOf(const PyValue* value, const std::string& what)
    {
        std::vector<std::int64_t> integers;
        for (const PyValue* item : tupleItems(value, what))
            integers.push_back(integerOf(item, "an element of " + what));
        return integers;
    }

    // torch.save's persistent id of a storage: ('storage', torch.<Type>Storage, key, location,
    // numel). The location ('cpu', 'cuda:0', ...) is ignored: everything is read onto the CPU.
    PyValue* loadPersistent(const PyValue* id)
    {
        const auto& fields = tupleItems(id, "a persistent id");
        if (fields.size() != 5 || fields[0]->kind != PyValue::Kind::String || fields[0]->text != "storage")
            fail("a persistent id is not the ('storage', type, key, location, size) of a tensor storage;"
                 " PromoterLab reads checkpoints written by torch.save");
        if (fields[1]->kind != PyValue::Kind::Global)
            failCorrupt("a storage type is " + describe(fields[1]));
        at::ScalarType dtype = at::kFloat;
        if (!storageDtype(fields[1]->text, dtype))
            fail("tensors stored as " + fields[1]->text + " are not supported (PromoterLab reads"
                 " float64/32/16, bfloat16, int64/32/16/8, uint8 and bool tensors)");
        if (fields[2]->kind != PyValue::Kind::String)
            failCorrupt("a storage key is " + describe(fields[2]));
        if (fields[2]->text.size() > kMaxNameLength)
            failCorrupt("a storage key is longer than " + std::to_string(kMaxNameLength) + " characters");
        const std::int64_t numel = integerOf(fields[4], "a storage size");

        // torch.save names one storage as often as tensors view it; all get the same storage.
        PyValue*& storage = m_storages[fields[2]->text];
        if (storage == nullptr) {
            storage = make(PyValue::Kind::Storage, fields[2]->text);
            storage->dtype = dtype;
            storage->numel = numel;
        } else if (storage->dtype != dtype || storage->numel != numel) {
            failCorrupt("storage '" + storage->text + "' is described twice with different types or sizes");
        }
        return storage;
    }

    // torch._utils._rebuild_tensor_v2(storage, storage_offset, size, stride, requires_grad,
    // backward_hooks[, metadata]); PyTorch 2 added the metadata argument.
    PyValue* rebuildTensor(const PyValue* arguments)
    {
        const auto& args = tupleItems(arguments, "the arguments of _rebuild_tensor_v2");
        if (args.size() != 6 && args.size() != 7)
            failCorrupt("_rebuild_tensor_v2 gets " + std::to_string(args.size()) + " arguments instead of 6 or 7");
        if (args[0]->kind != PyValue::Kind::Storage)
            failCorrupt("_rebuild_tensor_v2 gets " + describe(args[0]) + " instead of a storage");
        if (tupleItems(args[2], "a tensor size").size() > kMaxTensorDims)
            failCorrupt("a tensor has more than " + std::to_string(kMaxTensorDims) + " dimensions");
        PyValue* tensor = make(PyValue::Kind::Tensor);
        tensor->storage = args[0];
        tensor->offset = integerOf(args[1], "a storage offset");
        tensor->sizes = integersOf(args[2], "a tensor size");
        tensor->strides = integersOf(args[3], "a tensor stride");
        if (tensor->sizes.size() != tensor->strides.size())
            failCorrupt("a tensor has " + std::to_string(tensor->sizes.size()) + " sizes but "
                        + std::to_string(tensor->strides.size()) + " strides");
        if (!viewFitsStorage(tensor->offset, tensor->sizes, tensor->strides, tensor->storage->numel))
            failCorrupt("a tensor reaches outside its storage '" + tensor->storage->text + "'");
        return tensor;
    }

    // REDUCE and NEWOBJ: the few callables torch.save relies on are carried out; any other
    // call yields an opaque object, which is what lets Lightning's callbacks, hyper-parameters,
    // argparse Namespaces and numpy scalars ride along without breaking the load.
    PyValue* call(const PyValue* callable, const PyValue* arguments)
    {
        // A tensor subclass is saved as _rebuild_from_type_v2(func, type, args, state); only
        // the plain tensor matters here.
        for (int nesting = 0; callable->kind == PyValue::Kind::Global
                              && callable->text == "torch._tensor._rebuild_from_type_v2"; ++nesting) {
            const auto& args = tupleItems(arguments, "the arguments of _rebuild_from_type_v2");
            if (args.size() != 4)
                failCorrupt("_rebuild_from_type_v2 gets " + std::to_string(args.size()) + " arguments instead of 4");
            if (nesting == kMaxSubclassNesting)
                failCorrupt("a tensor subclass is nested more than " + std::to_string(kMaxSubclassNesting) + " deep");
            callable = args[0];
            arguments = args[2];
        }
        if (callable->kind != PyValue::Kind::Global)
            return make(PyValue::Kind::Object, "object");
        const std::string& name = callable->text;
        if (name == "collections.OrderedDict" || name == "builtins.dict" || name == "__builtin__.dict")
            return make(PyValue::Kind::Dict);
        if (name == "torch._utils._rebuild_tensor_v2")
            return rebuildTensor(arguments);
        if (name == "torch._utils._rebuild_parameter" || name == "torch._utils._rebuild_parameter_with_state") {
            const auto& args = tupleItems(arguments, "the arguments of " + name);
            if (args.empty() || args[0]->kind != PyValue::Kind::Tensor)
                failCorrupt(name + " gets no tensor");
            return args[0];
        }
        return make(PyValue::Kind::Object, name);
    }

    void step()
    {
        using Kind = PyValue::Kind;
        switch (m_op) {
        case Op::Proto: {
            const std::uint64_t protocol = readUnsigned(1);
            if (protocol > 5)
                fail("pickle protocol " + std::to_string(protocol) + " is newer than the 2 to 5 that"
                     " PromoterLab reads; save the checkpoint with torch.save's default protocol");
            break;
        }
        case Op::Frame:
            // Frames only tell a streaming reader how much to buffer; the whole record is in memory.
            take(8);
            break;
        case Op::Mark: m_marks.push_back(m_stack.size()); break;
        case Op::Pop:
            // Python's POP removes an empty frame's MARK instead.
            if (m_stack.size() == frameBase() && !m_marks.empty())
                m_marks.pop_back();
            else
                pop();
            break;
        case Op::PopMark: popToMark(); break;
        case Op::Dup: push(top()); break;
        case Op::None: push(make(Kind::None)); break;
        case Op::NewTrue: push(makeInt(1)); break;
        case Op::NewFalse: push(makeInt(0)); break;
        case Op::BinInt:
            push(makeInt(static_cast<std::int32_t>(static_cast<std::uint32_t>(readUnsigned(4)))));
            break;
        case Op::BinInt1: push(makeInt(static_cast<std::int64_t>(readUnsigned(1)))); break;
        case Op::BinInt2: push(makeInt(static_cast<std::int64_t>(readUnsigned(2)))); break;
        case Op::Long1: push(makeLong(readUnsigned(1))); break;
        case Op::Long4: {
            const auto length = static_cast<std::int32_t>(static_cast<std::uint32_t>(readUnsigned(4)));
            if (length < 0)
                failCorrupt("LONG4 has a negative length");
            push(makeLong(static_cast<std::uint64_t>(length)));
            break;
        }
        case Op::BinFloat:
            take(8);
            push(make(Kind::Object, "float"));
            break;
        case Op::ShortBinUnicode: push(make(Kind::String, readText(readUnsigned(1)))); break;
        case Op::BinUnicode: push(make(Kind::String, readText(readUnsigned(4)))); break;
        case Op::BinUnicode8: push(make(Kind::String, readText(readUnsigned(8)))); break;
        case Op::ShortBinBytes:
            take(readUnsigned(1));
            push(make(Kind::Object, "bytes"));
            break;
        case Op::BinBytes:
            take(readUnsigned(4));
            push(make(Kind::Object, "bytes"));
            break;
        case Op::BinBytes8:
            take(readUnsigned(8));
            push(make(Kind::Object, "bytes"));
            break;
        case Op::ByteArray8:
            take(readUnsigned(8));
            push(make(Kind::Object, "bytearray"));
            break;
        case Op::EmptyTuple: push(make(Kind::Tuple)); break;
        case Op::Tuple: push(makeSequence(Kind::Tuple, popToMark())); break;
        case Op::Tuple1: push(makeTupleOfTop(1)); break;
        case Op::Tuple2: push(makeTupleOfTop(2)); break;
        case Op::Tuple3: push(makeTupleOfTop(3)); break;
        case Op::EmptyList: push(make(Kind::List)); break;
        case Op::List: push(makeSequence(Kind::List, popToMark())); break;
        case Op::Append: {
            PyValue* item = pop();
            appendTo(top(), {item});
            break;
        }
        case Op::Appends: {
            const auto items = popToMark();
            appendTo(top(), items);
            break;
        }
        case Op::EmptyDict: push(make(Kind::Dict)); break;
        case Op::Dict: push(makeDict(popToMark())); break;
        case Op::SetItem: {
            PyValue* value = pop();
            PyValue* key = pop();
            setItemsOn(top(), {key, value});
            break;
        }
        case Op::SetItems: {
            const auto keysAndValues = popToMark();
            setItemsOn(top(), keysAndValues);
            break;
        }
        case Op::EmptySet: push(make(Kind::Object, "set")); break;
        case Op::AddItems: {
            const auto items = popToMark();
            appendTo(top(), items);
            break;
        }
        case Op::FrozenSet: push(makeSequence(Kind::Object, popToMark(), "frozenset")); break;
        case Op::Global: {
            const std::string module = readLine();
            pushGlobal(module, readLine());
            break;
        }
        case Op::StackGlobal: {
            const PyValue* name = pop();
            const PyValue* module = pop();
            if (name->kind != Kind::String || module->kind != Kind::String)
                failCorrupt("STACK_GLOBAL gets " + describe(module) + " and " + describe(name) + " instead of two strings");
            pushGlobal(module->text, name->text);
            break;
        }
        case Op::Reduce:
        case Op::NewObj: {
            const PyValue* arguments = pop();
            const PyValue* callable = pop();
            push(call(callable, arguments));
            break;
        }
        case Op::NewObjEx: {
            pop();  // keyword arguments
            const PyValue* arguments = pop();
            const PyValue* callable = pop();
            push(call(callable, arguments));
            break;
        }
        case Op::Build:
            // The state set on an object (an OrderedDict's _metadata, a module's attributes) is
            // not needed to find tensors; only the object it is set on must be there.
            pop();
            top();
            break;
        case Op::BinPut: m_memo[readUnsigned(1)] = top(); break;
        case Op::LongBinPut: m_memo[readUnsigned(4)] = top(); break;
        case Op::Memoize: {
            const std::uint64_t index = m_memo.size();
            m_memo[index] = top();
            break;
        }
        case Op::BinGet: push(memoGet(readUnsigned(1))); break;
        case Op::LongBinGet: push(memoGet(readUnsigned(4))); break;
        case Op::BinPersId: push(loadPersistent(pop())); break;
        default: {
            char code[8];
            std::snprintf(code, sizeof code, "0x%02x", static_cast<unsigned>(m_op));
            if (opName(m_op) == nullptr)
                failCorrupt(std::string("byte ") + code + " is not a pickle opcode");
            fail(std::string("pickle opcode ") + opName(m_op) + " (" + code + ") is not supported:"
                 " PromoterLab reads pickle protocols 2 to 5 as torch.save writes them;"
                 " re-save the checkpoint with torch.save(obj, path)");
        }
        }
    }

    std::string m_path;
    const std::uint8_t* m_data;
    std::size_t m_size;
    std::size_t m_pos = 0;
    std::size_t m_opStart = 0;
    Op m_op = Op::Stop;
    std::deque<PyValue> m_values;
    std::vector<PyValue*> m_stack;
    std::vector<std::size_t> m_marks;
    std::unordered_map<std::uint64_t, PyValue*> m_memo;
    std::unordered_map<std::string, PyValue*> m_storages;
};

std::string firstLine(const std::string& text)
{
    return text.substr(0, text.find('\n'));
}

// Runs a stream reader call, turning LibTorch's c10::Error into a ModelError that says what failed.
template <typename Call>
auto readArchive(const std::string& path, const std::string& what, Call call) -> decltype(call())
{
    try {
        return call();
    } catch (const c10::Error& error) {
        throw ModelError(path + ": " + what + " (" + firstLine(error.what_without_backtrace()) + ")");
    }
}

// Rejects, before LibTorch sees it, anything that is not a zip archive, saying what it is instead.
void checkIsZipArchive(const std::string& path)
{
    namespace fs = std::filesystem;
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (status.type() == fs::file_type::not_found)
        throw ModelError(path + ": no such file");
    if (error)
        throw ModelError(path + ": cannot open the file (" + error.message() + ")");
    if (status.type() == fs::file_type::directory)
        throw ModelError(path + ": this is a directory, not a checkpoint file");
    if (status.type() != fs::file_type::regular)
        throw ModelError(path + ": not a regular file");
    const std::uintmax_t size = fs::file_size(path, error);
    if (!error && size == 0)
        throw ModelError(path + ": the file is empty (0 bytes); it was probably not written"
                         " completely; save the checkpoint again");

    std::array<char, 32> head{};
    std::ifstream in(path, std::ios::binary);
    in.read(head.data(), head.size());
    if (in.gcount() <= 0)
        throw ModelError(path + ": cannot read the file (check that it is readable)");
    const std::string start(head.data(), static_cast<std::size_t>(in.gcount()));
    if (start.rfind("PK", 0) == 0)
        return;
    // torch.save's legacy format begins with a pickled magic number, 0x1950a86a20f9469cfc6c.
    const std::string legacyMagic("\x8a\x0a\x6c\xfc\x9c\x46\xf9\x20\x6a\xa8\x50\x19", 12);
    if (start[0] == '\x80' && start.find(legacyMagic) != std::string::npos)
        throw ModelError(path + ": saved in the legacy torch.save format of PyTorch before 1.6, which"
                         " PromoterLab cannot read; re-save it with a current PyTorch:"
                         " torch.save(torch.load(path), path), or pass"
                         " _use_new_zipfile_serialization=True to torch.save");
    throw ModelError(path + ": not a zip archive, so not a checkpoint written by torch.save"
                     " (PyTorch 1.6 or newer)");
}

// Finds the state_dict in what data.pkl holds, or says why there is none.
const PyValue* findStateDict(const PyValue* top, const std::string& path)
{
    if (!isDictLike(top)) {
        if (top->kind == PyValue::Kind::Object && top->text.rfind("__torch__.", 0) == 0)
            throw ModelError(path + ": the file holds a TorchScript module (" + top->text + "), not a"
                             " state_dict; open it as a TorchScript model with its manifest");
        if (top->kind == PyValue::Kind::Object)
            throw ModelError(path + ": the file holds a pickled Python object of class " + top->text
                             + " instead of a state_dict (was a whole model saved with"
                             " torch.save(model, path)?); save model.state_dict() instead");
        throw ModelError(path + ": the file holds " + describe(top) + " instead of a state_dict (a dict of tensors)");
    }
    auto valueOf = [top](const std::string& key) -> const PyValue* {
        for (const auto& [k, v] : top->entries) {
            if (k->kind == PyValue::Kind::String && k->text == key)
                return v;
        }
        return nullptr;
    };
    std::string wrapperProblems;
    for (const char* wrapperKey : {"state_dict", "model_state_dict", "model"}) {
        if (const PyValue* value = valueOf(wrapperKey)) {
            if (isDictLike(value))
                return value;
            wrapperProblems += std::string("; '") + wrapperKey + "' holds " + describe(value) + ", not a dict of tensors";
        }
    }
    for (const auto& entry : top->entries) {
        if (entry.second->kind == PyValue::Kind::Tensor)
            return top;
    }

    constexpr std::size_t kKeysShown = 20;
    std::string keys;
    for (std::size_t i = 0; i < top->entries.size() && i < kKeysShown; ++i) {
        const PyValue* key = top->entries[i].first;
        keys += i == 0 ? "" : ", ";
        if (key->kind == PyValue::Kind::String)
            keys += "'" + key->text + "'";
        else if (key->kind == PyValue::Kind::Int)
            keys += std::to_string(key->integer);
        else
            keys += "<" + describe(key) + ">";
    }
    if (top->entries.size() > kKeysShown)
        keys += ", and " + std::to_string(top->entries.size() - kKeysShown) + " more";
    if (keys.empty())
        keys = "none";
    throw ModelError(path + ": no state_dict inside: the top level holds no tensors and no"
                     " 'state_dict', 'model_state_dict' or 'model' dict (its keys: " + keys + ")"
                     + wrapperProblems);
}

// Copies a storage's record out of the archive into a tensor of its own.
at::Tensor readStorage(caffe2::serialize::PyTorchStreamReader& reader, const PyValue& storage,
                       const std::string& path)
{
    const std::string record = "data/" + storage.text;
    if (!readArchive(path, "cannot look up record '" + record + "'", [&] { return reader.hasRecord(record); }))
        throw ModelError(path + ": the archive lacks record '" + record + "', which holds tensor data;"
                         " the file is truncated or was not written by torch.save");
    auto [bytes, byteCount] = readArchive(path, "record '" + record + "' is truncated or corrupt",
                                          [&] { return reader.getRecord(record); });
    const auto elementSize = static_cast<std::int64_t>(c10::elementSize(storage.dtype));
    const std::string storageText = "tensor storage '" + storage.text + "' of "
        + std::to_string(storage.numel) + " " + c10::toString(storage.dtype) + " elements";
    if (storage.numel > kInt64Max / elementSize)
        throw ModelError(path + ": " + storageText + " is impossibly large; the file is corrupt");
    const auto bytesNeeded = static_cast<std::uint64_t>(storage.numel * elementSize);
    if (bytesNeeded != byteCount)
        throw ModelError(path + ": record '" + record + "' holds " + std::to_string(byteCount)
                         + " bytes, but " + storageText + " needs " + std::to_string(bytesNeeded)
                         + "; the file is corrupt");
    // A bool is one byte in the file but must be 0 or 1 in memory; other bytes would be undefined.
    const at::ScalarType fileType = storage.dtype == at::kBool ? at::kByte : storage.dtype;
    at::Tensor data = at::empty({storage.numel}, at::TensorOptions().dtype(fileType));
    if (byteCount > 0)
        std::memcpy(data.data_ptr(), bytes.get(), byteCount);
    return storage.dtype == at::kBool ? data.ne(0) : data;
}

StateDict readZipCheckpoint(const std::string& path)
{
    auto reader = readArchive(path, "the zip archive is truncated or corrupt, or was not written by torch.save",
                              [&] { return std::make_unique<caffe2::serialize::PyTorchStreamReader>(path); });

    const bool hasByteOrder = readArchive(path, "cannot look up record 'byteorder'",
                                          [&] { return reader->hasRecord("byteorder"); });
    if (hasByteOrder) {
        auto [bytes, size] = readArchive(path, "record 'byteorder' is truncated or corrupt",
                                         [&] { return reader->getRecord("byteorder"); });
        const std::string byteOrder(static_cast<const char*>(bytes.get()), size);
        if (byteOrder != "little")
            throw ModelError(path + ": saved on a machine with '" + byteOrder + "' byte order;"
                             " PromoterLab reads little-endian checkpoints only; re-save it on an x86 or ARM machine");
    }

    if (!readArchive(path, "cannot look up record 'data.pkl'", [&] { return reader->hasRecord("data.pkl"); }))
        throw ModelError(path + ": the archive has no 'data.pkl' record, so it was not written by"
                         " torch.save or is truncated");
    auto [pickle, pickleSize] = readArchive(path, "record 'data.pkl' is truncated or corrupt",
                                            [&] { return reader->getRecord("data.pkl"); });

    Unpickler unpickler(path, static_cast<const std::uint8_t*>(pickle.get()), pickleSize);
    const PyValue* stateDict = findStateDict(unpickler.run(), path);

    StateDict result;
    try {
        for (const auto& [key, value] : stateDict->entries) {
            if (key->kind != PyValue::Kind::String)
                throw ModelError(path + ": the state_dict has a key that is " + describe(key) + ", not a name");
            if (value->kind == PyValue::Kind::Object && value->text.rfind("torch._utils._rebuild_", 0) == 0)
                throw ModelError(path + ": '" + key->text + "' is built by " + value->text
                                 + ", a kind of tensor PromoterLab cannot read (only dense tensors)");
            if (value->kind != PyValue::Kind::Tensor)
                continue;
            PyValue& storage = *value->storage;
            if (!storage.data.defined())
                storage.data = readStorage(*reader, storage, path);
            result.push_back({key->text, storage.data.as_strided(value->sizes, value->strides, value->offset)});
        }
    } catch (const c10::Error& error) {
        throw ModelError(path + ": PyTorch could not rebuild a tensor ("
                         + firstLine(error.what_without_backtrace()) + ")");
    }
    return result;
}

}  // namespace

StateDict readTorchCheckpoint(const std::string& path)
{
    checkIsZipArchive(path);
    try {
        return readZipCheckpoint(path);
    } catch (const std::bad_alloc&) {
        throw ModelError(path + ": there is not enough memory to read it");
    }
}

}  // namespace promoterlab::detail
