#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages PromoterLab builds against, and the virtual X server and
# screenshot tools its GUI tests and tools/take-screenshots.sh use, and what the desktop-file and
# packaging tests check with (apt-get through sudo unless root).
set -euo pipefail
SUDO=$(command -v sudo || true)
[ "$(id -u)" -eq 0 ] && SUDO=
$SUDO apt-get update -q
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
    cmake g++ make libtorch-dev libgloo-dev libsqlite3-dev zlib1g-dev nlohmann-json3-dev catch2 \
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev libqcustomplot-dev \
    qt6-translations-l10n xvfb x11-utils xdotool imagemagick \
    desktop-file-utils appstream libxml2-utils groff-base libglib2.0-bin sqlite3 \
    dpkg-dev debootstrap
