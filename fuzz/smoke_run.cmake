# Runs one fuzz target briefly for ctest (fuzz/CMakeLists.txt):
#   cmake -DFUZZER=<binary> -DSEEDS=<seed dir>[|<seed dir>...] -DWORK=<scratch dir> -DRUNS=<n> -P smoke_run.cmake
# libFuzzer writes new inputs into its first corpus folder, so that is a fresh scratch folder
# and the seeds are only read. A fixed seed makes a failure reproducible with the same command.
foreach(var FUZZER SEEDS WORK RUNS)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "smoke_run.cmake: -D${var}=... is required")
  endif()
endforeach()

# The seed folders: the target's own edge cases and the team's example articles.
string(REPLACE "|" ";" seed_dirs "${SEEDS}")
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/corpus")
execute_process(
  COMMAND "${FUZZER}" -runs=${RUNS} -seed=1 -max_len=65536 -timeout=10 -max_total_time=300
          -print_final_stats=1 "-artifact_prefix=${WORK}/" "${WORK}/corpus" ${seed_dirs}
  RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  file(GLOB found "${WORK}/crash-*" "${WORK}/leak-*" "${WORK}/timeout-*" "${WORK}/oom-*")
  message(FATAL_ERROR "${FUZZER} failed (exit ${status}); input(s) kept: ${found}")
endif()
