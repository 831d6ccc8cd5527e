// SPDX-License-Identifier: GPL-3.0-or-later
// Throttled progress output for promoterlab-cli.
#include "progress_reporter.h"

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace promoterlab::cli {

namespace {
double secondsBetween(std::chrono::steady_clock::time_point from, std::chrono::steady_clock::time_point to)
{
    return std::chrono::duration<double>(to - from).count();
}

// Slow units (training steps) keep a decimal so that their rate does not read as zero.
std::string rateText(double perSecond)
{
    char text[32];
    std::snprintf(text, sizeof text, perSecond < 10 ? "%.2f/s" : "%.0f/s", perSecond);
    return text;
}
}  // namespace

ProgressReporter::ProgressReporter(std::string what)
    : m_what(std::move(what))
    , m_terminal(isatty(fileno(stderr)) != 0)
    , m_start(std::chrono::steady_clock::now())
    , m_lastPrint(m_start)
{
}

void ProgressReporter::update(std::uint64_t done, double fraction)
{
    const auto now = std::chrono::steady_clock::now();
    // A terminal line is redrawn often; a log file gets a line every ten seconds at most.
    const double interval = m_terminal ? 0.25 : 10.0;
    if (secondsBetween(m_lastPrint, now) < interval)
        return;
    m_lastPrint = now;
    const double rate = done / std::max(1e-9, secondsBetween(m_start, now));
    if (fraction >= 0)
        std::fprintf(stderr, "%s%s: %llu (%.0f%%, %s)%s", m_terminal ? "\r" : "", m_what.c_str(),
                     static_cast<unsigned long long>(done), 100 * fraction, rateText(rate).c_str(),
                     m_terminal ? "   " : "\n");
    else
        std::fprintf(stderr, "%s%s: %llu (%s)%s", m_terminal ? "\r" : "", m_what.c_str(),
                     static_cast<unsigned long long>(done), rateText(rate).c_str(), m_terminal ? "   " : "\n");
    std::fflush(stderr);
}

void ProgressReporter::finish(std::uint64_t done)
{
    const double seconds = secondsBetween(m_start, std::chrono::steady_clock::now());
    std::fprintf(stderr, "%s%s: %llu in %.1f s (%s)\n", m_terminal ? "\r" : "", m_what.c_str(),
                 static_cast<unsigned long long>(done), seconds, rateText(done / std::max(1e-9, seconds)).c_str());
}

}  // namespace promoterlab::cli
