# SPDX-License-Identifier: GPL-3.0-or-later
# `cpack -G DEB` in a build folder makes promoterlab_<version>_<arch>.deb from what
# `cmake --install` puts under /usr. dpkg-shlibdeps derives the library dependencies from the
# executables, so they name exactly the Debian packages this build was linked against.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME promoterlab)
set(CPACK_PACKAGE_VENDOR "PromoterLab")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "promoter expression prediction with deep-learning models")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "PromoterLab predicts how strongly short DNA promoters drive expression with LegNet or any
TorchScript model described by a manifest. It shows each sequence's predicted distribution over
expression bins, maps every single-base substitution (in silico mutagenesis), scores variants,
scans motifs, trains models on the CPU or a GPU and designs promoters toward a target
expression. The package holds the Qt desktop application, the promoterlab-cli command-line tool
for servers, the bundled default models and example promoters.")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "PromoterLab maintainers <maintainers@users.noreply.b-seed-34aa2223.example>")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
if(PROMOTERLAB_GUI)
    # Qt's own dialogs in the interface language, loaded at run time so no linker dependency names them.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
endif()
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "python3-torch")
include(CPack)
