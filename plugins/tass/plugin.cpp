// The TASS plugin: its manifest, plus style code.

#include <string_view>

#include <claimtrace/plugin_sdk.hpp>

namespace claimtrace_plugin_manifest {
extern const std::string_view k_manifest;
}  // namespace claimtrace_plugin_manifest

namespace {

// TASS style code: TASS datelines end with the agency in slashes ("MOSCOW, September 11.
// /TASS/."), also in Cyrillic ("/ТАСС/"); the marker sits within the first line.
class tass_plugin final : public claimtrace::plugin::ManifestPlugin {
 public:
  tass_plugin() noexcept : ManifestPlugin(claimtrace_plugin_manifest::k_manifest) {}

  [[nodiscard]] bool identify(const claimtrace::plugin::DocumentView& doc) const noexcept override {
    const std::string_view head = doc.text.substr(0, 400);
    return head.find("/TASS/") != std::string_view::npos || head.find("/\xD0\xA2\xD0\x90\xD0\xA1\xD0\xA1/") != std::string_view::npos;
  }

 protected:
  void do_scan(const claimtrace::plugin::DocumentView& doc, claimtrace::plugin::FindingSink& sink) const override {
    const std::string_view head = doc.text.substr(0, 400);
    for (const std::string_view marker : {std::string_view("/TASS/"), std::string_view("/\xD0\xA2\xD0\x90\xD0\xA1\xD0\xA1/")}) {
      const std::size_t at = head.find(marker);
      if (at == std::string_view::npos) {
        continue;
      }
      // The dateline runs from the start of its line through the marker (and a full stop).
      const std::size_t line = head.rfind('\n', at);
      std::size_t begin = line == std::string_view::npos ? 0 : line + 1;
      std::size_t end = at + marker.size();
      if (end < doc.text.size() && doc.text[end] == '.') {
        ++end;
      }
      if (at - begin > 80) {
        begin = at;  // a marker far into the line is only the credit
      }
      sink.add({claimtrace::plugin::FindingKind::dateline, "tass", begin, end});
      return;
    }
  }
};

}  // namespace

CLAIMTRACE_DEFINE_PLUGIN(tass_plugin, "tass", "1.0.0")
