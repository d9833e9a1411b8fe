# cmake -DEXE=... -DSUB=... -DMAIN=... -DSRC=... -DSTAMP=... -P pgo_train.cmake
#
# Runs the instrumented speechscan (EXE, built in SUB) over the repository's texts in every
# output format and subcommand, one document at a time (-j 1), then copies each profile
# (SUB/CMakeFiles/**.gcda) to the same relative path under MAIN, where GCC compiling the
# same object with -fprofile-use looks for it. See cmake/pgo.cmake.
foreach(v EXE SUB MAIN SRC STAMP)
  if(NOT DEFINED ${v})
    message(FATAL_ERROR "pgo_train.cmake: ${v} not set")
  endif()
endforeach()

# remove_counts(GLOB): deletes the profiles that GLOB (a recursive pattern) finds.
function(remove_counts pattern)
  file(GLOB_RECURSE found "${pattern}")
  if(found)
    file(REMOVE ${found})
  endif()
endfunction()

# Counts from earlier runs (the table generator's, a previous training) would add up.
remove_counts("${SUB}/*.gcda")

set(texts ${SRC}/data/samples ${SRC}/tests/data/bench ${SRC}/tests/data/gold)
# Odd inputs (invalid UTF-8, control bytes, long runs), so that the paths that read them
# are trained too: the fuzz targets' regression inputs, whatever their names.
set(odd --glob "*" ${SRC}/tests/fuzz/regressions/analysis ${SRC}/tests/fuzz/regressions/load
        ${SRC}/tests/fuzz/regressions/sentences ${SRC}/tests/fuzz/regressions/tokenize)
# Each run's arguments, with "|" for the list separator (a list of lists).
list(JOIN texts "|" t)
list(JOIN odd "|" o)
set(one "-j|1|-q")
set(runs
  "${one}|--format|json|${t}"
  "${one}|--format|text|--color|always|${t}"
  "${one}|--format|tsv|${t}"
  "${one}|--format|ndjson|${t}"
  "${one}|--format|markdown|${t}"
  "${one}|--format|json|--date|2026-01-08|${t}"
  "${one}|--format|ndjson|${o}"
  "timeline|${one}|${t}"
  "timeline|${one}|--format|json|${t}"
  "check|${one}|${t}")
foreach(run IN LISTS runs)
  string(REPLACE "|" ";" args "${run}")
  execute_process(COMMAND ${EXE} ${args} RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
  # 0 analysed, 1 an input could not be (the odd ones) or check found something.
  if(NOT rc STREQUAL "0" AND NOT rc STREQUAL "1")
    list(JOIN args " " shown)
    message(FATAL_ERROR "pgo_train.cmake: ${EXE} ${shown} exited with ${rc}")
  endif()
endforeach()

remove_counts("${MAIN}/CMakeFiles/*.gcda")
file(GLOB_RECURSE counts RELATIVE ${SUB} "${SUB}/CMakeFiles/*.gcda")
if(NOT counts)
  message(FATAL_ERROR "pgo_train.cmake: training wrote no profile under ${SUB}")
endif()
# Sources generated in the build tree (embedded_data.cc, verb_table.cc) are compiled from
# another path in each build, and GCC's profile records the path: theirs would not match.
list(FILTER counts INCLUDE REGEX "^CMakeFiles/[^/]+\\.dir/src/")
foreach(rel IN LISTS counts)
  get_filename_component(dir ${MAIN}/${rel} DIRECTORY)
  file(MAKE_DIRECTORY ${dir})
  file(COPY_FILE ${SUB}/${rel} ${MAIN}/${rel})
endforeach()
list(LENGTH counts n)
message(STATUS "pgo: ${n} profiles")
file(TOUCH ${STAMP})
