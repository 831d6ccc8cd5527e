// SPDX-License-Identifier: GPL-3.0-or-later
// What a designed promoter insert must honour (flanks, GC, homopolymers, forbidden sites,
// distance, exclusions): checks, up-front contradiction tests and repair by single substitutions.
#pragma once

#include <optional>
#include <random>
#include <string>
#include <vector>

namespace promoterlab {

struct DesignConstraints {
    // Fixed sequence around the designed insert (not designed, not counted in the GC content).
    std::string leftFlank;
    std::string rightFlank;
    // GC fraction of the insert, 0…1.
    double gcMin = 0;
    double gcMax = 1;
    int maxHomopolymer = 0;  // longest allowed run of one base; 0: no limit
    // IUPAC patterns searched on both strands of leftFlank + insert + rightFlank, so a site
    // spanning a junction counts.
    std::vector<std::string> forbiddenMotifs;
    int minDistance = 0;  // Hamming distance every two designs' inserts must at least have
    std::vector<std::string> exclude;  // inserts that must not be produced (upper case)

    // Reads the JSON of a constraints file: gc_min, gc_max, max_homopolymer, forbidden_motifs
    // (IUPAC patterns or preset names), min_distance, exclude (a sequence file, relative to
    // sourceName's folder), left_flank, right_flank; every key optional. Throws InputError
    // naming sourceName, the key and the fix, for bad values and for contradictions that hold
    // whatever the insert length (see validateConstraints).
    static DesignConstraints fromJson(const std::string& text, const std::string& sourceName);
    // fromJson on the file's text.
    static DesignConstraints load(const std::string& path);
};

// Rejects constraints that no insert can satisfy, as far as it is provable up front: ranges out
// of bounds, gc_min above gc_max, forbidden sites inside a fixed flank, and with
// insertLength > 0 also a GC range no insert of that length reaches, a forbidden motif longer
// than the whole construct (it could never occur, so it is surely a mistake), single-base
// motifs that forbid every base or the bases the GC range needs, and a min_distance above
// the insert length. Throws InputError naming sourceName.
void validateConstraints(const DesignConstraints& constraints, int insertLength,
                         const std::string& sourceName = "constraints");

// A ready list of forbidden sites: a Type IIS cloning enzyme or a standard's illegal sites.
struct ForbiddenMotifPreset {
    std::string name;         // BsaI, BsmBI, BbsI, SapI, PaqCI, EcoRI, XbaI, SpeI, PstI, NotI, RFC10
    std::string description;  // for the user, e.g. "Golden Gate (Type IIS)"
    std::vector<std::string> motifs;
};

const std::vector<ForbiddenMotifPreset>& forbiddenMotifPresets();
// The preset of that name (case-insensitive), or nullptr.
const ForbiddenMotifPreset* forbiddenMotifPreset(const std::string& name);

struct Violation {
    enum class Kind { GcContent, Homopolymer, ForbiddenMotif, Excluded };
    Kind kind = Kind::GcContent;
    // 0-based in the insert (negative or past its end: in a flank); −1 for the whole insert.
    int position = -1;
    int length = 0;  // bases covered from position (0 for the whole insert)
    // How far past the limit: G/C bases missing or too many, homopolymer bases too many, 1 for
    // a site or an excluded insert. Repair lowers the sum per kind.
    int excess = 1;
    std::string text;  // for the user: "BsaI site GGTCTC at 12 (reverse strand)"
};

// Checks inserts against one set of constraints; built once, it keeps the exclusions hashed.
class DesignChecker {
public:
    explicit DesignChecker(const DesignConstraints& constraints);

    const DesignConstraints& constraints() const { return m_constraints; }
    // Every violation of the per-design constraints (all but minDistance).
    std::vector<Violation> check(const std::string& insert) const;
    bool satisfies(const std::string& insert) const { return check(insert).empty(); }

private:
    DesignConstraints m_constraints;
    std::vector<std::string> m_sortedExclusions;
};

std::vector<Violation> checkDesign(const std::string& insert, const DesignConstraints& constraints);
bool satisfies(const std::string& insert, const DesignConstraints& constraints);
// The violations' texts joined with "; " (empty when none).
std::string describeViolations(const std::vector<Violation>& violations);

// The insert changed by single substitutions until it satisfies the per-design constraints: each
// substitution targets a violation (GC: A/T↔G/C; homopolymer: a base inside the run; motif: a base
// inside the site; exclusion: any base) and is kept only when it lowers that kind's excess without
// raising another's. Nothing when maxRounds substitutions do not suffice or no substitution helps.
std::optional<std::string> repairDesign(const std::string& insert, const DesignChecker& checker,
                                        std::mt19937_64& random, int maxRounds = 200);
std::optional<std::string> repairDesign(const std::string& insert, const DesignConstraints& constraints,
                                        std::mt19937_64& random, int maxRounds = 200);

// Positions where two inserts differ, plus the difference of their lengths.
int hammingDistance(const std::string& a, const std::string& b);
// Whether insert is at least minDistance from every one of others.
bool farEnough(const std::string& insert, const std::vector<std::string>& others, int minDistance);

}  // namespace promoterlab
