// SPDX-License-Identifier: GPL-3.0-or-later
// The interface's colour schemes: the system's own, or a light or dark palette of PromoterLab's
// on the Fusion style, applied to the running application at once.
#pragma once

#include <QPalette>
#include <QString>

namespace promoterlab::widgets {

enum class ColourScheme { System, Light, Dark };

// The word stored in the settings for a scheme, and back (System for an unknown word).
QString colourSchemeKey(ColourScheme scheme);
ColourScheme colourSchemeFromKey(const QString& key);

// Readable palettes, disabled colours, links, tooltips and highlighted text included.
QPalette lightPalette();
QPalette darkPalette();

// Gives the application the scheme's style and palette; System brings back the platform's.
void applyColourScheme(ColourScheme scheme);

}  // namespace promoterlab::widgets
