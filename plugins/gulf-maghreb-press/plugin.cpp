// The Arab papers plugin: its manifest, plus style code for Al Ittihad's place line.

#include <algorithm>
#include <string_view>

#include <claimtrace/plugin_sdk.hpp>

namespace claimtrace_plugin_manifest {
extern const std::string_view k_manifest;
}  // namespace claimtrace_plugin_manifest

namespace {

// Al Ittihad style code: its stories open under the headline with a place line, "دبي (الاتحاد)",
// "أبوظبي (الاتحاد)". The paper's name alone is the word "union" (every sports story has
// "الأمين العام للاتحاد"), so the manifest cannot list it; only this line credits the paper.
class gulf_maghreb_press_plugin final : public claimtrace::plugin::ManifestPlugin {
 public:
  gulf_maghreb_press_plugin() noexcept : ManifestPlugin(claimtrace_plugin_manifest::k_manifest) {}

 protected:
  void do_scan(const claimtrace::plugin::DocumentView& doc, claimtrace::plugin::FindingSink& sink) const override {
    // The place line is among the first lines: a place of one to three words, the name in
    // brackets, and nothing after it on the line.
    const std::string_view head = doc.text.substr(0, std::min<std::size_t>(doc.text.size(), k_head_bytes));
    for (std::size_t at = head.find(k_credit); at != std::string_view::npos; at = head.find(k_credit, at + 1)) {
      const std::size_t end = at + k_credit.size();
      const bool ends_line = end == doc.text.size() || doc.text[end] == '\n' || doc.text[end] == '\r';
      const std::size_t line_start = doc.text.rfind('\n', at == 0 ? 0 : at - 1);
      const std::string_view place =
          doc.text.substr(line_start == std::string_view::npos ? 0 : line_start + 1,
                          at - (line_start == std::string_view::npos ? 0 : line_start + 1));
      std::size_t words = 0;
      bool in_word = false;
      for (const char c : place) {
        words += (c != ' ' && !in_word) ? 1 : 0;
        in_word = c != ' ';
      }
      if (ends_line && words >= 1 && words <= 3 && place.find_first_of(".,:\"") == std::string_view::npos) {
        sink.add({claimtrace::plugin::FindingKind::credited_source, "alittihad", at + 1, end - 1});
      }
    }
  }

 private:
  static constexpr std::size_t k_head_bytes = 1200;
  static constexpr std::string_view k_credit = "(\xD8\xA7\xD9\x84\xD8\xA7\xD8\xAA\xD8\xAD\xD8\xA7\xD8\xAF)";  // (الاتحاد)
};

}  // namespace

CLAIMTRACE_DEFINE_PLUGIN(gulf_maghreb_press_plugin, "gulf-maghreb-press", "1.0.0")
