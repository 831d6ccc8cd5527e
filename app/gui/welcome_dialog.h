// SPDX-License-Identifier: GPL-3.0-or-later
// The welcome a new user sees at the first start: what PromoterLab does, what the window shows,
// and one button for each main feature, which triggers the same action as its menu entry.
#pragma once

#include <QDialog>

class QAbstractButton;
class QAction;
class QCheckBox;
class QGridLayout;

namespace promoterlab::widgets {

class AppSettings;

class WelcomeDialog : public QDialog {
    Q_OBJECT

public:
    // The menu actions the buttons trigger; a feature without one gets no button.
    struct Features {
        QAction* openSequences = nullptr;
        QAction* mutagenesisMap = nullptr;
        QAction* variantEffects = nullptr;
        QAction* motifScan = nullptr;
        QAction* training = nullptr;
        QAction* design = nullptr;
    };

    // Notes in settings that the welcome was shown, and keeps its "Show this at start" box
    // there; settings must outlive the dialog.
    WelcomeDialog(AppSettings& settings, const Features& features, QWidget* parent = nullptr);

    QCheckBox* showAtStartBox() const { return m_showAtStart; }

Q_SIGNALS:
    void userGuideRequested();

private:
    // The next button of the grid; it closes the welcome, so that what it opens is in view.
    QAbstractButton* addButton(const QString& objectName, const QString& title, const QString& description);
    // A button that triggers action and is enabled while it is; none when action is null.
    void addFeature(const QString& objectName, QAction* action, const QString& title, const QString& description);

    QGridLayout* m_buttons;
    QCheckBox* m_showAtStart;
};

}  // namespace promoterlab::widgets
