// SPDX-License-Identifier: GPL-3.0-or-later
// A modeless dialog listing the records an import left out (file, line, reason), to copy or save as TSV.
#pragma once

#include <QDialog>
#include <QString>
#include <QVector>

class QLabel;
class QTableWidget;

namespace promoterlab::widgets {

// One record an import left out, in words for the user.
struct LeftOutRecord {
    QString file;      // the path or the name given to pasted text
    qint64 line = 0;   // 1-based; 0 when the problem is not tied to a line
    QString reason;
};

class RejectedRecordsDialog : public QDialog {
    Q_OBJECT

public:
    explicit RejectedRecordsDialog(QWidget* parent = nullptr);

    // source names the file (or pasted text) in the summary; recordCount counts all its records,
    // those left out included; leftOutCount counts those left out, of which listed are the first
    // ones (readers keep the reasons of a bounded number). The table shows file names, with the
    // full path as tooltip; Copy and Save write full paths.
    void setRecords(const QString& source, qint64 recordCount, qint64 leftOutCount,
                    const QVector<LeftOutRecord>& listed);

    QString summaryText() const;
    // Empty when every left-out record is listed.
    QString notListedText() const;
    // The listed records as tab-separated text with a header row (what Copy puts on the clipboard).
    QString tableText() const;
    // Writes tableText() to path as UTF-8; on failure returns false and says why in *error.
    bool saveTo(const QString& path, QString* error = nullptr) const;

public Q_SLOTS:
    void copyAll() const;
    // Copies the selected rows as tableText() does (header included); Ctrl+C in the table.
    void copySelection() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void saveWithDialog();
    QString rowsText(const QVector<int>& rows) const;

    QLabel* m_summary;
    QTableWidget* m_table;
    QLabel* m_notListed;
    QString m_source;
    QVector<LeftOutRecord> m_listed;
};

}  // namespace promoterlab::widgets
