// SPDX-License-Identifier: GPL-3.0-or-later
// The colours of the four bases, shared by every view that draws nucleotides so they agree.
#pragma once

#include <QChar>
#include <QColor>

namespace promoterlab::widgets {

// The usual colours of sequence viewers; ambiguity codes take `other` (the text colour).
inline QColor baseColour(QChar base, const QColor& other)
{
    switch (base.toUpper().unicode()) {
    case 'A': return {0, 150, 50};
    case 'C': return {30, 90, 210};
    case 'G': return {225, 120, 0};
    case 'T': return {210, 30, 40};
    default: return other;
    }
}

}  // namespace promoterlab::widgets
