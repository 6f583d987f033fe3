// The Reuters plugin: its manifest, plus style code.

#include <string_view>

#include <claimtrace/plugin_sdk.hpp>

namespace claimtrace_plugin_manifest {
extern const std::string_view k_manifest;
}  // namespace claimtrace_plugin_manifest

namespace {

// Reuters style code: the closing sign-off of a wire story ("Reuter" in 1980s copy,
// "REUTERS" later) stands alone on the last non-empty line, which the manifest's
// templates cannot express.
class reuters_plugin final : public claimtrace::plugin::ManifestPlugin {
 public:
  reuters_plugin() noexcept : ManifestPlugin(claimtrace_plugin_manifest::k_manifest) {}

  [[nodiscard]] bool identify(const claimtrace::plugin::DocumentView& doc) const noexcept override {
    return doc.text.find("REUTER") != std::string_view::npos || doc.text.find("Reuter") != std::string_view::npos;
  }

 protected:
  void do_scan(const claimtrace::plugin::DocumentView& doc, claimtrace::plugin::FindingSink& sink) const override {
    std::string_view text = doc.text;
    std::size_t end = text.size();
    while (end > 0 && (text[end - 1] == '\n' || text[end - 1] == '\r' || text[end - 1] == ' ' || text[end - 1] == '\t')) {
      --end;
    }
    const std::size_t line_start = text.rfind('\n', end == 0 ? 0 : end - 1);
    std::size_t begin = line_start == std::string_view::npos ? 0 : line_start + 1;
    while (begin < end && (text[begin] == ' ' || text[begin] == '\t')) {
      ++begin;
    }
    const std::string_view last = text.substr(begin, end - begin);
    if (last == "Reuter" || last == "REUTER" || last == "REUTERS" || last == "Reuters") {
      sink.add({claimtrace::plugin::FindingKind::signoff, "reuters", begin, end});
    }
  }
};

}  // namespace

CLAIMTRACE_DEFINE_PLUGIN(reuters_plugin, "reuters", "1.0.0")
