# SPDX-License-Identifier: GPL-3.0-or-later
# What `cmake --install` puts on a system besides the two programs (app/CMakeLists.txt): the
# desktop entry, icons, AppStream metainfo, man pages, shell completions and the licence.
include(GNUInstallDirs)

set(STORYDIFF_APP_ID io.github.storydiff.StoryDiff)
set(STORYDIFF_ICON_SIZES 16 22 24 32 48 64 128 256 512)

if(STORYDIFF_BUILD_GUI)
    install(FILES resources/${STORYDIFF_APP_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES resources/${STORYDIFF_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    # The PNGs are rendered from the SVG by scripts/render-icons and committed.
    foreach(size IN LISTS STORYDIFF_ICON_SIZES)
        install(FILES resources/icons/hicolor/${size}x${size}.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
                RENAME ${STORYDIFF_APP_ID}.png)
    endforeach()
    install(FILES resources/icons/storydiff.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
            RENAME ${STORYDIFF_APP_ID}.svg)
endif()

# Man pages, compressed as Debian policy asks (-n: no name or time stamp, so builds repeat).
set(STORYDIFF_MAN_PAGES storydiff-cli)
if(STORYDIFF_BUILD_GUI)
    list(APPEND STORYDIFF_MAN_PAGES storydiff)
endif()
find_program(STORYDIFF_GZIP gzip REQUIRED)
set(man_outputs)
foreach(page IN LISTS STORYDIFF_MAN_PAGES)
    set(src ${CMAKE_CURRENT_SOURCE_DIR}/docs/man/${page}.1)
    set(out ${CMAKE_CURRENT_BINARY_DIR}/man/${page}.1.gz)
    add_custom_command(OUTPUT ${out}
                       COMMAND ${CMAKE_COMMAND} -E copy ${src} ${CMAKE_CURRENT_BINARY_DIR}/man/${page}.1
                       COMMAND ${STORYDIFF_GZIP} -n -9 -f ${CMAKE_CURRENT_BINARY_DIR}/man/${page}.1
                       DEPENDS ${src} VERBATIM)
    list(APPEND man_outputs ${out})
    install(FILES ${out} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endforeach()
add_custom_target(storydiff_man ALL DEPENDS ${man_outputs})

# Completions for storydiff-cli. Debian's zsh looks in vendor-completions, others' in
# site-functions.
if(EXISTS /etc/debian_version)
    set(zsh_dir ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
else()
    set(zsh_dir ${CMAKE_INSTALL_DATADIR}/zsh/site-functions)
endif()
set(STORYDIFF_ZSH_COMPLETION_DIR ${zsh_dir} CACHE STRING "Where _storydiff-cli is installed")
install(FILES completions/storydiff-cli.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME storydiff-cli)
install(FILES completions/_storydiff-cli DESTINATION ${STORYDIFF_ZSH_COMPLETION_DIR})
install(FILES completions/storydiff-cli.fish
        DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)

# The licence, as Debian's machine-readable copyright file (which points at the GPL text in
# /usr/share/common-licenses) and a changelog entry for this version.
set(doc_dir ${CMAKE_INSTALL_DATADIR}/doc/storydiff)
install(FILES cmake/debian/copyright DESTINATION ${doc_dir})
string(TIMESTAMP STORYDIFF_CHANGELOG_DATE "%a, %d %b %Y %H:%M:%S +0000" UTC)
configure_file(cmake/debian/changelog.in ${CMAKE_CURRENT_BINARY_DIR}/doc/changelog @ONLY)
add_custom_command(OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/doc/changelog.gz
                   COMMAND ${STORYDIFF_GZIP} -n -9 -f -k ${CMAKE_CURRENT_BINARY_DIR}/doc/changelog
                   DEPENDS ${CMAKE_CURRENT_BINARY_DIR}/doc/changelog VERBATIM)
add_custom_target(storydiff_changelog ALL DEPENDS ${CMAKE_CURRENT_BINARY_DIR}/doc/changelog.gz)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/doc/changelog.gz DESTINATION ${doc_dir})

# The install tree, and the GUI's --help and --version without a display (tests/install).
if(STORYDIFF_BUILD_GUI)
    set(gui ON)
else()
    set(gui OFF)
endif()
add_test(NAME install_tree
         COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/tests/install/check-install.sh
                 ${CMAKE_BINARY_DIR} ${gui})
if(STORYDIFF_BUILD_GUI)
    add_test(NAME gui_no_display
             COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/tests/install/check-no-display.sh
                     $<TARGET_FILE:storydiff>)
endif()
