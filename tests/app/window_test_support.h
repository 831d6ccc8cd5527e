// SPDX-License-Identifier: GPL-3.0-or-later
// What the tests of the main window share: settings of their own, the example promoters, and
// waiting for imports and predictions to end.
#pragma once

#include "app_settings.h"
#include "main_window.h"
#include "sequence_table_model.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace promoterlab::test {

// Settings in a folder of their own, so that tests neither read nor change the user's.
struct TemporarySettings {
    QTemporaryDir folder;
    promoterlab::widgets::AppSettings settings{folder.filePath("promoterlab.ini")};
};

inline const char* const kExamples = PROMOTERLAB_RESOURCES_DIR "/examples/yeast_native_promoters.csv";

// Reads a file into the window and waits until the import has ended.
inline void importAndWait(promoterlab::widgets::MainWindow& window, const QString& path)
{
    QSignalSpy ended(&window, &promoterlab::widgets::MainWindow::importEnded);
    window.importFile(path);
    REQUIRE(ended.wait(60000));
}

inline void pasteAndWait(promoterlab::widgets::MainWindow& window, const QString& text)
{
    QSignalSpy ended(&window, &promoterlab::widgets::MainWindow::importEnded);
    window.pasteText(text);
    REQUIRE(ended.wait(60000));
}

// Waits until the list holds rows sequences, each predicted or marked as not predictable.
inline bool waitForPredictions(const promoterlab::widgets::MainWindow& window, int rows)
{
    return QTest::qWaitFor([&] {
        const promoterlab::widgets::SequenceTableModel& sequences = *window.sequences();
        if (sequences.rowCount() != rows)
            return false;
        for (int row = 0; row < rows; ++row)
            if (!sequences.entry(row).predicted && sequences.entry(row).problem.isEmpty())
                return false;
        return true;
    }, 60000);
}

// Answers the next message box the code under test opens (they are modal: a test would wait
// forever), and returns where its text will be found once it has been closed.
inline std::shared_ptr<QString> closeNextMessageBox()
{
    auto text = std::make_shared<QString>();
    QTimer::singleShot(0, [text] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            *text = box->text() + "\n" + box->informativeText();
            box->accept();
        }
    });
    return text;
}

}  // namespace promoterlab::test
