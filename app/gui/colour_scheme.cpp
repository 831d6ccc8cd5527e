// SPDX-License-Identifier: GPL-3.0-or-later
// Light and dark palettes and switching between them and the system's look while running.
#include "colour_scheme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace promoterlab::widgets {

namespace {

const QString kSystemKey = QStringLiteral("system");
const QString kLightKey = QStringLiteral("light");
const QString kDarkKey = QStringLiteral("dark");

struct PaletteColours {
    QColor window, windowText, base, alternateBase, text, button, highlight, highlightedText, link, linkVisited,
        toolTipBase, toolTipText, placeholder, disabledText, light, midlight, mid, dark, shadow;
};

QPalette paletteOf(const PaletteColours& c)
{
    QPalette palette;
    const auto both = [&palette](QPalette::ColorRole role, const QColor& colour) {
        palette.setColor(QPalette::All, role, colour);
    };
    both(QPalette::Window, c.window);
    both(QPalette::WindowText, c.windowText);
    both(QPalette::Base, c.base);
    both(QPalette::AlternateBase, c.alternateBase);
    both(QPalette::Text, c.text);
    both(QPalette::Button, c.button);
    both(QPalette::ButtonText, c.windowText);
    both(QPalette::BrightText, Qt::red);
    both(QPalette::Highlight, c.highlight);
    both(QPalette::HighlightedText, c.highlightedText);
    both(QPalette::Link, c.link);
    both(QPalette::LinkVisited, c.linkVisited);
    both(QPalette::ToolTipBase, c.toolTipBase);
    both(QPalette::ToolTipText, c.toolTipText);
    both(QPalette::PlaceholderText, c.placeholder);
    both(QPalette::Light, c.light);
    both(QPalette::Midlight, c.midlight);
    both(QPalette::Mid, c.mid);
    both(QPalette::Dark, c.dark);
    both(QPalette::Shadow, c.shadow);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText,
                                           QPalette::HighlightedText, QPalette::PlaceholderText})
        palette.setColor(QPalette::Disabled, role, c.disabledText);
    // A selection in a window without the focus stays visible, only quieter.
    palette.setColor(QPalette::Inactive, QPalette::Highlight, c.highlight.darker(c.highlight.lightness() > 128 ? 110 : 130));
    palette.setColor(QPalette::Disabled, QPalette::Highlight, c.mid);
    return palette;
}

QString& platformStyleName()
{
    static QString name;
    return name;
}

}  // namespace

QString colourSchemeKey(ColourScheme scheme)
{
    switch (scheme) {
    case ColourScheme::Light:
        return kLightKey;
    case ColourScheme::Dark:
        return kDarkKey;
    case ColourScheme::System:
        break;
    }
    return kSystemKey;
}

ColourScheme colourSchemeFromKey(const QString& key)
{
    if (key == kLightKey)
        return ColourScheme::Light;
    if (key == kDarkKey)
        return ColourScheme::Dark;
    return ColourScheme::System;
}

QPalette lightPalette()
{
    return paletteOf({QColor(239, 239, 239), QColor(20, 20, 20), Qt::white, QColor(245, 245, 245), QColor(20, 20, 20),
                      QColor(239, 239, 239), QColor(48, 140, 198), Qt::white, QColor(0, 90, 180), QColor(110, 50, 150),
                      QColor(255, 255, 220), QColor(20, 20, 20), QColor(110, 110, 110), QColor(150, 150, 150),
                      Qt::white, QColor(226, 226, 226), QColor(184, 184, 184), QColor(160, 160, 160),
                      QColor(90, 90, 90)});
}

QPalette darkPalette()
{
    return paletteOf({QColor(45, 45, 48), QColor(230, 230, 230), QColor(30, 30, 32), QColor(40, 40, 43),
                      QColor(230, 230, 230), QColor(55, 55, 58), QColor(42, 130, 218), Qt::white,
                      QColor(110, 180, 255), QColor(190, 150, 240), QColor(60, 60, 64), QColor(235, 235, 235),
                      QColor(150, 150, 150), QColor(115, 115, 115), QColor(80, 80, 84), QColor(65, 65, 68),
                      QColor(100, 100, 104), QColor(25, 25, 27), QColor(10, 10, 10)});
}

void applyColourScheme(ColourScheme scheme)
{
    QString& platformStyle = platformStyleName();
    if (platformStyle.isEmpty())
        platformStyle = QApplication::style()->name();
    if (scheme == ColourScheme::System) {
        QApplication::setStyle(QStyleFactory::create(platformStyle));
        // A default palette resolves to the platform theme's own.
        QApplication::setPalette(QPalette());
        return;
    }
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(scheme == ColourScheme::Dark ? darkPalette() : lightPalette());
}

}  // namespace promoterlab::widgets
