add_library(claimtrace_sanitizers INTERFACE)
if(CLAIMTRACE_SANITIZE)
  target_compile_options(claimtrace_sanitizers INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(claimtrace_sanitizers INTERFACE -fsanitize=address,undefined)
endif()
