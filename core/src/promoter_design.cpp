// SPDX-License-Identifier: GPL-3.0-or-later
#include "promoterlab/promoter_design.h"

#include "promoterlab/errors.h"
#include "promoterlab/insert_corruption.h"
#include "promoterlab/metrics.h"
#include "promoterlab/predictor.h"
#include "promoterlab/sequence_writer.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <random>

namespace promoterlab {

namespace {

const std::map<DesignMethod, std::string>& methodNames()
{
    static const std::map<DesignMethod, std::string> names = {
        {DesignMethod::Diffusion, "diffusion"},
        {DesignMethod::Guided, "guided"},
        {DesignMethod::DiffusionPolish, "diffusion+polish"},
    };
    return names;
}

double gcFraction(const std::string& insert)
{
    if (insert.empty())
        return 0;
    const auto gc = std::count_if(insert.begin(), insert.end(), [](char base) { return base == 'G' || base == 'C'; });
    return static_cast<double>(gc) / static_cast<double>(insert.size());
}

// Reports each phase's progress as a share of the whole: phase i of count covers
// [i / count, (i + 1) / count) of kProgressUnits.
class PhasedProgress {
public:
    static constexpr std::size_t kProgressUnits = 1000;

    PhasedProgress(const ProgressCallback& report, std::size_t phases)
        : m_report(report)
        , m_phases(std::max<std::size_t>(1, phases))
    {
    }

    ProgressCallback phase(std::size_t index) const
    {
        if (!m_report)
            return {};
        return [this, index](std::size_t done, std::size_t total) {
            const double within = total == 0 ? 1.0 : static_cast<double>(done) / static_cast<double>(total);
            const double share = (static_cast<double>(index) + within) / static_cast<double>(m_phases);
            m_report(static_cast<std::size_t>(share * kProgressUnits), kProgressUnits);
        };
    }

private:
    const ProgressCallback& m_report;
    std::size_t m_phases;
};

// Diffusion designs as they come out of the sampler, repaired where they break a constraint
// and scored by the predictor.
std::vector<DesignResult> repairAndScore(const std::vector<std::string>& inserts, const Predictor& predictor,
                                         const DesignRequest& request, const ProgressCallback& progress,
                                         const CancellationToken& cancel)
{
    const DesignChecker checker(request.constraints);
    std::vector<DesignResult> results(inserts.size());
    std::vector<std::string> constructs;
    constructs.reserve(inserts.size());
    for (std::size_t index = 0; index < inserts.size(); ++index) {
        DesignResult& result = results[index];
        result.target = request.targets[index];
        // Each design's repair draws from its own seed, so it does not depend on the others.
        std::mt19937_64 random(request.seed * 1000003ULL + index);
        result.insert = repairDesign(inserts[index], checker, random).value_or(inserts[index]);
        const std::vector<Violation> violations = checker.check(result.insert);
        result.satisfiesConstraints = violations.empty();
        result.violations = describeViolations(violations);
        result.gc = gcFraction(result.insert);
        constructs.push_back(request.constraints.leftFlank + result.insert + request.constraints.rightFlank);
    }
    const std::vector<Prediction> predictions = predictor.predict(constructs, progress, cancel);
    for (std::size_t index = 0; index < results.size(); ++index) {
        results[index].predicted = predictions[index].expression;
        results[index].error = std::abs(results[index].predicted - results[index].target);
        results[index].errors = {results[index].error};
    }
    return results;
}

// Marks the designs closer than minDistance to an earlier satisfying one, and fills in each
// satisfying design's distance to its nearest satisfying neighbour.
void enforceDistances(std::vector<Design>& designs, int minDistance)
{
    std::vector<std::size_t> kept;
    for (std::size_t index = 0; index < designs.size(); ++index) {
        DesignResult& result = designs[index].result;
        if (!result.satisfiesConstraints)
            continue;
        for (const std::size_t other : kept) {
            if (hammingDistance(result.insert, designs[other].result.insert) < minDistance) {
                result.satisfiesConstraints = false;
                result.violations = "closer than " + std::to_string(minDistance) + " substitutions to " +
                                    designs[other].name;
                break;
            }
        }
        if (result.satisfiesConstraints)
            kept.push_back(index);
    }
    for (const std::size_t index : kept) {
        int nearest = -1;
        for (const std::size_t other : kept) {
            if (other == index)
                continue;
            const int distance = hammingDistance(designs[index].result.insert, designs[other].result.insert);
            nearest = nearest < 0 ? distance : std::min(nearest, distance);
        }
        designs[index].nearestDistance = nearest;
    }
}

}  // namespace

std::string designMethodName(DesignMethod method)
{
    return methodNames().at(method);
}

DesignMethod designMethodFromName(const std::string& name)
{
    for (const auto& [method, text] : methodNames())
        if (text == name)
            return method;
    throw Error("Unknown design method \"" + name + "\": use diffusion, guided or diffusion+polish.");
}

std::size_t DesignOutcome::satisfyingCount() const
{
    return static_cast<std::size_t>(std::count_if(designs.begin(), designs.end(),
                                                  [](const Design& design) { return design.result.satisfiesConstraints; }));
}

DesignOutcome designPromoters(const GeneratorStep& generator, const Predictor& predictor, const DesignRequest& request,
                              const ProgressCallback& progress, const CancellationToken& cancel)
{
    validateConstraints(request.constraints, request.insertLength);
    const bool diffuses = request.method != DesignMethod::Guided;
    if (diffuses && !generator)
        throw Error("The " + designMethodName(request.method) +
                    " method needs a generator: give one, or design with the guided method.");
    const PhasedProgress phases(progress, request.method == DesignMethod::DiffusionPolish ? 2 : 1);

    std::vector<std::string> starts;
    if (diffuses) {
        DiffusionOptions diffusion = request.diffusion;
        diffusion.insertLength = request.insertLength;
        diffusion.seed = request.seed;
        starts = sampleDesigns(generator, request.targets, diffusion, phases.phase(0), cancel);
    } else {
        std::mt19937_64 random(request.seed);
        for (std::size_t index = 0; index < request.targets.size(); ++index)
            starts.push_back(randomInsert(request.insertLength, random));
    }

    std::vector<DesignResult> results;
    if (request.method == DesignMethod::Diffusion) {
        results = repairAndScore(starts, predictor, request, phases.phase(0), cancel);
    } else {
        GuidedSearchOptions search = request.search;
        search.targets = request.targets;
        search.seed = request.seed;
        results = guidedSearch(predictor, std::move(starts), request.constraints, search,
                               phases.phase(diffuses ? 1 : 0), cancel);
    }

    DesignOutcome outcome;
    outcome.designs.reserve(results.size());
    for (std::size_t index = 0; index < results.size(); ++index)
        outcome.designs.push_back({request.namePrefix + "_" + std::to_string(index + 1), std::move(results[index]), -1});
    enforceDistances(outcome.designs, request.constraints.minDistance);
    return outcome;
}

DesignQuality summarizeDesigns(const std::vector<Design>& designs, double rangeWidth)
{
    DesignQuality quality;
    std::vector<double> targets, predicted;
    std::vector<const std::string*> inserts;
    for (const Design& design : designs) {
        if (!design.result.satisfiesConstraints)
            continue;
        targets.push_back(design.result.target);
        predicted.push_back(design.result.predicted);
        inserts.push_back(&design.result.insert);
    }
    quality.count = targets.size();
    if (targets.empty())
        return quality;
    quality.pearson = pearsonCorrelation(targets, predicted);
    quality.spearman = spearmanCorrelation(targets, predicted);
    quality.meanAbsoluteError = meanAbsoluteError(predicted, targets);
    double distances = 0;
    std::size_t pairs = 0;
    for (std::size_t a = 0; a < inserts.size(); ++a)
        for (std::size_t b = a + 1; b < inserts.size(); ++b, ++pairs)
            distances += hammingDistance(*inserts[a], *inserts[b]);
    quality.meanPairwiseDistance = pairs > 0 ? distances / static_cast<double>(pairs) : 0;

    const double width = rangeWidth > 0 ? rangeWidth : 1;
    std::map<long, DesignQuality::RangeError> ranges;
    for (std::size_t index = 0; index < targets.size(); ++index) {
        const long bucket = static_cast<long>(std::floor(targets[index] / width));
        DesignQuality::RangeError& range = ranges[bucket];
        range.from = static_cast<double>(bucket) * width;
        range.to = range.from + width;
        ++range.count;
        range.meanAbsoluteError += std::abs(predicted[index] - targets[index]);
    }
    for (auto& [bucket, range] : ranges) {
        range.meanAbsoluteError /= static_cast<double>(range.count);
        quality.byTarget.push_back(range);
    }
    return quality;
}

void writeDesignTable(CsvWriter& writer, const std::vector<Design>& designs, const DesignConstraints& constraints)
{
    writer.field("name").field("sequence").field("insert").field("target").field("predicted").field("error")
        .field("gc").field("nearest_distance").endRow();
    for (const Design& design : designs) {
        if (!design.result.satisfiesConstraints)
            continue;
        writer.field(design.name)
            .field(constraints.leftFlank + design.result.insert + constraints.rightFlank)
            .field(design.result.insert)
            .field(design.result.target)
            .field(design.result.predicted)
            .field(design.result.error)
            .field(design.result.gc)
            .field(design.nearestDistance)
            .endRow();
    }
}

void writeDesignFasta(const std::string& path, const std::vector<Design>& designs,
                      const DesignConstraints& constraints, bool withFlanks)
{
    std::ofstream out(path);
    for (const Design& design : designs) {
        if (!design.result.satisfiesConstraints)
            continue;
        out << '>' << design.name << " target=" << design.result.target << " predicted=" << design.result.predicted
            << '\n'
            << (withFlanks ? constraints.leftFlank + design.result.insert + constraints.rightFlank
                           : design.result.insert)
            << '\n';
    }
    out.close();
    if (!out)
        throw Error(path + ": cannot be written (is the disk full, or the folder missing?)");
}

}  // namespace promoterlab
