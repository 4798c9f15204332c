# Compiler settings shared by every target: ccache when present and one warning set.

find_program(TP_CCACHE ccache)
if(TP_CCACHE)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${TP_CCACHE}")
endif()

# Every project target links this PRIVATE, so warnings never leak onto consumers' flags.
if(NOT TARGET tp_warnings)
    add_library(tp_warnings INTERFACE)
    target_compile_options(tp_warnings INTERFACE -Wall -Wextra -Wpedantic)
    if(TILLPOINT_WERROR)
        target_compile_options(tp_warnings INTERFACE -Werror)
    endif()
endif()
