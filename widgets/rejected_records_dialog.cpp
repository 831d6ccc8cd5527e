// SPDX-License-Identifier: GPL-3.0-or-later
#include "rejected_records_dialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace promoterlab::widgets {

namespace {

enum Column { FileColumn, LineColumn, ReasonColumn, ColumnCount };

// A tab or a line break inside a field would split it in the TSV.
QString tsvField(QString text)
{
    for (QChar& c : text)
        if (c == u'\t' || c == u'\n' || c == u'\r')
            c = u' ';
    return text;
}

QString lineText(qint64 line)
{
    return line > 0 ? QString::number(line) : QString();
}

}  // namespace

RejectedRecordsDialog::RejectedRecordsDialog(QWidget* parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_notListed(new QLabel(this))
{
    setWindowTitle(tr("Records left out"));
    setModal(false);

    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setHorizontalHeaderLabels({tr("File"), tr("Line"), tr("Reason")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // File and line stay as narrow as their contents; the reason takes the rest and elides.
    m_table->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(LineColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    m_table->horizontalHeaderItem(LineColumn)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->installEventFilter(this);

    m_notListed->setVisible(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setToolTip(tr("Copy every listed record as tab-separated text"));
    QPushButton* save = buttons->addButton(tr("&Save…"), QDialogButtonBox::ActionRole);
    save->setToolTip(tr("Save the listed records as a TSV file"));
    connect(copy, &QPushButton::clicked, this, &RejectedRecordsDialog::copyAll);
    connect(save, &QPushButton::clicked, this, &RejectedRecordsDialog::saveWithDialog);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Return closes; the keyboard starts in the table, where Ctrl+C copies rows.
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    m_table->setFocus();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_notListed);
    layout->addWidget(buttons);
    resize(760, 420);
}

void RejectedRecordsDialog::setRecords(const QString& source, qint64 recordCount, qint64 leftOutCount,
                                       const QVector<LeftOutRecord>& listed)
{
    m_source = source;
    m_listed = listed;
    const QString fileName = QFileInfo(source).fileName();
    const QString sourceName = fileName.isEmpty() ? source : fileName;
    m_summary->setText(
        tr("%L1 of %L2 records in %3 were left out.").arg(leftOutCount).arg(recordCount).arg(sourceName));
    m_summary->setToolTip(source);

    m_table->setRowCount(static_cast<int>(listed.size()));
    for (int row = 0; row < listed.size(); ++row) {
        const LeftOutRecord& record = listed[row];
        auto* file = new QTableWidgetItem(QFileInfo(record.file).fileName());
        file->setToolTip(record.file);
        auto* line = new QTableWidgetItem(lineText(record.line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        // The reason is often wider than the column; the tooltip shows it whole.
        auto* reason = new QTableWidgetItem(record.reason);
        reason->setToolTip(record.reason);
        m_table->setItem(row, FileColumn, file);
        m_table->setItem(row, LineColumn, line);
        m_table->setItem(row, ReasonColumn, reason);
    }

    const qint64 notListed = leftOutCount - listed.size();
    m_notListed->setText(notListed > 0 ? tr("… and %L1 more not listed.").arg(notListed) : QString());
    m_notListed->setVisible(notListed > 0);
}

QString RejectedRecordsDialog::summaryText() const
{
    return m_summary->text();
}

QString RejectedRecordsDialog::notListedText() const
{
    return m_notListed->text();
}

QString RejectedRecordsDialog::tableText() const
{
    QVector<int> rows(m_listed.size());
    std::iota(rows.begin(), rows.end(), 0);
    return rowsText(rows);
}

QString RejectedRecordsDialog::rowsText(const QVector<int>& rows) const
{
    QString text = tr("File") + u'\t' + tr("Line") + u'\t' + tr("Reason") + u'\n';
    for (const int row : rows) {
        const LeftOutRecord& record = m_listed[row];
        text += tsvField(record.file) + u'\t' + lineText(record.line) + u'\t' + tsvField(record.reason) + u'\n';
    }
    return text;
}

bool RejectedRecordsDialog::saveTo(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(tableText().toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = tr("%1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void RejectedRecordsDialog::copyAll() const
{
    QApplication::clipboard()->setText(tableText());
}

void RejectedRecordsDialog::copySelection() const
{
    QVector<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows.push_back(index.row());
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    QApplication::clipboard()->setText(rowsText(rows));
}

bool RejectedRecordsDialog::eventFilter(QObject* watched, QEvent* event)
{
    // The table's own Ctrl+C copies a single cell; whole rows with the header paste better.
    if (watched == m_table && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->matches(QKeySequence::Copy)) {
        copySelection();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void RejectedRecordsDialog::saveWithDialog()
{
    const QFileInfo source(m_source);
    const QString suggested = source.completeBaseName().isEmpty()
                                  ? tr("left-out.tsv")
                                  : tr("%1-left-out.tsv").arg(source.completeBaseName());
    QString path = QFileDialog::getSaveFileName(this, tr("Save the records left out"), suggested,
                                                tr("Tab-separated values (*.tsv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".tsv");
    QString error;
    if (!saveTo(path, &error))
        QMessageBox::warning(this, tr("The list could not be saved"), error);
}

}  // namespace promoterlab::widgets
