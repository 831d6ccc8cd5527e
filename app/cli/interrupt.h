// SPDX-License-Identifier: GPL-3.0-or-later
// Ctrl-C (or a scheduler's SIGTERM) as a cancellation of the running job, so that it stops cleanly.
#pragma once

#include "promoterlab/job.h"

namespace promoterlab::cli {

// The token SIGINT and SIGTERM cancel once cancelOnInterrupt() has been called.
CancellationToken& interruptToken();
void cancelOnInterrupt();

}  // namespace promoterlab::cli
