// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the dialog listing the records an import left out: summary, table, copy and save.
#include "rejected_records_dialog.h"
#include "temporary_directory.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using promoterlab::widgets::LeftOutRecord;
using promoterlab::widgets::RejectedRecordsDialog;

namespace {

const QVector<LeftOutRecord> kListed = {
    {"/data/reads.fa", 5, "'bad': 'X' at position 12 is not a nucleotide (allowed: A, C, G, T and IUPAC codes)"},
    {"/data/reads.fa", 9, "'rna': 'U' at position 4 is RNA (uracil): convert U to T"},
    {"/data/reads.fa", 0, "'empty': the header has no sequence under it"},
};

QPushButton* buttonNamed(const QDialog& dialog, const QString& text)
{
    for (auto* button : dialog.findChildren<QPushButton*>())
        if (button->text() == text)
            return button;
    return nullptr;
}

// Sets a locale with group separators for the test's lifetime and restores the former one.
struct EnglishLocale {
    EnglishLocale() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    ~EnglishLocale() { QLocale::setDefault(m_former); }
    QLocale m_former;
};

}  // namespace

TEST_CASE("The dialog sums up how many records of which file were left out and lists them")
{
    const EnglishLocale locale;
    RejectedRecordsDialog dialog;
    dialog.setRecords("/data/reads.fa", 1204, 3, kListed);
    CHECK(dialog.windowTitle() == "Records left out");
    CHECK_FALSE(dialog.isModal());
    CHECK(dialog.summaryText() == "3 of 1,204 records in reads.fa were left out.");
    CHECK(dialog.notListedText().isEmpty());

    auto* table = dialog.findChild<QTableWidget*>();
    REQUIRE(table != nullptr);
    REQUIRE(table->rowCount() == 3);
    REQUIRE(table->columnCount() == 3);
    CHECK(table->horizontalHeaderItem(0)->text() == "File");
    CHECK(table->horizontalHeaderItem(1)->text() == "Line");
    CHECK(table->horizontalHeaderItem(2)->text() == "Reason");
    CHECK(table->item(0, 0)->text() == "reads.fa");
    CHECK(table->item(0, 0)->toolTip() == "/data/reads.fa");
    CHECK(table->item(1, 1)->text() == "9");
    CHECK(table->item(2, 1)->text().isEmpty());  // not tied to a line
    CHECK(table->item(1, 2)->text() == kListed[1].reason);
    CHECK(table->editTriggers() == QAbstractItemView::NoEditTriggers);

    dialog.resize(760, 300);
    dialog.show();
    // For a person to look at: PROMOTERLAB_SCREENSHOT_DIR=folder keeps what the test drew.
    if (const QString folder = qEnvironmentVariable("PROMOTERLAB_SCREENSHOT_DIR"); !folder.isEmpty())
        CHECK(dialog.grab().save(folder + "/rejected_records_dialog.png"));
}

TEST_CASE("The dialog says how many left-out records are not listed")
{
    const EnglishLocale locale;
    RejectedRecordsDialog dialog;
    dialog.setRecords("pasted text", 20000, 12348, kListed);
    CHECK(dialog.summaryText() == "12,348 of 20,000 records in pasted text were left out.");
    CHECK(dialog.notListedText() == "… and 12,345 more not listed.");
    CHECK(dialog.findChild<QTableWidget*>()->rowCount() == 3);

    dialog.resize(760, 300);
    dialog.show();
    if (const QString folder = qEnvironmentVariable("PROMOTERLAB_SCREENSHOT_DIR"); !folder.isEmpty())
        CHECK(dialog.grab().save(folder + "/rejected_records_dialog_not_listed.png"));
}

TEST_CASE("Copy puts every listed record on the clipboard as TSV with a header")
{
    RejectedRecordsDialog dialog;
    dialog.setRecords("/data/reads.fa", 10, 3, kListed);
    const QString expected = "File\tLine\tReason\n"
                             "/data/reads.fa\t5\t'bad': 'X' at position 12 is not a nucleotide (allowed: A, C, G, T "
                             "and IUPAC codes)\n"
                             "/data/reads.fa\t9\t'rna': 'U' at position 4 is RNA (uracil): convert U to T\n"
                             "/data/reads.fa\t\t'empty': the header has no sequence under it\n";
    QApplication::clipboard()->clear();
    QPushButton* copy = buttonNamed(dialog, "&Copy");
    REQUIRE(copy != nullptr);
    QTest::mouseClick(copy, Qt::LeftButton);
    CHECK(QApplication::clipboard()->text() == expected);
    CHECK(dialog.tableText() == expected);
}

TEST_CASE("Ctrl+C in the table copies the selected rows with the header, in file order")
{
    RejectedRecordsDialog dialog;
    dialog.setRecords("/data/reads.fa", 10, 3, kListed);
    auto* table = dialog.findChild<QTableWidget*>();
    table->selectionModel()->select(table->model()->index(2, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->select(table->model()->index(0, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QApplication::clipboard()->clear();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    CHECK(QApplication::clipboard()->text()
          == "File\tLine\tReason\n"
             "/data/reads.fa\t5\t'bad': 'X' at position 12 is not a nucleotide (allowed: A, C, G, T and IUPAC "
             "codes)\n"
             "/data/reads.fa\t\t'empty': the header has no sequence under it\n");
}

TEST_CASE("Tabs and line breaks inside a field do not split the TSV")
{
    RejectedRecordsDialog dialog;
    dialog.setRecords("odd\tname.fa", 2, 1, {{"odd\tname.fa", 2, "first\nsecond"}});
    CHECK(dialog.tableText() == "File\tLine\tReason\nodd name.fa\t2\tfirst second\n");
}

TEST_CASE("Save writes the table as a UTF-8 TSV and says why when it cannot")
{
    promoterlab::test::TemporaryDirectory folder;
    RejectedRecordsDialog dialog;
    dialog.setRecords("/data/reads.fa", 10, 3, kListed);
    const QString path = QString::fromStdString(folder.file("left-out.tsv"));
    REQUIRE(dialog.saveTo(path));
    CHECK(QString::fromStdString(promoterlab::test::readFileBytes(path.toStdString())) == dialog.tableText());

    QString error;
    const QString unwritable = QString::fromStdString(folder.file("missing-folder/left-out.tsv"));
    CHECK_FALSE(dialog.saveTo(unwritable, &error));
    CHECK(error.startsWith(unwritable + " could not be written: "));
}

TEST_CASE("Close hides the dialog")
{
    RejectedRecordsDialog dialog;
    dialog.setRecords("/data/reads.fa", 10, 3, kListed);
    dialog.show();
    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Close), Qt::LeftButton);
    CHECK_FALSE(dialog.isVisible());
}
