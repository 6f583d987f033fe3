// The AFP plugin: its manifest, plus style code.

#include <string>
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
        if ((after == doc.text.size() || doc.text[after] == '\n' || doc.text[after] == '\r') &&
            !spelled_out_before(doc.text, at)) {
          sink.add({claimtrace::plugin::FindingKind::credited_source, "afp", at, at + credit.size()});
        }
      }
    }
  }

 private:
  // "the Armed Forces of the Philippines (AFP)": the bracket gives the short form of the
  // capitalised words before it, whose initials spell A, F, P; it credits no agency.
  static bool spelled_out_before(std::string_view text, std::size_t at) noexcept {
    std::string initials;
    std::size_t end = at;
    while (initials.size() < 3) {
      while (end > 0 && text[end - 1] == ' ') {
        --end;
      }
      std::size_t begin = end;
      while (begin > 0 && ((text[begin - 1] >= 'A' && text[begin - 1] <= 'Z') ||
                           (text[begin - 1] >= 'a' && text[begin - 1] <= 'z') || text[begin - 1] == '-')) {
        --begin;
      }
      const std::string_view word = text.substr(begin, end - begin);
      if (word.empty()) {
        break;
      }
      if (word[0] >= 'A' && word[0] <= 'Z') {
        initials.insert(initials.begin(), word[0]);
      } else if (word != "of" && word != "the" && word != "and" && word != "for") {
        break;
      }
      end = begin;
    }
    return initials == "AFP";
  }
  static constexpr std::string_view k_short = "(\xD8\xA3 \xD9\x81 \xD8\xA8)";  // (أ ف ب)
  static constexpr std::string_view k_long = "(\xD9\x81\xD8\xB1\xD8\xA7\xD9\x86\xD8\xB3 \xD8\xA8\xD8\xB1\xD8\xB3)";  // (فرانس برس)
};

}  // namespace

CLAIMTRACE_DEFINE_PLUGIN(afp_plugin, "afp", "1.0.0")
