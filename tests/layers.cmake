# SPDX-License-Identifier: GPL-3.0-or-later
# The layers of docs/ARCHITECTURE.md, checked on the sources (cmake -P, run by ctest):
#  - src/ never includes a Qt Widgets header (<QWidget>, <QtWidgets/...>, <qwidget.h> ...);
#  - ui/ computes no diffs: the engine's entry points are called only by the model adapter.
# -DSRC_DIR, -DUI_DIR: the trees; -DWIDGETS_DIR: Qt's QtWidgets include folder (may be empty);
# -DADAPTER: the ui/ file allowed to call the engine (relative to UI_DIR).
# -DSELFTEST_DIR: instead, plant one violation of each kind in copies under that folder and
# fail unless every one is caught, so that the check itself can fail.

# Engine entry points that compute a comparison, an alignment or a diff.
set(ENGINE_CALLS "compareDocuments|compareMany|collate|traceEvolution|similarityMatrix|diffSequences|dtlDiff|alignBlocks|buildTokenSequences?|diffGroup|groupScript|pairTokens")

function(widgets_headers out)
    set(names "")
    if(WIDGETS_DIR AND IS_DIRECTORY "${WIDGETS_DIR}")
        file(GLOB names LIST_DIRECTORIES false RELATIVE "${WIDGETS_DIR}" "${WIDGETS_DIR}/*")
    endif()
    set(${out} ${names} PARENT_SCOPE)
endfunction()

# Appends one line per violation in `src` and `ui` to the list named by `out`.
function(check_tree src ui adapter out)
    widgets_headers(widgets)
    set(found "")
    file(GLOB_RECURSE sources "${src}/*.h" "${src}/*.cpp")
    foreach(f IN LISTS sources)
        file(STRINGS "${f}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*<[^>]+>")
        foreach(line IN LISTS includes)
            string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*<([^>]+)>.*" "\\1" header "${line}")
            list(FIND widgets "${header}" at)
            if(header MATCHES "^QtWidgets" OR NOT at EQUAL -1)
                list(APPEND found "${f}: includes Qt Widgets (<${header}>)")
            endif()
        endforeach()
    endforeach()
    file(GLOB_RECURSE uisources "${ui}/*.h" "${ui}/*.cpp")
    foreach(f IN LISTS uisources)
        file(RELATIVE_PATH rel "${ui}" "${f}")
        if(rel STREQUAL adapter)
            continue()
        endif()
        file(STRINGS "${f}" calls REGEX "(^|[^A-Za-z0-9_])(${ENGINE_CALLS})[ \t]*\\(")
        foreach(line IN LISTS calls)
            string(STRIP "${line}" line)
            list(APPEND found "${f}: computes in the GUI (${line})")
        endforeach()
    endforeach()
    set(${out} ${found} PARENT_SCOPE)
endfunction()

if(SELFTEST_DIR)
    file(REMOVE_RECURSE "${SELFTEST_DIR}")
    set(planted
        "src/a.cpp|#include <QtWidgets/QWidget>"
        "ui/c.cpp|    const auto c = compareDocuments(a, b, options)")
    widgets_headers(widgets)
    if(widgets) # a build without the GUI knows no Widgets headers by name
        list(APPEND planted "src/b.h|#include <QLabel>")
    endif()
    set(missed "")
    foreach(p IN LISTS planted)
        string(REPLACE "|" ";" parts "${p}")
        list(GET parts 0 file)
        list(GET parts 1 text)
        string(MD5 tree "${p}")
        file(MAKE_DIRECTORY "${SELFTEST_DIR}/${tree}/src" "${SELFTEST_DIR}/${tree}/ui")
        file(WRITE "${SELFTEST_DIR}/${tree}/${file}" "// planted\n${text}\n")
        file(WRITE "${SELFTEST_DIR}/${tree}/ui/${ADAPTER}" "${text}\n") # the adapter may call
        check_tree("${SELFTEST_DIR}/${tree}/src" "${SELFTEST_DIR}/${tree}/ui" "${ADAPTER}" found)
        list(LENGTH found n)
        if(NOT n EQUAL 1)
            list(APPEND missed "${file} (${text}): ${n} findings instead of 1")
        endif()
    endforeach()
    if(missed)
        list(JOIN missed "\n  " text)
        message(FATAL_ERROR "The layer check missed planted violations:\n  ${text}")
    endif()
    message(STATUS "The layer check caught every planted violation")
    return()
endif()

check_tree("${SRC_DIR}" "${UI_DIR}" "${ADAPTER}" found)
if(found)
    list(JOIN found "\n  " text)
    message(FATAL_ERROR "Layer violations (see docs/ARCHITECTURE.md):\n  ${text}")
endif()
message(STATUS "src/ uses no Qt Widgets; ui/ computes nothing outside ${ADAPTER}")
