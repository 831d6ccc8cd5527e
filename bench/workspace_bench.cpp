// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop workspace with a large file: how long the window takes to read N sequences into
// its list and project (and how long the GUI thread ever stalls meanwhile), then to predict them
// all with the shipped model, beside the same work done directly with the core in one run.
//
//     workspace_bench [ROWS]        (default 100,000; offscreen, no display needed)
#include "app_settings.h"
#include "bench_support.h"
#include "main_window.h"
#include "prediction_service.h"
#include "promoterlab/bundled_data.h"
#include "promoterlab/model.h"
#include "promoterlab/predictor.h"
#include "promoterlab/sequence_reader.h"
#include "sequence_table_model.h"

#include <QApplication>
#include <QSignalSpy>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

using namespace promoterlab;

namespace {

// Records the longest gap between ticks of a 10 ms timer: how long the window did not answer.
class StallMeter : public QObject {
public:
    StallMeter()
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            m_longest = std::max(m_longest, m_sinceTick.restart());
        });
    }
    void start()
    {
        m_longest = 0;
        m_sinceTick.start();
        m_timer.start();
    }
    qint64 stop()
    {
        m_timer.stop();
        return m_longest;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_longest = 0;
};

bool allPredicted(const widgets::SequenceTableModel& sequences, int rows)
{
    if (sequences.rowCount() != rows)
        return false;
    for (int row = 0; row < rows; ++row)
        if (!sequences.entry(row).predicted && sequences.entry(row).problem.isEmpty())
            return false;
    return true;
}

}  // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    const long rows = argc > 1 ? std::atol(argv[1]) : 100000;
    QTemporaryDir folder;
    const std::string file = folder.filePath("library.tsv").toStdString();
    bench::writeDreamFile(file, rows, false);

    // Reference: the core alone reads and predicts the same rows. On a thread of its own, like
    // the window's worker: OpenMP keeps a team of threads per calling thread, and a team left
    // idle on the main thread would make the others wait on the kernel instead of spinning.
    double coreRead = 0;
    double corePredict = 0;
    std::vector<std::string> bases;
    std::string device;
    std::thread([&] {
        const auto model = Model::load(bundledModelPath("default"));
        device = model->device();
        auto begin = std::chrono::steady_clock::now();
        for (const SequenceRecord& record : readAllSequences(file))
            bases.push_back(record.bases);
        coreRead = bench::secondsSince(begin);
        begin = std::chrono::steady_clock::now();
        Predictor(model).predict(bases);
        corePredict = bench::secondsSince(begin);
    }).join();
    auto start = std::chrono::steady_clock::now();

    // The window's prediction worker alone, without the list and the project.
    double servicePredict = 0;
    {
        widgets::PredictionService service;
        QSignalSpy loaded(&service, &widgets::PredictionService::modelLoaded);
        service.loadModel(QStringLiteral("default"));
        loaded.wait(60000);
        QSignalSpy predicted(&service, &widgets::PredictionService::predicted);
        start = std::chrono::steady_clock::now();
        service.predict(bases);
        predicted.wait(3600000);
        servicePredict = bench::secondsSince(start);
    }

    widgets::AppSettings settings(folder.filePath("promoterlab.ini"));
    widgets::MainWindow window(settings);
    window.resize(1280, 760);
    window.show();
    window.openOrCreateProject(folder.filePath("bench.plproj"));
    QSignalSpy activated(&window, &widgets::MainWindow::modelActivated);
    window.loadModel(QStringLiteral("default"));
    activated.wait(60000);

    StallMeter stalls;
    stalls.start();
    start = std::chrono::steady_clock::now();
    QSignalSpy imported(&window, &widgets::MainWindow::importEnded);
    window.importFile(QString::fromStdString(file));
    imported.wait(600000);
    const double windowRead = bench::secondsSince(start);
    const qint64 readStall = stalls.stop();
    stalls.start();
    if (!QTest::qWaitFor([&] { return allPredicted(*window.sequences(), static_cast<int>(rows)); }, 3600000)) {
        std::fprintf(stderr, "the window did not predict every sequence within an hour\n");
        return 1;
    }
    const double windowPredict = bench::secondsSince(start);
    const qint64 predictStall = stalls.stop();

    // An edit of one base, as the editor makes it, until the list and plot hold its prediction
    // (the debounce delay included): the median of 20 edits.
    std::vector<double> editLatencies;
    widgets::SequenceTableModel& sequences = *window.sequences();
    QSignalSpy updated(&window, &widgets::MainWindow::predictionsUpdated);
    for (int edit = 0; edit < 20; ++edit) {
        std::string bases = sequences.entry(edit).bases;
        bases[55] = bases[55] == 'A' ? 'C' : 'A';
        start = std::chrono::steady_clock::now();
        sequences.setBases(edit, bases);
        updated.wait(60000);
        editLatencies.push_back(bench::secondsSince(start) * 1000);
    }
    std::nth_element(editLatencies.begin(), editLatencies.begin() + 10, editLatencies.end());

    std::printf("%ld sequences of 110 nt, default model, %s\n", rows, device.c_str());
    std::printf("%-34s %12s %14s %10s\n", "", "core alone", "worker alone", "window");
    std::printf("%-34s %12.0f %14s %10.0f\n", "read (sequences/s)", rows / coreRead, "-", rows / windowRead);
    std::printf("%-34s %12.0f %14.0f %10s\n", "predict (sequences/s)", rows / corePredict, rows / servicePredict, "-");
    std::printf("%-34s %12.0f %14s %10.0f\n", "read + predict (sequences/s)", rows / (coreRead + corePredict), "-",
                rows / windowPredict);
    std::printf("%-34s %12s %14s %10lld\n", "longest GUI stall reading (ms)", "-", "-", static_cast<long long>(readStall));
    std::printf("%-34s %12s %14s %10lld\n", "longest GUI stall predicting (ms)", "-", "-",
                static_cast<long long>(predictStall));
    std::printf("%-34s %12s %14s %10.0f\n", "edit to new prediction (ms)", "-", "-", editLatencies[10]);
    std::printf("peak memory of the whole run: %.0f MB\n", bench::peakRssMegabytes());
    return 0;
}
