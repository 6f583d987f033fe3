// The Maghreb and Sudan press plugin (Algerian, Moroccan and Mauritanian papers and sites): everything it knows is in manifest.toml.

#include <string_view>

#include <claimtrace/plugin_sdk.hpp>

namespace claimtrace_plugin_manifest {
extern const std::string_view k_manifest;
}  // namespace claimtrace_plugin_manifest

CLAIMTRACE_MANIFEST_PLUGIN(maghreb_press, "maghreb-press", "1.0.0", claimtrace_plugin_manifest::k_manifest)
