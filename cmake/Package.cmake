# Installs the SDK: headers, library, CMake package (find_package(claimtrace)).
