# tp_add_qt_test(<name> SOURCES <files...> LINK <libs...> [LABELS <labels...>])
#
# One executable per Qt Test class, linking only what it tests plus Qt Test. The CTest name
# is the folder under tests/ in dots plus the name (`domain.money.tst_money`), so
# `ctest -R '^domain\.'` runs one layer. Tests never need a display:
# QT_QPA_PLATFORM=offscreen is set through the test's environment.

tp_find_qt(Test qt6-base-dev)

function(tp_add_qt_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LINK;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LINK} tp_warnings)
    set_target_properties(${name} PROPERTIES AUTOMOC ON)
    file(RELATIVE_PATH folder "${PROJECT_SOURCE_DIR}/tests" "${CMAKE_CURRENT_SOURCE_DIR}")
    string(REPLACE "/" "." folder "${folder}")
    string(REGEX MATCH "^[^.]+" layer "${folder}")
    set(test_name "${folder}.${name}")
    add_test(NAME ${test_name} COMMAND ${name})
    set_tests_properties(${test_name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen"
        TIMEOUT 300
        LABELS "${layer};${ARG_LABELS}")
endfunction()
