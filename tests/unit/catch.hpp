#pragma once
// The one wrapper every test includes (keeps the Catch2 include path in one place).
#include <catch2/catch.hpp>
