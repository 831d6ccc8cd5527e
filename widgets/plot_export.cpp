// SPDX-License-Identifier: GPL-3.0-or-later
// PNG, SVG and PDF export of plots and widgets, and the "Save … As" context menus that offer it.
#include "plot_export.h"

#include "plot_style.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QMenu>
#include <QMessageBox>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QWidget>

#include <qcustomplot.h>

#include <functional>

namespace promoterlab::widgets {

namespace {

// PNG exports carry twice the on-screen pixels, so they stay sharp when printed.
constexpr int kPngScale = 2;

// The words of one "Save … As" context menu, translated where shown.
struct SaveAsWords {
    const char* action;
    const char* dialogTitle;
    const char* failureTitle;
};

constexpr SaveAsWords kSavePlotWords{QT_TRANSLATE_NOOP("PlotExport", "Save Plot As…"),
                                     QT_TRANSLATE_NOOP("PlotExport", "Save Plot As"),
                                     QT_TRANSLATE_NOOP("PlotExport", "The plot could not be written")};
constexpr SaveAsWords kSaveImageWords{QT_TRANSLATE_NOOP("PlotExport", "Save Image As…"),
                                      QT_TRANSLATE_NOOP("PlotExport", "Save Image As"),
                                      QT_TRANSLATE_NOOP("PlotExport", "The image could not be written")};

// For the words marked with QT_TRANSLATE_NOOP above.
QString translated(const char* text)
{
    return QCoreApplication::translate("PlotExport", text);
}

QString unknownFormatProblem(const QString& path)
{
    return QCoreApplication::translate("PlotExport", "%1: choose a file ending in .png, .svg or .pdf").arg(path);
}

// The writers only say "failed"; an unwritable folder or a full disk is what leaves no file
// behind.
QString writeProblem(bool written, const QString& path)
{
    if (written && QFileInfo(path).size() > 0)
        return {};
    return QCoreApplication::translate("PlotExport", "%1 could not be written: check that the folder exists, "
                                                     "is writable and the disk is not full")
        .arg(path);
}

// An SVG drawing of the widget's size, titled with its window title.
void describeSvg(QSvgGenerator& generator, const QString& path, const QWidget& widget)
{
    generator.setFileName(path);
    generator.setSize(widget.size());
    generator.setViewBox(widget.rect());
    generator.setTitle(widget.windowTitle());
}

bool savePlotSvg(QCustomPlot& plot, const QString& path)
{
    QSvgGenerator generator;
    describeSvg(generator, path, plot);
    QCPPainter painter;
    if (!painter.begin(&generator))
        return false;
    plot.toPainter(&painter, plot.width(), plot.height());
    return painter.end();
}

bool renderTo(QWidget& widget, QPaintDevice& device)
{
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    widget.render(&painter);
    return painter.end();
}

bool saveSvg(QWidget& widget, const QString& path)
{
    QSvgGenerator generator;
    describeSvg(generator, path, widget);
    return renderTo(widget, generator);
}

bool savePng(QWidget& widget, const QString& path)
{
    QImage image(widget.size() * kPngScale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(kPngScale);
    // What the widget does not paint stays transparent rather than uninitialised.
    image.fill(Qt::transparent);
    widget.render(&image);
    return image.save(path, "PNG");
}

bool savePdf(QWidget& widget, const QString& path)
{
    // At the screen's 96 dots per inch a widget pixel is one PDF unit, on a page of its size.
    constexpr int kDotsPerInch = 96;
    QPdfWriter writer(path);
    writer.setResolution(kDotsPerInch);
    writer.setPageSize(QPageSize(QSizeF(widget.size()) * 72.0 / kDotsPerInch, QPageSize::Point, QString(),
                                 QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF());
    writer.setTitle(widget.windowTitle());
    return renderTo(widget, writer);
}

// Gives `widget` a context menu whose one action asks for a file and writes it with `save`.
void offerSaveAs(QWidget& widget, const SaveAsWords& words, const QString& fileName,
                 const std::function<QString(const QString&)>& save)
{
    widget.setContextMenuPolicy(Qt::CustomContextMenu);
    const auto showMenu = [&widget, words, fileName, save](const QPoint& where) {
        QMenu menu(&widget);
        menu.addAction(translated(words.action), &widget, [&widget, words, fileName, save] {
            const QString path = QFileDialog::getSaveFileName(&widget, translated(words.dialogTitle), fileName,
                                                              plotFileFilter());
            if (path.isEmpty())
                return;
            if (const QString problem = save(path); !problem.isEmpty())
                QMessageBox::warning(&widget, translated(words.failureTitle), problem);
        });
        menu.exec(widget.mapToGlobal(where));
    };
    QObject::connect(&widget, &QWidget::customContextMenuRequested, &widget, showMenu);
}

}  // namespace

QString plotFileFilter()
{
    return QCoreApplication::translate("PlotExport", "PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)");
}

QString savePlot(QCustomPlot& plot, const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    std::function<bool()> write;
    if (suffix == QLatin1String("png"))
        write = [&] { return plot.savePng(path, 0, 0, kPngScale); };
    else if (suffix == QLatin1String("svg"))
        write = [&] { return savePlotSvg(plot, path); };
    else if (suffix == QLatin1String("pdf"))
        write = [&] { return plot.savePdf(path); };
    else
        return unknownFormatProblem(path);
    // Figures go into papers: white and black whatever the screen's colour scheme.
    restylePlot(plot, paperPalette());
    const bool written = write();
    restylePlot(plot, plot.palette());
    plot.replot();
    return writeProblem(written, path);
}

void offerSavePlotAs(QCustomPlot& plot, const QString& fileName)
{
    offerSaveAs(plot, kSavePlotWords, fileName, [&plot](const QString& path) { return savePlot(plot, path); });
}

QString saveWidgetImage(QWidget& widget, const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return writeProblem(savePng(widget, path), path);
    if (suffix == QLatin1String("svg"))
        return writeProblem(saveSvg(widget, path), path);
    if (suffix == QLatin1String("pdf"))
        return writeProblem(savePdf(widget, path), path);
    return unknownFormatProblem(path);
}

void offerSaveWidgetImageAs(QWidget& widget, const QString& fileName)
{
    offerSaveAs(widget, kSaveImageWords, fileName,
                [&widget](const QString& path) { return saveWidgetImage(widget, path); });
}

}  // namespace promoterlab::widgets
