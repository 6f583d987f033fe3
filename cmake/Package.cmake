# Installs the SDK: headers, the core library, the `claimtrace` binary, the plugins and a
# CMake package, so that out-of-tree plugins can use
#   find_package(claimtrace REQUIRED)
#   claimtrace_add_plugin(NAME myagency MANIFEST manifest.toml SOURCES plugin.cpp)
include(CMakePackageConfigHelpers)
set_target_properties(claimtrace_core PROPERTIES EXPORT_NAME core)
set(CLAIMTRACE_CMAKE_DIR "${CMAKE_INSTALL_LIBDIR}/cmake/claimtrace")
install(EXPORT claimtraceTargets NAMESPACE claimtrace:: DESTINATION "${CLAIMTRACE_CMAKE_DIR}")
configure_package_config_file("${PROJECT_SOURCE_DIR}/cmake/claimtraceConfig.cmake.in"
  "${PROJECT_BINARY_DIR}/claimtraceConfig.cmake" INSTALL_DESTINATION "${CLAIMTRACE_CMAKE_DIR}")
write_basic_package_version_file("${PROJECT_BINARY_DIR}/claimtraceConfigVersion.cmake"
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMajorVersion)
install(FILES
  "${PROJECT_BINARY_DIR}/claimtraceConfig.cmake"
  "${PROJECT_BINARY_DIR}/claimtraceConfigVersion.cmake"
  "${PROJECT_SOURCE_DIR}/cmake/ClaimtracePlugin.cmake"
  DESTINATION "${CLAIMTRACE_CMAKE_DIR}")
