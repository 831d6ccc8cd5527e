// SPDX-License-Identifier: GPL-3.0-or-later
// One look for every QCustomPlot: background, axes, ticks, labels, grid, legend and titles
// coloured from a palette, kept in step with the interface's colour scheme; and the white
// look of exported figures.
#pragma once

#include <QColor>
#include <QPalette>

#include <functional>

class QCustomPlot;

namespace promoterlab::widgets {

// Whether a palette is dark. Qt 6.4 cannot ask the platform for its colour scheme, so the
// window colour's lightness decides.
bool isDarkPalette(const QPalette& palette);

// The palette of figures for papers: white background, dark text, whatever the screen shows.
QPalette paperPalette();

// A series colour picked for a white background, lightened on a dark one so that it stands out.
QColor seriesColour(const QColor& onLight, const QPalette& palette);

// Colours the plot with the palette and keeps doing so whenever its palette or style changes.
// styleItems colours what only the owner knows (series, guide lines, messages) after the
// common parts; it receives the palette to use.
void keepPlotStyled(QCustomPlot& plot, std::function<void(const QPalette&)> styleItems = {});

// Colours the plot (and, if keepPlotStyled was called, its owner's items) with a palette
// other than its own, for an export; keepPlotStyled's next change, or restylePlot with
// plot.palette(), restores it.
void restylePlot(QCustomPlot& plot, const QPalette& palette);

}  // namespace promoterlab::widgets
