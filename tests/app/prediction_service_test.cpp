// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of background loading and prediction: answers arrive on the caller's thread, in order,
// equal to a direct prediction, and failures come back as messages.
#include "prediction_service.h"
#include "promoterlab/bundled_data.h"
#include "promoterlab/model.h"
#include "promoterlab/sequence_reader.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>

#include <fstream>

using promoterlab::Prediction;
using promoterlab::widgets::PredictionService;

namespace {

std::vector<std::string> examplePromoters()
{
    promoterlab::SequenceReader reader(PROMOTERLAB_RESOURCES_DIR "/examples/yeast_native_promoters.csv");
    std::vector<std::string> sequences;
    promoterlab::SequenceRecord record;
    while (reader.next(record))
        sequences.push_back(record.bases);
    return sequences;
}

}  // namespace

TEST_CASE("The shipped model loads in the background and predicts like a direct prediction")
{
    PredictionService service;
    QSignalSpy loaded(&service, &PredictionService::modelLoaded);
    service.loadModel("default");
    REQUIRE(loaded.wait(30000));
    CHECK(loaded.front().at(0).toString() == "PromoterLab default (compact LegNet, Native80)");
    CHECK(loaded.front().at(1).toString() == "cpu");
    REQUIRE(service.hasModel());

    const auto sequences = examplePromoters();
    std::vector<Prediction> answer;
    std::uint64_t answered = 0;
    Qt::HANDLE answeringThread = nullptr;
    QObject::connect(&service, &PredictionService::predicted,
                     [&](std::uint64_t request, const std::vector<Prediction>& predictions) {
                         answered = request;
                         answer = predictions;
                         answeringThread = QThread::currentThreadId();
                     });
    QSignalSpy predicted(&service, &PredictionService::predicted);
    const auto first = service.predict({sequences.begin(), sequences.begin() + 4});
    const auto second = service.predict(sequences);
    CHECK(second > first);
    REQUIRE(predicted.wait(30000));
    if (predicted.count() < 2)
        REQUIRE(predicted.wait(30000));
    CHECK(answered == second);
    CHECK(answeringThread == QThread::currentThreadId());

    const auto direct = promoterlab::Predictor(promoterlab::Model::load(promoterlab::bundledModelPath("default")))
                            .predict(sequences);
    REQUIRE(answer.size() == direct.size());
    for (std::size_t i = 0; i < direct.size(); ++i)
        CHECK(answer[i].expression == Approx(direct[i].expression).margin(1e-6));
}

TEST_CASE("Failures come back as messages that name the problem")
{
    PredictionService service;
    QSignalSpy failedPrediction(&service, &PredictionService::predictionFailed);
    service.predict({"ACGT"});
    REQUIRE(failedPrediction.wait(5000));
    CHECK(failedPrediction.front().at(1).toString().contains("No model"));
    CHECK(service.rejectionReason("ACGT").contains("No model"));

    QTemporaryDir folder;
    const QString corrupt = folder.filePath("corrupt.plm");
    std::ofstream(corrupt.toStdString()) << "PK\x03\x04 this is not a model";
    QSignalSpy failedLoad(&service, &PredictionService::modelFailed);
    service.loadModel(corrupt);
    REQUIRE(failedLoad.wait(30000));
    CHECK(failedLoad.front().at(0).toString().contains("corrupt.plm"));
    CHECK_FALSE(service.hasModel());

    QSignalSpy loaded(&service, &PredictionService::modelLoaded);
    service.loadModel("default");
    REQUIRE(loaded.wait(30000));
    CHECK(service.rejectionReason(std::string(200, 'A')).contains("200"));
    CHECK(service.rejectionReason(examplePromoters().front()).isEmpty());
}

TEST_CASE("A long prediction reports progress and stops when cancelled; later requests still run")
{
    PredictionService service;
    QSignalSpy loaded(&service, &PredictionService::modelLoaded);
    service.loadModel("default");
    REQUIRE(loaded.wait(60000));
    QSignalSpy progress(&service, &PredictionService::progress);
    QSignalSpy cancelled(&service, &PredictionService::cancelled);
    QSignalSpy predicted(&service, &PredictionService::predicted);
    const std::string promoter =
        "TGCATTTTTTTCACATCCACTTCTTTGGAAAAAAAAACCTTCAATTTCGCACCAAGGTGTTTAAATTGTTCTCAGTAATTGCAAATCAAAACGAATGGGTTACGGCTGTT";
    const std::uint64_t large = service.predict(std::vector<std::string>(200000, promoter));
    REQUIRE(progress.wait(60000));
    CHECK(progress.at(0).at(0).value<std::uint64_t>() == large);
    CHECK(progress.at(0).at(2).toLongLong() == 200000);
    CHECK(progress.at(0).at(1).toLongLong() < 200000);
    service.cancelAll();
    REQUIRE(cancelled.wait(60000));
    CHECK(cancelled.at(0).at(0).value<std::uint64_t>() == large);
    CHECK(predicted.isEmpty());

    const std::uint64_t small = service.predict({promoter});
    REQUIRE(predicted.wait(60000));
    CHECK(predicted.at(0).at(0).value<std::uint64_t>() == small);
}
