// SPDX-License-Identifier: GPL-3.0-or-later
// Design constraints: reading them, proving contradictions up front, checking and repairing inserts.
#include "promoterlab/design_constraints.h"

#include "promoterlab/errors.h"
#include "promoterlab/motif_search.h"
#include "promoterlab/sequence_encoder.h"
#include "promoterlab/sequence_reader.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string_view>

namespace promoterlab {

namespace {

using nlohmann::json;

constexpr char kBases[] = {'A', 'C', 'G', 'T'};
constexpr int kKindCount = 4;
using Excess = std::array<int, kKindCount>;

std::string upper(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return text;
}

bool isGc(char base)
{
    return base == 'G' || base == 'C';
}

int gcCount(const std::string& insert)
{
    return static_cast<int>(std::count_if(insert.begin(), insert.end(), isGc));
}

// The fewest and most G/C bases an insert of this length may hold; the epsilon keeps 0.4 · 80
// at 32 despite rounding in the fraction.
int minGcCount(double gcMin, int length)
{
    return static_cast<int>(std::ceil(gcMin * length - 1e-9));
}

int maxGcCount(double gcMax, int length)
{
    return static_cast<int>(std::floor(gcMax * length + 1e-9));
}

std::string percent(double fraction)
{
    std::ostringstream text;
    text << std::round(fraction * 1000) / 10 << " %";
    return text.str();
}

std::string motifLabel(const std::string& motif)
{
    for (const auto& preset : forbiddenMotifPresets())
        if (preset.motifs.size() == 1 && preset.motifs.front() == motif)
            return preset.name + " site " + motif;
    return "forbidden motif " + motif;
}

// Where a stretch of the construct lies, in the insert's 1-based coordinates when inside it.
std::string placeText(int start, int length, int insertLength)
{
    if (start >= 0 && start + length <= insertLength)
        return "at " + std::to_string(start + 1);
    if (start + length <= 0)
        return "in the left flank";
    if (start >= insertLength)
        return "in the right flank";
    return start < 0 ? "across the left flank's junction" : "across the right flank's junction";
}

// Runs of one base longer than maxLength in sequence, as (start, length).
std::vector<std::pair<int, int>> longRuns(const std::string& sequence, int maxLength)
{
    std::vector<std::pair<int, int>> runs;
    const int size = static_cast<int>(sequence.size());
    for (int start = 0; start < size;) {
        int end = start + 1;
        while (end < size && sequence[static_cast<std::size_t>(end)] == sequence[static_cast<std::size_t>(start)])
            ++end;
        if (end - start > maxLength)
            runs.emplace_back(start, end - start);
        start = end;
    }
    return runs;
}

// The bases no single-base forbidden motif rules out (on either strand).
std::vector<char> basesAllowedEverywhere(const std::vector<std::string>& motifs)
{
    std::vector<char> allowed;
    for (const char base : kBases) {
        const bool forbidden = std::any_of(motifs.begin(), motifs.end(), [&](const std::string& motif) {
            return motif.size() == 1 && !findMotif(std::string(1, base), motif).empty();
        });
        if (!forbidden)
            allowed.push_back(base);
    }
    return allowed;
}

Excess excessByKind(const std::vector<Violation>& violations)
{
    Excess excess{};
    for (const auto& violation : violations)
        excess[static_cast<std::size_t>(violation.kind)] += violation.excess;
    return excess;
}

// The substitutions that could lower one violation, as (position, base).
std::vector<std::pair<int, char>> candidatesFor(const Violation& violation, const std::string& insert,
                                                const DesignConstraints& constraints)
{
    std::vector<std::pair<int, char>> candidates;
    const int length = static_cast<int>(insert.size());
    const auto anyOtherBase = [&](int position) {
        for (const char base : kBases)
            if (base != insert[static_cast<std::size_t>(position)])
                candidates.emplace_back(position, base);
    };
    switch (violation.kind) {
    case Violation::Kind::GcContent: {
        const bool tooFew = gcCount(insert) < minGcCount(constraints.gcMin, length);
        for (int position = 0; position < length; ++position)
            if (isGc(insert[static_cast<std::size_t>(position)]) != tooFew)
                for (const char base : std::string_view(tooFew ? "GC" : "AT"))
                    candidates.emplace_back(position, base);
        break;
    }
    case Violation::Kind::Homopolymer:
    case Violation::Kind::ForbiddenMotif:
        for (int position = std::max(0, violation.position);
             position < std::min(length, violation.position + violation.length); ++position)
            anyOtherBase(position);
        break;
    case Violation::Kind::Excluded:
        for (int position = 0; position < length; ++position)
            anyOtherBase(position);
        break;
    }
    return candidates;
}

// The single substitution that lowers the excess of `target`'s kind without raising another's.
std::optional<std::string> improve(const std::string& insert, const Violation& target, const Excess& before,
                                   const DesignChecker& checker, std::mt19937_64& random)
{
    auto candidates = candidatesFor(target, insert, checker.constraints());
    std::shuffle(candidates.begin(), candidates.end(), random);
    const auto kind = static_cast<std::size_t>(target.kind);
    for (const auto& [position, base] : candidates) {
        std::string mutant = insert;
        mutant[static_cast<std::size_t>(position)] = base;
        const Excess after = excessByKind(checker.check(mutant));
        bool noWorse = true;
        for (std::size_t k = 0; k < after.size(); ++k)
            noWorse = noWorse && after[k] <= before[k];
        if (noWorse && after[kind] < before[kind])
            return mutant;
    }
    return std::nullopt;
}

[[noreturn]] void reject(const std::string& source, const std::string& reason)
{
    throw InputError(source, 0, reason);
}

void requireKey(const json& value, bool rightType, const std::string& source, const std::string& key,
                const std::string& expected)
{
    if (!rightType)
        reject(source, "'" + key + "' must be " + expected + ", not " + value.dump());
}

std::vector<std::string> motifsFromJson(const json& value, const std::string& source)
{
    const std::string key = "forbidden_motifs";
    requireKey(value, value.is_array(), source, key, "a list of IUPAC patterns or preset names");
    std::vector<std::string> motifs;
    for (const auto& item : value) {
        requireKey(item, item.is_string(), source, key, "a list of IUPAC patterns or preset names");
        const auto text = item.get<std::string>();
        if (const auto* preset = forbiddenMotifPreset(text)) {
            motifs.insert(motifs.end(), preset->motifs.begin(), preset->motifs.end());
            continue;
        }
        if (text.empty() || !std::all_of(text.begin(), text.end(), isIupacNucleotide)) {
            std::string names;
            for (const auto& preset : forbiddenMotifPresets())
                names += (names.empty() ? "" : ", ") + preset.name;
            reject(source, "'" + key + "': '" + text
                               + "' is neither an IUPAC pattern (ACGT and RYSWKMBDHVN) nor a preset (" + names + ")");
        }
        motifs.push_back(upper(text));
    }
    return motifs;
}

std::vector<std::string> exclusionsFromFile(const std::string& path, const std::string& source)
{
    std::filesystem::path file(path);
    if (file.is_relative())
        file = std::filesystem::path(source).parent_path() / file;
    std::vector<std::string> exclusions;
    try {
        for (const auto& record : readAllSequences(file.string()))
            exclusions.push_back(record.bases);
    } catch (const InputError& error) {
        reject(source, "'exclude': " + std::string(error.what()) + " (a path relative to this file's folder)");
    }
    return exclusions;
}

}  // namespace

DesignConstraints DesignConstraints::fromJson(const std::string& text, const std::string& sourceName)
{
    json document;
    try {
        document = json::parse(text);
    } catch (const json::parse_error& error) {
        reject(sourceName, std::string("not valid JSON (") + error.what() + ")");
    }
    if (!document.is_object())
        reject(sourceName, "design constraints must be a JSON object such as {\"gc_min\": 0.4, \"gc_max\": 0.6}");
    static const std::vector<std::string> known = {"gc_min",      "gc_max",  "max_homopolymer", "forbidden_motifs",
                                                   "min_distance", "exclude", "left_flank",      "right_flank"};
    for (const auto& item : document.items())
        if (std::find(known.begin(), known.end(), item.key()) == known.end())
            reject(sourceName, "unknown key '" + item.key()
                                   + "' (known: gc_min, gc_max, max_homopolymer, forbidden_motifs, min_distance, "
                                     "exclude, left_flank, right_flank)");

    DesignConstraints constraints;
    const auto fraction = [&](const char* key, double& target) {
        if (!document.contains(key))
            return;
        const auto& value = document[key];
        requireKey(value, value.is_number(), sourceName, key, "a number");
        target = value.get<double>();
        if (target < 0 || target > 1)
            reject(sourceName, std::string("'") + key + "' is a fraction from 0 to 1 (write 0.6 for 60 %), not "
                                   + value.dump());
    };
    const auto count = [&](const char* key, int& target, int least) {
        if (!document.contains(key))
            return;
        const auto& value = document[key];
        requireKey(value, value.is_number_integer(), sourceName, key, "a whole number");
        target = value.get<int>();
        if (target < least)
            reject(sourceName, std::string("'") + key + "' must be at least " + std::to_string(least) + ", not "
                                   + value.dump() + (least == 1 ? " (leave the key out for no limit)" : ""));
    };
    const auto flank = [&](const char* key, std::string& target) {
        if (!document.contains(key))
            return;
        const auto& value = document[key];
        requireKey(value, value.is_string(), sourceName, key, "a sequence of A, C, G and T");
        target = upper(value.get<std::string>());
    };
    fraction("gc_min", constraints.gcMin);
    fraction("gc_max", constraints.gcMax);
    count("max_homopolymer", constraints.maxHomopolymer, 1);
    count("min_distance", constraints.minDistance, 0);
    flank("left_flank", constraints.leftFlank);
    flank("right_flank", constraints.rightFlank);
    if (document.contains("forbidden_motifs"))
        constraints.forbiddenMotifs = motifsFromJson(document["forbidden_motifs"], sourceName);
    if (document.contains("exclude")) {
        const auto& value = document["exclude"];
        requireKey(value, value.is_string(), sourceName, "exclude", "the path of a sequence file");
        constraints.exclude = exclusionsFromFile(value.get<std::string>(), sourceName);
    }
    validateConstraints(constraints, 0, sourceName);
    return constraints;
}

DesignConstraints DesignConstraints::load(const std::string& path)
{
    std::ifstream file(path, std::ios::binary);
    if (!file)
        reject(path, "cannot open the constraints file (check the path)");
    std::ostringstream text;
    text << file.rdbuf();
    return fromJson(text.str(), path);
}

void validateConstraints(const DesignConstraints& constraints, int insertLength, const std::string& sourceName)
{
    const auto& c = constraints;
    if (c.gcMin < 0 || c.gcMax > 1 || c.gcMin > c.gcMax)
        reject(sourceName, "the GC range " + percent(c.gcMin) + "–" + percent(c.gcMax)
                               + " is empty or outside 0–100 % (gc_min must not exceed gc_max)");
    if (c.maxHomopolymer < 0)
        reject(sourceName, "max_homopolymer cannot be negative (0 or no key: no limit)");
    if (c.minDistance < 0)
        reject(sourceName, "min_distance cannot be negative");
    for (const auto& [name, flank] : {std::pair{"left_flank", &c.leftFlank}, std::pair{"right_flank", &c.rightFlank}}) {
        const std::string bases = upper(*flank);
        if (bases.find_first_not_of("ACGT") != std::string::npos)
            reject(sourceName, std::string(name) + " may hold only A, C, G and T");
        for (const auto& motif : c.forbiddenMotifs)
            if (!motif.empty() && std::all_of(motif.begin(), motif.end(), isIupacNucleotide)
                && !findMotif(bases, motif).empty())
                reject(sourceName, std::string(name) + " itself holds the " + motifLabel(upper(motif))
                                       + "; no insert can remove it: change the flank or drop the motif");
    }
    for (const auto& motif : c.forbiddenMotifs)
        if (motif.empty() || !std::all_of(motif.begin(), motif.end(), isIupacNucleotide))
            reject(sourceName, "forbidden motif '" + motif + "' is not an IUPAC pattern (ACGT and RYSWKMBDHVN)");
    if (insertLength <= 0)
        return;

    const int constructLength = static_cast<int>(c.leftFlank.size() + c.rightFlank.size()) + insertLength;
    if (minGcCount(c.gcMin, insertLength) > maxGcCount(c.gcMax, insertLength))
        reject(sourceName, "no " + std::to_string(insertLength) + "-nt insert has a GC content between "
                               + percent(c.gcMin) + " and " + percent(c.gcMax) + " (one G/C base is " + percent(1.0 / insertLength)
                               + "); widen the range");
    for (const auto& motif : c.forbiddenMotifs)
        if (static_cast<int>(motif.size()) > constructLength)
            reject(sourceName, "forbidden motif " + upper(motif) + " (" + std::to_string(motif.size())
                                   + " nt) is longer than the whole " + std::to_string(constructLength)
                                   + "-nt construct, so it can never occur; remove it or check its length");
    const auto allowed = basesAllowedEverywhere(c.forbiddenMotifs);
    const auto allowedGc = static_cast<std::size_t>(std::count_if(allowed.begin(), allowed.end(), isGc));
    const std::string why = " (single-base forbidden motifs rule out a base on both strands, so G also rules out C "
                            "and A also T)";
    if (allowed.empty())
        reject(sourceName, "the forbidden motifs rule out every base" + why);
    if (allowedGc == 0 && minGcCount(c.gcMin, insertLength) > 0)
        reject(sourceName, "gc_min " + percent(c.gcMin) + " needs G or C, which the forbidden motifs rule out" + why);
    if (allowedGc == allowed.size() && maxGcCount(c.gcMax, insertLength) < insertLength)
        reject(sourceName, "gc_max " + percent(c.gcMax) + " needs A or T, which the forbidden motifs rule out" + why);
    if (c.minDistance > insertLength)
        reject(sourceName, "min_distance " + std::to_string(c.minDistance) + " exceeds the insert length "
                               + std::to_string(insertLength) + ": no two designs could differ that much");
}

const std::vector<ForbiddenMotifPreset>& forbiddenMotifPresets()
{
    static const std::vector<ForbiddenMotifPreset> presets = {
        {"BsaI", "Golden Gate (Type IIS), also Eco31I", {"GGTCTC"}},
        {"BsmBI", "Golden Gate (Type IIS), also Esp3I", {"CGTCTC"}},
        {"BbsI", "Golden Gate / MoClo (Type IIS), also BpiI", {"GAAGAC"}},
        {"SapI", "Golden Gate (Type IIS), also BspQI", {"GCTCTTC"}},
        {"PaqCI", "Golden Gate (Type IIS), also AarI", {"CACCTGC"}},
        {"EcoRI", "BioBrick prefix", {"GAATTC"}},
        {"XbaI", "BioBrick prefix", {"TCTAGA"}},
        {"SpeI", "BioBrick suffix", {"ACTAGT"}},
        {"PstI", "BioBrick suffix", {"CTGCAG"}},
        {"NotI", "BioBrick prefix and suffix", {"GCGGCCGC"}},
        {"RFC10",
         "BioBrick standard: EcoRI, XbaI, SpeI, PstI and NotI",
         {"GAATTC", "TCTAGA", "ACTAGT", "CTGCAG", "GCGGCCGC"}},
    };
    return presets;
}

const ForbiddenMotifPreset* forbiddenMotifPreset(const std::string& name)
{
    const std::string wanted = upper(name);
    for (const auto& preset : forbiddenMotifPresets())
        if (upper(preset.name) == wanted)
            return &preset;
    return nullptr;
}

DesignChecker::DesignChecker(const DesignConstraints& constraints)
    : m_constraints(constraints)
{
    m_constraints.leftFlank = upper(m_constraints.leftFlank);
    m_constraints.rightFlank = upper(m_constraints.rightFlank);
    for (auto& motif : m_constraints.forbiddenMotifs)
        motif = upper(motif);
    for (const auto& excluded : m_constraints.exclude)
        m_sortedExclusions.push_back(upper(excluded));
    std::sort(m_sortedExclusions.begin(), m_sortedExclusions.end());
}

std::vector<Violation> DesignChecker::check(const std::string& insert) const
{
    const auto& c = m_constraints;
    std::vector<Violation> violations;
    const int length = static_cast<int>(insert.size());
    const int offset = static_cast<int>(c.leftFlank.size());

    const int gc = gcCount(insert);
    const int fewest = minGcCount(c.gcMin, length);
    const int most = maxGcCount(c.gcMax, length);
    const double fraction = length > 0 ? static_cast<double>(gc) / length : 0;
    if (gc < fewest)
        violations.push_back({Violation::Kind::GcContent, -1, 0, fewest - gc,
                              "GC " + percent(fraction) + " is below the minimum " + percent(c.gcMin)});
    if (gc > most)
        violations.push_back({Violation::Kind::GcContent, -1, 0, gc - most,
                              "GC " + percent(fraction) + " is above the maximum " + percent(c.gcMax)});

    const std::string construct = c.leftFlank + insert + c.rightFlank;
    if (c.maxHomopolymer > 0)
        for (const auto& [start, runLength] : longRuns(construct, c.maxHomopolymer)) {
            const int position = start - offset;
            if (position + runLength <= 0 || position >= length)
                continue;  // wholly inside a fixed flank: no design makes or mends it
            violations.push_back({Violation::Kind::Homopolymer, position, runLength, runLength - c.maxHomopolymer,
                                  "run of " + std::to_string(runLength) + " "
                                      + construct[static_cast<std::size_t>(start)] + " "
                                      + placeText(position, runLength, length) + " is longer than "
                                      + std::to_string(c.maxHomopolymer)});
        }

    for (const auto& motif : c.forbiddenMotifs)
        for (const auto& match : findMotif(construct, motif)) {
            const int position = static_cast<int>(match.position) - offset;
            const int matchLength = static_cast<int>(match.length);
            violations.push_back({Violation::Kind::ForbiddenMotif, position, matchLength, 1,
                                  motifLabel(motif) + " " + placeText(position, matchLength, length)
                                      + (match.reverseStrand ? " (reverse strand)" : "")});
        }

    if (std::binary_search(m_sortedExclusions.begin(), m_sortedExclusions.end(), upper(insert)))
        violations.push_back({Violation::Kind::Excluded, -1, 0, 1, "the insert is on the exclusion list"});
    return violations;
}

std::vector<Violation> checkDesign(const std::string& insert, const DesignConstraints& constraints)
{
    return DesignChecker(constraints).check(insert);
}

bool satisfies(const std::string& insert, const DesignConstraints& constraints)
{
    return checkDesign(insert, constraints).empty();
}

std::string describeViolations(const std::vector<Violation>& violations)
{
    std::string text;
    for (const auto& violation : violations)
        text += (text.empty() ? "" : "; ") + violation.text;
    return text;
}

std::optional<std::string> repairDesign(const std::string& insert, const DesignChecker& checker,
                                        std::mt19937_64& random, int maxRounds)
{
    std::string current = upper(insert);
    for (int round = 0;; ++round) {
        const auto violations = checker.check(current);
        if (violations.empty())
            return current;
        if (round == maxRounds)
            return std::nullopt;
        const Excess before = excessByKind(violations);
        std::optional<std::string> improved;
        for (std::size_t i = 0; i < violations.size() && !improved; ++i)
            improved = improve(current, violations[i], before, checker, random);
        if (!improved)
            return std::nullopt;
        current = *improved;
    }
}

std::optional<std::string> repairDesign(const std::string& insert, const DesignConstraints& constraints,
                                        std::mt19937_64& random, int maxRounds)
{
    return repairDesign(insert, DesignChecker(constraints), random, maxRounds);
}

int hammingDistance(const std::string& a, const std::string& b)
{
    const std::size_t shared = std::min(a.size(), b.size());
    int distance = static_cast<int>(std::max(a.size(), b.size()) - shared);
    for (std::size_t i = 0; i < shared; ++i)
        distance += a[i] != b[i] ? 1 : 0;
    return distance;
}

bool farEnough(const std::string& insert, const std::vector<std::string>& others, int minDistance)
{
    return std::all_of(others.begin(), others.end(),
                       [&](const std::string& other) { return hammingDistance(insert, other) >= minDistance; });
}

}  // namespace promoterlab
