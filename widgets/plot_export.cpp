// SPDX-License-Identifier: GPL-3.0-or-later
#include "plot_export.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
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

void offerSavePlotAs(QCustomPlot& plot, const QString& fileName)
{
    plot.setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(&plot, &QWidget::customContextMenuRequested, &plot, [&plot, fileName](const QPoint& where) {
        QMenu menu(&plot);
        menu.addAction(QCoreApplication::translate("PlotExport", "Save Plot As…"), &plot, [&plot, fileName] {
            const QString path = QFileDialog::getSaveFileName(&plot, QCoreApplication::translate("PlotExport", "Save Plot As"),
                                                              fileName, plotFileFilter());
            if (path.isEmpty())
                return;
            if (const QString problem = savePlot(plot, path); !problem.isEmpty())
                QMessageBox::warning(&plot, QCoreApplication::translate("PlotExport", "The plot could not be written"),
                                     problem);
        });
        menu.exec(plot.mapToGlobal(where));
    });
}

}  // namespace promoterlab::widgets
