# find_package wrappers that stop the configure with the Debian package to install.
#
# A bare `find_package(Foo REQUIRED)` names a CMake package the reader may not know how to
# get. These macros look quietly first, fail naming the Debian package, and then repeat the
# lookup as REQUIRED so the requirement is stated where CMake itself checks it.
# Macros (not functions) so imported targets and *_FOUND land in the caller's scope.

macro(tp_find_package name debian_package)
    find_package(${name} ${ARGN} QUIET)
    if(NOT ${name}_FOUND)
        message(FATAL_ERROR
            "CMake package '${name}' not found. Install it with:\n"
            "    apt-get install ${debian_package}\n"
            "or run scripts/setup.sh, which installs everything the build needs.")
    endif()
    find_package(${name} ${ARGN} REQUIRED)
endmacro()

# One Qt component at a time, because each comes from its own Debian package.
macro(tp_find_qt component debian_package)
    find_package(Qt6 6.4 COMPONENTS ${component} QUIET)
    if(NOT Qt6${component}_FOUND)
        message(FATAL_ERROR
            "Qt 6 component '${component}' not found. Install it with:\n"
            "    apt-get install ${debian_package}\n"
            "or run scripts/setup.sh, which installs everything the build needs.")
    endif()
    find_package(Qt6 6.4 COMPONENTS ${component} REQUIRED)
endmacro()
