// SPDX-License-Identifier: GPL-3.0-or-later
// Saves a QCustomPlot, or any widget as it looks now, as a picture for a paper or a slide:
// PNG, SVG or PDF by the file's suffix.
#pragma once

#include <QString>

class QCustomPlot;
class QWidget;

namespace promoterlab::widgets {

// The file formats savePlot and saveWidgetImage understand, as a file-dialog filter.
QString plotFileFilter();

// Writes the plot at its on-screen size (PNG at twice the pixels, so it stays sharp when
// printed). Returns an empty string on success, otherwise the reason in words naming the file.
QString savePlot(QCustomPlot& plot, const QString& path);

// Gives the plot a context menu with "Save Plot As…" (PNG, SVG or PDF), suggesting fileName.
void offerSavePlotAs(QCustomPlot& plot, const QString& fileName);

// Writes what the widget shows at its on-screen size, as savePlot does a plot; the widget's
// window title, if any, titles the SVG and PDF. Returns empty, or the reason naming the file.
QString saveWidgetImage(QWidget& widget, const QString& path);

// Gives the widget a context menu with "Save Image As…" (PNG, SVG or PDF), suggesting fileName.
void offerSaveWidgetImageAs(QWidget& widget, const QString& fileName);

}  // namespace promoterlab::widgets
