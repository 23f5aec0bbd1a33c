# SPDX-License-Identifier: GPL-3.0-or-later
# `cpack -G DEB` in the build directory makes storydiff_VERSION_ARCH.deb from the install rules.
# Its dependencies are found by dpkg-shlibdeps from the programs' libraries, so they name the
# Debian release it is built on.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME storydiff)
set(CPACK_PACKAGE_VENDOR "The StoryDiff authors")
set(CPACK_PACKAGE_CONTACT "StoryDiff maintainers <storydiff@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "compare versions of a story word by word")
set(CPACK_PACKAGE_DESCRIPTION
    "StoryDiff compares versions of a story and shows them aligned, word by word:
every edit, every added or removed link, every formatting change, and every
moved, split or merged paragraph. Plain text, Markdown, HTML, DOCX, ODT and
PDF files are read into one document model, so different formats compare.
.
The package holds the desktop app (storydiff) and the command line tool
(storydiff-cli), which writes word diffs, JSON and HTML reports, and
compares many files at once in batch mode.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY storydiff)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_CURRENT_SOURCE_DIR}/COPYING)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE https://github.com/storydiff/storydiff)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
if(STORYDIFF_BUILD_GUI)
    # Qt finds its windowing plugins (xcb, wayland) at run time: no library links them.
    set(CPACK_DEBIAN_PACKAGE_DEPENDS qt6-qpa-plugins)
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-dejavu-core, xdg-utils")
endif()

include(CPack)
