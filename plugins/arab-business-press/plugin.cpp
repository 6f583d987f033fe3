// The Arab business press plugin: its manifest, plus style code for the source and place
// lines of sites whose names are ordinary words.

#include <algorithm>
#include <string_view>

#include <claimtrace/plugin_sdk.hpp>

namespace claimtrace_plugin_manifest {
extern const std::string_view k_manifest;
}  // namespace claimtrace_plugin_manifest

namespace {

// Style code: Argaam prints its name alone on the line under the headline ("أرقام"), Asharq
// Business likewise ("الشرق"), and Mubasher opens its story with a place line, "دبي - مباشر:".
// The names alone are words ("للأرقام الصادرة", "للشرق الأوسط", "بث مباشر"), so only these
// lines, near the top, credit the sites.
class arab_business_press_plugin final : public claimtrace::plugin::ManifestPlugin {
 public:
  arab_business_press_plugin() noexcept : ManifestPlugin(claimtrace_plugin_manifest::k_manifest) {}

 protected:
  void do_scan(const claimtrace::plugin::DocumentView& doc, claimtrace::plugin::FindingSink& sink) const override {
    std::size_t line_start = 0;
    for (int line = 0; line < k_lines && line_start < doc.text.size(); ++line) {
      std::size_t line_end = doc.text.find('\n', line_start);
      line_end = line_end == std::string_view::npos ? doc.text.size() : line_end;
      std::string_view text = doc.text.substr(line_start, line_end - line_start);
      while (!text.empty() && (text.back() == '\r' || text.back() == ' ')) {
        text.remove_suffix(1);
      }
      if (text == k_argaam) {
        sink.add({claimtrace::plugin::FindingKind::credited_source, "argaam", line_start, line_start + text.size()});
      } else if (text == k_asharq) {
        sink.add({claimtrace::plugin::FindingKind::credited_source, "asharq", line_start, line_start + text.size()});
      } else if (const std::size_t at = text.find(k_mubasher_place); at != std::string_view::npos && at > 0 && at < 40 &&
                 text.substr(0, at).find_first_of(".,:\"") == std::string_view::npos) {
        const std::size_t name = line_start + at + 3;  // after " - "
        sink.add({claimtrace::plugin::FindingKind::credited_source, "mubasher", name, name + k_mubasher.size()});
      }
      line_start = line_end + 1;
    }
  }

 private:
  static constexpr int k_lines = 8;
  static constexpr std::string_view k_argaam = "\xD8\xA3\xD8\xB1\xD9\x82\xD8\xA7\xD9\x85";  // أرقام
  static constexpr std::string_view k_asharq = "\xD8\xA7\xD9\x84\xD8\xB4\xD8\xB1\xD9\x82";  // الشرق
  static constexpr std::string_view k_mubasher = "\xD9\x85\xD8\xA8\xD8\xA7\xD8\xB4\xD8\xB1";  // مباشر
  static constexpr std::string_view k_mubasher_place = " - \xD9\x85\xD8\xA8\xD8\xA7\xD8\xB4\xD8\xB1:";  // " - مباشر:"
};

}  // namespace

CLAIMTRACE_DEFINE_PLUGIN(arab_business_press_plugin, "arab-business-press", "1.0.0")
