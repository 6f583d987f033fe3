// The Catch2 runner, alone in its file.
#define CATCH_CONFIG_MAIN
#include "catch.hpp"
