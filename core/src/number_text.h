// SPDX-License-Identifier: GPL-3.0-or-later
// Locale-independent conversion between numbers and their text in data files.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace promoterlab {

// Parses a whole field as a finite decimal number ("12", "-1.5", "+3e-2", " 4.0 ").
// Surrounding blanks are ignored; anything else left over, "inf" and "nan" give nullopt.
// std::from_chars rather than strtod: the GUI sets the user's locale, under which strtod
// would read "1.5" as 1 in a German desktop session.
std::optional<double> parseDecimal(std::string_view text);

// Whether a field means "not measured": empty or blank, NA, N/A or NaN (any case).
bool isMissingValue(std::string_view text);

// Parses a whole field as an integer that fits in int (surrounding blanks ignored).
std::optional<int> parseInteger(std::string_view text);

// Appends the shortest text that reads back as exactly the same value (std::to_chars);
// the float overload gives "0.1" for 0.1f where printing it as a double would give
// "0.10000000149011612". Non-finite values are written "NaN", "Inf" and "-Inf", which
// R and pandas both read back.
void appendShortest(std::string& out, double value);
void appendShortest(std::string& out, float value);

}  // namespace promoterlab
