// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcome_dialog.h"

#include "app_settings.h"

#include <QAction>
#include <QCheckBox>
#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace promoterlab::widgets {

WelcomeDialog::WelcomeDialog(AppSettings& settings, const Features& features, QWidget* parent)
    : QDialog(parent)
    , m_buttons(new QGridLayout)
    , m_showAtStart(new QCheckBox(tr("Show this at start"), this))
{
    setWindowTitle(tr("Welcome to PromoterLab"));
    setModal(false);
    settings.setWelcomeShown(true);

    auto* title = new QLabel(tr("Welcome to PromoterLab"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* introduction = new QLabel(
        tr("<p>PromoterLab predicts how strongly promoter sequences drive gene expression, with deep-learning "
           "models such as LegNet.</p>"
           "<p>The list holds the project's sequences with their predicted and measured expression. Beside it, "
           "the plot shows the predicted distribution over expression bins of the selected sequence; below, "
           "you can edit its bases and watch the prediction follow. Every change is saved as you work.</p>"),
        this);
    introduction->setWordWrap(true);

    addFeature(QStringLiteral("openSequencesButton"), features.openSequences, tr("Open your sequences…"),
               tr("FASTA, CSV, TSV or plain text, gzip too"));
    addFeature(QStringLiteral("mutagenesisMapButton"), features.mutagenesisMap,
               tr("Mutagenesis map of the selected sequence"), tr("Every single-base change, predicted, as a heatmap"));
    addFeature(QStringLiteral("variantEffectsButton"), features.variantEffects, tr("Variant effects"),
               tr("Score a table of reference and alternative sequences"));
    addFeature(QStringLiteral("motifScanButton"), features.motifScan, tr("Motif scan"),
               tr("Transcription factor motifs (JASPAR) in the selected sequence"));
    addFeature(QStringLiteral("trainingButton"), features.training, tr("Train a model"),
               tr("On the project's measured sequences, with live curves"));
    addFeature(QStringLiteral("designButton"), features.design, tr("Design promoters"),
               tr("New sequences toward a target expression, under constraints"));
    connect(addButton(QStringLiteral("userGuideButton"), tr("User guide"), tr("How each part of PromoterLab works")),
            &QAbstractButton::clicked, this, &WelcomeDialog::userGuideRequested);

    m_showAtStart->setChecked(settings.showWelcomeAtStart());
    connect(m_showAtStart, &QCheckBox::toggled, this, [&settings](bool show) { settings.setShowWelcomeAtStart(show); });
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Return and Escape close the welcome; a feature starts only when its button is chosen.
    QPushButton* closeButton = close->button(QDialogButtonBox::Close);
    closeButton->setDefault(true);
    closeButton->setFocus();
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_showAtStart);
    bottom->addStretch();
    bottom->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(introduction);
    layout->addLayout(m_buttons);
    layout->addLayout(bottom);
    // Wide enough that each description fits on two lines and every button's title on one (in
    // longer languages the titles decide), and as tall as the wrapped text needs at that width
    // (a size hint would guess a narrower, taller shape).
    layout->activate();
    setMinimumWidth(std::max(fontMetrics().averageCharWidth() * 100, layout->minimumSize().width()));
    resize(minimumWidth(), layout->totalHeightForWidth(minimumWidth()));
}

QAbstractButton* WelcomeDialog::addButton(const QString& objectName, const QString& title, const QString& description)
{
    constexpr int kColumns = 2;
    auto* button = new QCommandLinkButton(title, description, this);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    const int index = m_buttons->count();
    m_buttons->addWidget(button, index / kColumns, index % kColumns);
    connect(button, &QAbstractButton::clicked, this, &QDialog::accept);
    return button;
}

void WelcomeDialog::addFeature(const QString& objectName, QAction* action, const QString& title,
                               const QString& description)
{
    if (!action)
        return;
    QAbstractButton* button = addButton(objectName, title, description);
    button->setEnabled(action->isEnabled());
    connect(action, &QAction::changed, button, [button, action] { button->setEnabled(action->isEnabled()); });
    connect(button, &QAbstractButton::clicked, action, &QAction::trigger);
}

}  // namespace promoterlab::widgets
