// SPDX-License-Identifier: GPL-3.0-or-later
// The Catch2 main of the widget tests: one QApplication for the whole program (offscreen under CTest).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

int main(int argc, char** argv)
{
    QApplication application(argc, argv);
    return Catch::Session().run(argc, argv);
}
