// SPDX-License-Identifier: GPL-3.0-or-later
#include "table_export.h"

#include "promoterlab/sequence_writer.h"
#include "sequence_table_model.h"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace promoterlab::widgets {

namespace {

char delimiterFor(const std::string& path)
{
    std::string suffix = path.substr(path.find_last_of('.') + 1);
    std::transform(suffix.begin(), suffix.end(), suffix.begin(), [](unsigned char c) { return std::tolower(c); });
    return suffix == "tsv" || suffix == "txt" ? '\t' : ',';
}

// The shortest text that reads back as the same value, as the CSV writer does it.
std::string formatNumber(double value)
{
    char buffer[32];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    return std::string(buffer, end);
}

}  // namespace

void exportSequenceTable(const SequenceTableModel& table, const std::string& path,
                         const std::vector<std::string>& outputNames)
{
    const std::size_t outputs = outputNames.size();
    CsvWriter writer(path, delimiterFor(path));
    std::vector<std::string> header{"name", "sequence", "measured", "predicted", "status"};
    header.insert(header.end(), outputNames.begin(), outputNames.end());
    writer.writeRow(header);
    for (int row = 0; row < table.rowCount(); ++row) {
        const SequenceEntry& entry = table.entry(row);
        writer.field(entry.name.toStdString()).field(entry.bases).field(entry.measured).field(entry.predicted);
        writer.field(table.index(row, SequenceTableModel::StatusColumn).data().toString().toStdString());
        for (std::size_t i = 0; i < outputs; ++i) {
            if (i < entry.outputs.size())
                writer.field(entry.outputs[i]);
            else
                writer.emptyField();
        }
        writer.endRow();
    }
    writer.close();
}

void exportSequenceFasta(const SequenceTableModel& table, const std::string& path)
{
    FastaWriter writer(path);
    for (int row = 0; row < table.rowCount(); ++row) {
        const SequenceEntry& entry = table.entry(row);
        std::string description;
        if (entry.predicted)
            description += "predicted=" + formatNumber(*entry.predicted);
        if (entry.measured)
            description += (description.empty() ? "measured=" : " measured=") + formatNumber(*entry.measured);
        writer.write(entry.name.toStdString(), entry.bases, description);
    }
    writer.close();
}

}  // namespace promoterlab::widgets
