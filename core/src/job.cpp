// SPDX-License-Identifier: GPL-3.0-or-later
// Cancellation token behaviour.
#include "promoterlab/job.h"

#include "promoterlab/errors.h"

namespace promoterlab {

void CancellationToken::throwIfCancelled() const
{
    if (isCancelled())
        throw Cancelled();
}

}  // namespace promoterlab
