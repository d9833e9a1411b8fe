# Profile-guided optimisation of the release build (SPEECHSCAN_PGO, GCC only).
#
# The build compiles the program twice: an instrumented copy of this project in
# <build>/pgo (-fprofile-generate), which cmake/pgo_train.cmake runs over the texts in the
# repository (the samples, the benchmark's stand-in texts, the development speeches, the
# fuzz regressions) in every output format, then the real one, whose objects read the
# counts (-fprofile-use). The instrumented build lays out its objects as this one does,
# so each profile is copied to the path where the compiler of the real object looks for
# it (next to the object, by the object's name). No output changes: the tests run on the
# optimised build. Only the library's and the executable's objects take a profile; a
# source without one (never run in training) is compiled as usual.
include(ExternalProject)

set(SPEECHSCAN_PGO_DIR ${CMAKE_CURRENT_BINARY_DIR}/pgo)
set(SPEECHSCAN_PGO_EXE ${SPEECHSCAN_PGO_DIR}/speechscan)
set(SPEECHSCAN_PGO_STAMP ${CMAKE_CURRENT_BINARY_DIR}/pgo-profile.stamp)

ExternalProject_Add(speechscan_pgo_instrumented
  SOURCE_DIR ${CMAKE_CURRENT_SOURCE_DIR}
  BINARY_DIR ${SPEECHSCAN_PGO_DIR}
  CMAKE_ARGS
    -DCMAKE_BUILD_TYPE=${CMAKE_BUILD_TYPE}
    -DCMAKE_CXX_COMPILER=${CMAKE_CXX_COMPILER}
    "-DCMAKE_CXX_FLAGS=${CMAKE_CXX_FLAGS} -fprofile-generate -fprofile-update=atomic"
    -DCMAKE_EXE_LINKER_FLAGS=-fprofile-generate
    -DSPEECHSCAN_PGO=OFF -DSPEECHSCAN_PGO_INSTRUMENTED=ON -DSPEECHSCAN_BUILD_TESTS=OFF -DSPEECHSCAN_BUILD_BENCH=OFF
    -DSPEECHSCAN_BUILD_FUZZ=OFF -DSPEECHSCAN_WERROR=${SPEECHSCAN_WERROR}
    -DSPEECHSCAN_STATIC_LIBS=${SPEECHSCAN_STATIC_LIBS}
    -DSPEECHSCAN_HUGE_PAGES=${SPEECHSCAN_HUGE_PAGES}
  BUILD_COMMAND ${CMAKE_COMMAND} --build ${SPEECHSCAN_PGO_DIR} --target speechscan
  BUILD_BYPRODUCTS ${SPEECHSCAN_PGO_EXE}
  INSTALL_COMMAND ""
  # Its sources are this project's: let its own build decide what is out of date.
  BUILD_ALWAYS ON
  USES_TERMINAL_BUILD ON)

add_custom_command(
  OUTPUT ${SPEECHSCAN_PGO_STAMP}
  COMMAND ${CMAKE_COMMAND} -DEXE=${SPEECHSCAN_PGO_EXE} -DSUB=${SPEECHSCAN_PGO_DIR}
          -DMAIN=${CMAKE_CURRENT_BINARY_DIR} -DSRC=${CMAKE_CURRENT_SOURCE_DIR}
          -DSTAMP=${SPEECHSCAN_PGO_STAMP} -P ${CMAKE_CURRENT_SOURCE_DIR}/cmake/pgo_train.cmake
  DEPENDS speechscan_pgo_instrumented ${SPEECHSCAN_PGO_EXE}
          ${CMAKE_CURRENT_SOURCE_DIR}/cmake/pgo_train.cmake
  COMMENT "Training the instrumented build for profile-guided optimisation"
  VERBATIM)
add_custom_target(speechscan_pgo_profile DEPENDS ${SPEECHSCAN_PGO_STAMP})

# speechscan_pgo_use(TARGET...): TARGET's objects are compiled after training, with its
# profile. (Order only: a retrained profile reaches the objects that are recompiled, and
# a source that changes is recompiled in both builds.)
function(speechscan_pgo_use)
  foreach(t IN LISTS ARGN)
    target_compile_options(${t} PRIVATE -fprofile-use -Wno-missing-profile)
    add_dependencies(${t} speechscan_pgo_profile)
  endforeach()
endfunction()
