// SPDX-License-Identifier: GPL-3.0-or-later
// The colour schemes: stored in the settings, chosen in Preferences, applied to the running
// application at once (plots included), and the system's look restored.
#include "bin_distribution_plot.h"
#include "colour_scheme.h"
#include "plot_style.h"
#include "preferences_dialog.h"
#include "window_test_support.h"

#include <catch2/catch.hpp>
#include <qcustomplot.h>

#include <QComboBox>
#include <QStyle>

#include <algorithm>
#include <cmath>

using promoterlab::widgets::applyColourScheme;
using promoterlab::widgets::BinDistributionPlot;
using promoterlab::widgets::ColourScheme;
using promoterlab::widgets::darkPalette;
using promoterlab::widgets::isDarkPalette;
using promoterlab::widgets::lightPalette;
using promoterlab::widgets::PreferencesDialog;
using namespace promoterlab::test;

namespace {

// The colour the plot paints its empty corner with.
QColor backgroundOf(QCustomPlot& plot)
{
    return plot.toPixmap(100, 80).toImage().pixelColor(1, 1);
}

// WCAG's contrast ratio of two colours, from 1 (none) to 21 (black on white).
double contrast(const QColor& a, const QColor& b)
{
    const auto luminance = [](const QColor& colour) {
        const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
    };
    const double first = luminance(a) + 0.05;
    const double second = luminance(b) + 0.05;
    return std::max(first, second) / std::min(first, second);
}

}  // namespace

TEST_CASE("The light and dark palettes keep every kind of text readable on its background")
{
    for (const QPalette& palette : {lightPalette(), darkPalette()}) {
        CHECK(contrast(palette.color(QPalette::WindowText), palette.color(QPalette::Window)) >= 7);
        CHECK(contrast(palette.color(QPalette::Text), palette.color(QPalette::Base)) >= 7);
        CHECK(contrast(palette.color(QPalette::ButtonText), palette.color(QPalette::Button)) >= 7);
        CHECK(contrast(palette.color(QPalette::HighlightedText), palette.color(QPalette::Highlight)) >= 3);
        CHECK(contrast(palette.color(QPalette::ToolTipText), palette.color(QPalette::ToolTipBase)) >= 7);
        CHECK(contrast(palette.color(QPalette::Link), palette.color(QPalette::Base)) >= 4.5);
        CHECK(contrast(palette.color(QPalette::Disabled, QPalette::Text), palette.color(QPalette::Base)) >= 2);
        CHECK(contrast(palette.color(QPalette::Disabled, QPalette::Text), palette.color(QPalette::Text)) >= 2);
    }
    CHECK(isDarkPalette(darkPalette()));
    CHECK_FALSE(isDarkPalette(lightPalette()));
}

TEST_CASE("Choosing Dark in Preferences stores it and darkens the running application and its plots at once")
{
    TemporarySettings profile;
    BinDistributionPlot plot;
    const QColor systemWindow = QApplication::palette().color(QPalette::Window);
    {
        PreferencesDialog dialog(profile.settings);
        QComboBox* choice = dialog.colourSchemeChoice();
        CHECK(choice->currentData().toString() == QStringLiteral("system"));
        choice->setCurrentIndex(choice->findData(QStringLiteral("dark")));
        dialog.accept();
    }
    CHECK(profile.settings.colourScheme() == ColourScheme::Dark);
    CHECK(isDarkPalette(QApplication::palette()));
    CHECK(QApplication::style()->name().compare(QStringLiteral("fusion"), Qt::CaseInsensitive) == 0);
    // Qt tells the widgets of a new application palette through posted events.
    const auto plotTakes = [&plot](const QPalette& palette) {
        return QTest::qWaitFor([&] {
            return plot.plot()->xAxis->labelColor() == palette.color(QPalette::Text)
                   && backgroundOf(*plot.plot()) == palette.color(QPalette::Base);
        });
    };
    CHECK(plotTakes(darkPalette()));

    applyColourScheme(ColourScheme::Light);
    CHECK(plotTakes(lightPalette()));

    applyColourScheme(ColourScheme::System);
    CHECK(QApplication::palette().color(QPalette::Window) == systemWindow);
}

TEST_CASE("An unknown stored colour scheme means the system's")
{
    TemporarySettings profile;
    CHECK(profile.settings.colourScheme() == ColourScheme::System);
    profile.settings.setColourScheme(ColourScheme::Light);
    CHECK(profile.settings.colourScheme() == ColourScheme::Light);
    CHECK(promoterlab::widgets::colourSchemeFromKey(QStringLiteral("purple")) == ColourScheme::System);
}
