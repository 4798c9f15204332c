# `format` target: clang-format over every C++ file the project owns (see .clang-format).

find_program(TP_CLANG_FORMAT NAMES clang-format clang-format-14)
if(TP_CLANG_FORMAT)
    file(GLOB_RECURSE TP_FORMAT_FILES CONFIGURE_DEPENDS
        "${PROJECT_SOURCE_DIR}/shared/*.h" "${PROJECT_SOURCE_DIR}/shared/*.cpp"
        "${PROJECT_SOURCE_DIR}/apps/*.h" "${PROJECT_SOURCE_DIR}/apps/*.cpp"
        "${PROJECT_SOURCE_DIR}/server/*.h" "${PROJECT_SOURCE_DIR}/server/*.cpp"
        "${PROJECT_SOURCE_DIR}/tools/*.h" "${PROJECT_SOURCE_DIR}/tools/*.cpp"
        "${PROJECT_SOURCE_DIR}/tests/*.h" "${PROJECT_SOURCE_DIR}/tests/*.cpp"
        "${PROJECT_SOURCE_DIR}/bench/*.h" "${PROJECT_SOURCE_DIR}/bench/*.cpp")
    add_custom_target(format
        COMMAND "${TP_CLANG_FORMAT}" -i --style=file ${TP_FORMAT_FILES}
        WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
        COMMENT "clang-format over ${PROJECT_NAME} sources"
        VERBATIM)
    add_custom_target(format_check
        COMMAND "${TP_CLANG_FORMAT}" --dry-run --Werror --style=file ${TP_FORMAT_FILES}
        WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
        COMMENT "Checking clang-format"
        VERBATIM)
else()
    message(FATAL_ERROR "clang-format not found. Install it with:\n    apt-get install clang-format")
endif()
