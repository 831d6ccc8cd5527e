// SPDX-License-Identifier: GPL-3.0-or-later
// Ctrl-C (or a scheduler's SIGTERM) as a cancellation of the running job, so that it stops cleanly.
#include "interrupt.h"

#include <csignal>

namespace promoterlab::cli {

namespace {

void cancelOnSignal(int)
{
    interruptToken().cancel();
}

}  // namespace

CancellationToken& interruptToken()
{
    static CancellationToken token;
    return token;
}

void cancelOnInterrupt()
{
    std::signal(SIGINT, cancelOnSignal);
    std::signal(SIGTERM, cancelOnSignal);
}

}  // namespace promoterlab::cli
