// The AFP plugin: its manifest, plus style code.

#include <string_view>

#include <claimtrace/plugin_sdk.hpp>

namespace claimtrace_plugin_manifest {
extern const std::string_view k_manifest;
}  // namespace claimtrace_plugin_manifest

namespace {

// AFP style code: Arabic copy credits AFP at the end of a paragraph as "(أ ف ب)" or
// "(فرانس برس)", a credit line for the whole story rather than a source of one claim.
class afp_plugin final : public claimtrace::plugin::ManifestPlugin {
 public:
  afp_plugin() noexcept : ManifestPlugin(claimtrace_plugin_manifest::k_manifest) {}

  [[nodiscard]] bool identify(const claimtrace::plugin::DocumentView& doc) const noexcept override {
    return doc.text.find(k_short) != std::string_view::npos || doc.text.find(k_long) != std::string_view::npos ||
           doc.text.find("(AFP)") != std::string_view::npos;
  }

 protected:
  void do_scan(const claimtrace::plugin::DocumentView& doc, claimtrace::plugin::FindingSink& sink) const override {
    for (const std::string_view credit : {k_short, k_long, std::string_view("(AFP)")}) {
      for (std::size_t at = doc.text.find(credit); at != std::string_view::npos; at = doc.text.find(credit, at + 1)) {
        // A credit ends its line (after optional spaces or a full stop).
        std::size_t after = at + credit.size();
        while (after < doc.text.size() && (doc.text[after] == ' ' || doc.text[after] == '.')) {
          ++after;
        }
        if (after == doc.text.size() || doc.text[after] == '\n' || doc.text[after] == '\r') {
          sink.add({claimtrace::plugin::FindingKind::credited_source, "afp", at, at + credit.size()});
        }
      }
    }
  }

 private:
  static constexpr std::string_view k_short = "(\xD8\xA3 \xD9\x81 \xD8\xA8)";  // (أ ف ب)
  static constexpr std::string_view k_long = "(\xD9\x81\xD8\xB1\xD8\xA7\xD9\x86\xD8\xB3 \xD8\xA8\xD8\xB1\xD8\xB3)";  // (فرانس برس)
};

}  // namespace

CLAIMTRACE_DEFINE_PLUGIN(afp_plugin, "afp", "1.0.0")
