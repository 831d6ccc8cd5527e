// SPDX-License-Identifier: GPL-3.0-or-later
// What the application opens when it starts: the project, the model, the files to import and
// the welcome, decided from the command line and the settings, then carried out in the window.
#pragma once

#include <QString>
#include <QStringList>

namespace promoterlab::widgets {

class AppSettings;
class MainWindow;

struct StartupPlan {
    enum class Project {
        Fresh,         // a new, untitled project
        Open,          // projectPath, which must exist
        OpenOrCreate,  // projectPath, created when it does not exist (--project)
        Example,       // a new, untitled project holding the shipped example promoters
    };
    Project project = Project::Fresh;
    QString projectPath;
    // A --model argument; empty for the project's model, or the shipped default when it has none.
    QString model;
    // Sequence files added to the project (for Example, the example promoters).
    QStringList imports;
    bool showWelcome = false;
};

// The command line as main() parsed it; empty strings for options not given.
struct StartupArguments {
    QStringList files;  // positional: sequence files and project files
    QString project;    // --project
    QString model;      // --model
};

// --project wins, then the first project file (*.plproj) among the files, then the project open
// at the last close (untitled or not) when no files are given. The very first start (no recent project, the welcome never
// shown) opens the example promoters. Files that are not projects are imported.
StartupPlan planStartup(const StartupArguments& arguments, const AppSettings& settings);

// The shipped example promoters (examples/yeast_native_promoters.csv in bundledDataFolders()),
// or empty when no folder holds them.
QString exampleSequencesPath();

// Opens the plan's project in window (a fresh one when it cannot be opened, after the window
// has said why), loads the model, imports the files and shows the welcome when planned.
void carryOut(const StartupPlan& plan, MainWindow& window);

}  // namespace promoterlab::widgets
