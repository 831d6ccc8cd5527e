// SPDX-License-Identifier: GPL-3.0-or-later
#include "plot_export.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSvgGenerator>

#include <qcustomplot.h>

namespace promoterlab::widgets {

namespace {

bool saveSvg(QCustomPlot& plot, const QString& path)
{
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(plot.size());
    generator.setViewBox(QRect(QPoint(0, 0), plot.size()));
    generator.setTitle(plot.windowTitle());
    QCPPainter painter;
    if (!painter.begin(&generator))
        return false;
    plot.toPainter(&painter, plot.width(), plot.height());
    return painter.end();
}

}  // namespace

QString plotFileFilter()
{
    return QCoreApplication::translate("PlotExport", "PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)");
}

QString savePlot(QCustomPlot& plot, const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    bool written = false;
    if (suffix == QLatin1String("png"))
        written = plot.savePng(path, 0, 0, 2.0);
    else if (suffix == QLatin1String("svg"))
        written = saveSvg(plot, path);
    else if (suffix == QLatin1String("pdf"))
        written = plot.savePdf(path);
    else
        return QCoreApplication::translate("PlotExport", "%1: choose a file ending in .png, .svg or .pdf").arg(path);
    // QCustomPlot and QSvgGenerator only say "failed"; an unwritable folder or a full disk is
    // what leaves no file behind.
    if (!written || QFileInfo(path).size() == 0)
        return QCoreApplication::translate("PlotExport", "%1 could not be written: check that the folder exists, is writable and the disk is not full")
            .arg(path);
    return {};
}

}  // namespace promoterlab::widgets
