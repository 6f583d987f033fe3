#include "claimtrace/extractor.hpp"

#include <algorithm>
#include <functional>
#include <fstream>
#include <sstream>

#include <spdlog/spdlog.h>

#include "extract/assembler.hpp"
#include "extract/document_context.hpp"
#include "extract/language_resources.hpp"
#include "extract/source_resolver.hpp"
#include "text/html_text.hpp"
#include "text/lang_detect.hpp"
#include "text/normalized_text.hpp"
#include "text/sha256.hpp"
#include "text/utf8.hpp"

namespace claimtrace {

namespace embedded {
extern const std::string_view k_en_toml;
extern const std::string_view k_ar_toml;
extern const std::string_view k_entities_toml;
}  // namespace embedded

namespace {

// Documents larger than this are read in chunks of about this size, cut at
// line breaks, so memory stays bounded whatever the input size.
constexpr std::size_t k_chunk_bytes = 1 << 20;

Expected<std::string> read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return make_error(ErrorKind::usage, path.string() + ": cannot read file");
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The kind of a known source by its id; unknown when no plugin or core entity has the id.
SourceKind known_kind(const std::vector<EntityInfo>& entities, std::string_view id) {
  const auto it = std::find_if(entities.begin(), entities.end(), [&](const EntityInfo& e) { return e.id == id; });
  return it == entities.end() ? SourceKind::unknown : it->kind;
}

// Where to cut the next piece of about `size` bytes: a line break (or, failing that, a
// space) near the limit.
// "told Reuters" in a story Reuters signed or filed under its dateline: the document's own
// outlet is where the reader gets it, not a relay of the claim (as the gold annotations
// leave "told the BBC" out of BBC stories). Relays the outlet is merely credited with ("according
// to TASS" in a byline) stay.
// "فرانس24/ أ ف ب/ رويترز": a credit line that names an outlet first and then only agencies
// is the outlet's own sign-off, the agencies its sources. ("(according to RNZ, Xinhua, ABC)"
// names sources only.) Returns the outlet first, then the agencies; empty if no such line.
std::vector<std::string> outlet_credit_line(const DocumentRecord& doc, const std::vector<EntityInfo>& entities) {
  auto kind_of = [&](const std::string& id) { return known_kind(entities, id); };
  std::vector<std::string> line;
  for (const CreditedSource& c : doc.byline.credited_sources) {
    if (c.via == "credit-line" && !c.entity.empty()) {
      line.push_back(c.entity);
    }
  }
  // ("المصدر : الجزيرة" alone closes an Arabic page: its own outlet, whose reporters' "للجزيرة
  // نت" relays nothing. An English "(according to RNZ)" credits a source.)
  if ((line.size() >= 2 || (line.size() == 1 && doc.lang == "ar")) && kind_of(line.front()) == SourceKind::outlet &&
      std::all_of(line.begin() + 1, line.end(), [&](const std::string& id) { return kind_of(id) == SourceKind::agency; })) {
    return line;
  }
  return {};
}

std::vector<std::string> own_outlets(const DocumentRecord& doc, const std::vector<EntityInfo>& entities) {
  std::vector<std::string> own;
  // ("بغداد اليوم - السليمانية" over an Arabic story: an outlet's own place line, read as its
  // byline, names the page's outlet; "في بيان تلقته (بغداد اليوم)" below relays nothing.)
  // (Alone on the line, with no writer: "NAME، لفرانس برس ولوموند" credits the sources a
  // compiled story drew on, none of them the page's.)
  auto arabic_outlet_line = [&](const CreditedSource& c) {
    return doc.lang == "ar" && c.via == "byline" && doc.byline.credited_sources.size() == 1 && !doc.byline.author &&
           known_kind(entities, c.entity) == SourceKind::outlet;
  };
  for (const CreditedSource& c : doc.byline.credited_sources) {
    // ("في تصريح لـ(واج)": the agency's own house style names the page's agency.)
    if (!c.entity.empty() &&
        (c.via == "signoff" || c.via == "dateline" || c.via == "self-reference" || arabic_outlet_line(c))) {
      own.push_back(c.entity);
    }
  }
  if (const std::vector<std::string> line = outlet_credit_line(doc, entities); !line.empty()) {
    own.push_back(line.front());
  }
  // ("NAME · CBC News · Posted": the publisher named with the writer.)
  for (const Credit& c : doc.credits) {
    if (c.role == "publisher" && !c.entity.empty()) {
      own.push_back(c.entity);
    }
  }
  for (const Dateline& d : doc.datelines) {
    if (!d.entity.empty()) {
      own.push_back(d.entity);
    }
  }
  return own;
}

// "told The Washington Post" names a masthead by itself (no "newspaper", no known id): when
// the document does not say whose it is, that paper may well be its own ("told The Huffington
// Post" in a HuffPost story), so it relays nothing for sure.
bool bare_masthead(std::string_view mention) {
  static constexpr std::string_view k_medium_nouns[] = {"newspaper", "paper",   "daily",   "weekly",      "magazine",
                                                        "tabloid",   "radio",   "tv",      "channel",     "network",
                                                        "television", "station", "website", "broadcaster", "agency",
                                                        "outlet"};
  bool masthead = false;
  std::size_t i = 0;
  while (i < mention.size()) {
    const std::size_t j = std::min(mention.find_first_of(" \n\t", i), mention.size());
    const std::string_view w = mention.substr(i, j - i);
    std::string lower(w);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](char ch) { return ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch; });
    if (std::find(std::begin(k_medium_nouns), std::end(k_medium_nouns), lower) != std::end(k_medium_nouns)) {
      return false;
    }
    // (A newspaper's word; "Fox News", "Sky News" are broadcasters, whose own stories name
    // themselves less than papers do, and which other outlets' stories cite by name.)
    masthead = masthead || (!w.empty() && w[0] >= 'A' && w[0] <= 'Z' && lower != "news" &&
                            extract::is_masthead_word(std::u16string(lower.begin(), lower.end())));
    i = j + 1;
  }
  return masthead;
}

// "The Washington Post", "POLITICO": a name and nothing else, every word capitalised but the
// article ("the Hong Kong-based South China Morning Post" is described).
bool bare_name(std::string_view mention) {
  std::size_t i = 0;
  bool first = true;
  while (i < mention.size()) {
    const std::size_t j = std::min(mention.find(' ', i), mention.size());
    const std::string_view w = mention.substr(i, j - i);
    if (!w.empty() && !(first && w == "the") && !(w[0] >= 'A' && w[0] <= 'Z')) {
      return false;
    }
    // ("Hong Kong-based", "state-run": a described paper.)
    if (const std::size_t hyphen = w.find('-'); hyphen != std::string_view::npos && hyphen + 1 < w.size() &&
                                                w[hyphen + 1] >= 'a' && w[hyphen + 1] <= 'z') {
      return false;
    }
    first = first && w.empty();
    i = j + 1;
  }
  return true;
}

// The mention without the lam of "told" that may stay on it: "لـ«بوابة الأهرام»", "لـFilGoal.com".
std::string_view without_told_lam(std::string_view mention) {
  for (const std::string_view lam : {std::string_view("\xD9\x84\xD9\x80") /* لـ */, std::string_view("\xD9\x84") /* ل */}) {
    if (mention.starts_with(lam)) {
      return mention.substr(lam.size());
    }
  }
  return mention;
}

// "في تصريح لـ«عكاظ»", "قال لـ"سبق"": a name in quotation marks alone, with no word for a
// medium and no known id, is as a rule the Arabic site's own masthead (its stories name
// themselves so; a known agency in quotes has its id).
bool quoted_masthead(std::string_view mention) {
  mention = without_told_lam(mention);
  auto starts = [&](std::string_view p) { return mention.starts_with(p); };
  auto ends = [&](std::string_view p) { return mention.ends_with(p); };
  const bool quoted = (starts("\xC2\xAB") && ends("\xC2\xBB")) /* « » */ || (starts("\"") && ends("\"")) ||
                      (starts("\xE2\x80\x9C") && ends("\xE2\x80\x9D")) /* “ ” */;
  // (One or two words inside: "«عكاظ»", "«الشرق الأوسط»".)
  return quoted && mention.size() <= 40 && std::count(mention.begin(), mention.end(), ' ') <= 1;
}

// "لـFilGoal.com", "مع Hespress.com": a web address standing as a name in an Arabic story is
// the site naming itself (another site is introduced with its medium's word, "موقع X"; an
// English story's "told NME.com" is another site's interview).
bool domain_masthead(std::string_view mention) {
  mention = without_told_lam(mention);
  const std::size_t dot = mention.rfind('.');
  if (mention.size() < 6 || mention.size() > 40 || dot == std::string_view::npos || dot < 2 ||
      mention.size() - dot - 1 < 2 || mention.size() - dot - 1 > 4) {
    return false;
  }
  const auto latin = [](char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'); };
  return std::all_of(mention.begin(), mention.end(), [&](char ch) {
           return latin(ch) || (ch >= '0' && ch <= '9') || ch == '.' || ch == '-';
         }) &&
         std::all_of(mention.begin() + static_cast<std::ptrdiff_t>(dot) + 1, mention.end(), latin) && latin(mention.front());
}

// "لمصراوي", "لليوم السابع": an Arabic paper's or site's known name with no word for its
// medium before it ("لصحيفة الشروق", "لموقع X" describe another outlet's).
bool bare_arabic_name(std::string_view mention) {
  static constexpr std::string_view k_medium_nouns[] = {
      "\xD8\xB5\xD8\xAD\xD9\x8A\xD9\x81\xD8\xA9" /* صحيفة */, "\xD8\xAC\xD8\xB1\xD9\x8A\xD8\xAF\xD8\xA9" /* جريدة */,
      "\xD9\x85\xD9\x88\xD9\x82\xD8\xB9" /* موقع */,                   "\xD9\x85\xD8\xAC\xD9\x84\xD8\xA9" /* مجلة */,
      "\xD9\x82\xD9\x86\xD8\xA7\xD8\xA9" /* قناة */,                   "\xD9\x88\xD9\x83\xD8\xA7\xD9\x84\xD8\xA9" /* وكالة */,
      "\xD8\xA5\xD8\xB0\xD8\xA7\xD8\xB9\xD8\xA9" /* إذاعة */,        "\xD8\xB4\xD8\xA8\xD9\x83\xD8\xA9" /* شبكة */,
      "\xD8\xAA\xD9\x84\xD9\x81\xD8\xB2\xD9\x8A\xD9\x88\xD9\x86" /* تلفزيون */, "\xD9\x85\xD9\x86\xD8\xB5\xD8\xA9" /* منصة */};
  for (const std::string_view noun : k_medium_nouns) {
    if (mention.find(noun) != std::string_view::npos) {
      return false;
    }
  }
  // (Arabic letters are two bytes led by 0xD8-0xDB; a quotation mark first is read by
  // quoted_masthead.)
  const auto lead = mention.empty() ? 0 : static_cast<unsigned char>(mention.front());
  return lead >= 0xD8 && lead <= 0xDB;
}

// The lower-cased name of a medium, without a leading article: "Breitbart News".
std::string medium_key(std::string_view mention) {
  std::string key(mention);
  std::transform(key.begin(), key.end(), key.begin(),
                 [](char ch) { return ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch; });
  if (key.starts_with("the ")) {
    key.erase(0, 4);
  }
  return key;
}

// The mastheads a story names as itself in the words before "has been told", "has learned",
// "understands that" ("Sky News has been told that P"): each form's preceding words, keyed as
// medium_key does, for a told medium's name to end. The text is searched once per form, with
// a searcher that skips ahead (a form opening with a space would stop a plain find at every
// word).
std::vector<std::string> self_reporting_heads(std::string_view text) {
  static constexpr std::string_view k_self_reports[] = {" has learned", " has been told", " understands that",
                                                        " has seen", " has obtained"};
  std::vector<std::string> heads;
  for (const std::string_view report : k_self_reports) {
    const std::boyer_moore_horspool_searcher searcher(report.begin(), report.end());
    for (auto at = text.begin();;) {
      const auto found = std::search(at, text.end(), searcher);
      if (found == text.end()) {
        break;
      }
      const auto pos = static_cast<std::size_t>(found - text.begin());
      const std::size_t from = pos > 48 ? pos - 48 : 0;
      heads.push_back(medium_key(text.substr(from, pos - from)));
      at = found + 1;
    }
  }
  return heads;
}

// The page's head ("Author: Dalia Al-Mutawwa | ARAB NEWS" over the story): its short lines after
// the headline, keyed as medium_key does and each set off by spaces, where a masthead on a
// line of its own or the byline's names the story's outlet.
std::string page_head(std::string_view text) {
  std::string head;
  std::size_t lines = 0;
  for (std::size_t at = 0; at < text.size() && lines < 8;) {
    const std::size_t end = std::min(text.find('\n', at), text.size());
    const std::string_view line = text.substr(at, end - at);
    const std::size_t words = static_cast<std::size_t>(std::count(line.begin(), line.end(), ' ')) + 1;
    if (lines > 0 && !line.empty() && words <= 10) {
      head += ' ' + medium_key(line) + ' ';
    }
    lines += line.empty() ? 0 : 1;
    at = end + 1;
  }
  return head;
}

// The words of the page's head, as masthead_key reads a name: "شفق نيوز/ أتت النيران …",
// "بغداد اليوم - السليمانية", "رووداو ديجيتال" (the short lines after the headline, and the
// first words of a paragraph, where an Arabic site's masthead opens the story).
std::string page_head_words(std::string_view text) {
  std::string head = " ";
  std::size_t lines = 0;
  for (std::size_t at = 0; at < text.size() && lines < 6;) {
    const std::size_t end = std::min(text.find('\n', at), text.size());
    std::string_view line = text.substr(at, end - at);
    const std::size_t words = static_cast<std::size_t>(std::count(line.begin(), line.end(), ' ')) + 1;
    if (lines > 0 && !line.empty() && words > 10) {
      // (A paragraph's opening masthead only, up to its slash or dash: "شفق نيوز/ أتت …".)
      const std::size_t cut = std::min(line.find('/'), line.find(" - "));
      line = cut != std::string_view::npos && std::count(line.begin(), line.begin() + static_cast<std::ptrdiff_t>(cut), ' ') <= 3
                 ? line.substr(0, cut)
                 : std::string_view{};
    }
    if (lines > 0 && !line.empty()) {
      for (const char ch : line) {
        head += (ch == '/' || ch == '(' || ch == ')' || ch == '-' || ch == '"' || ch == ':') ? ' ' : ch;
      }
      head += ' ';
    }
    // (The head ends where the story's first paragraph begins.)
    if (lines > 0 && words > 10) {
      break;
    }
    lines += text.substr(at, end - at).empty() ? 0 : 1;
    at = end + 1;
  }
  return head;
}

// An Arabic told medium's name, as a page's head writes it: "لوكالة شفق نيوز" → "شفق نيوز",
// "لـ(بغداد اليوم)" → "بغداد اليوم", "لشبكة رووداو الإعلامية" → "رووداو". Empty for one in
// another script.
std::string masthead_key(std::string_view mention) {
  std::string key;
  for (const char ch : mention) {
    if (ch != '(' && ch != ')' && ch != '"') {
      key += ch;
    }
  }
  for (const std::string_view guillemet : {std::string_view("\xC2\xAB"), std::string_view("\xC2\xBB")}) {
    for (std::size_t at = key.find(guillemet); at != std::string::npos; at = key.find(guillemet)) {
      key.erase(at, guillemet.size());
    }
  }
  const std::string_view lam = "\xD9\x84";        // ل
  const std::string_view tatweel = "\xD9\x80";    // ـ
  const std::string_view alef = "\xD8\xA7";       // ا
  // (Arabic only: its letters' lead byte.)
  if (key.empty() || (static_cast<unsigned char>(key[0]) != 0xD8 && static_cast<unsigned char>(key[0]) != 0xD9 &&
                      key[0] != ' ')) {
    return {};
  }
  if (key.starts_with(lam) && key.size() > 2 * lam.size()) {
    key.erase(0, lam.size());
    if (key.starts_with(tatweel)) {
      key.erase(0, tatweel.size());
    }
    if (key.starts_with(lam)) {
      key.insert(0, alef);  // "للسومرية" → "السومرية"
    } else if (!key.starts_with(alef) && key.find(' ') == std::string::npos) {
      key.insert(0, lam);  // a name that begins with a lam ("لبنان"): the letter is its own
    }
  }
  while (!key.empty() && key.front() == ' ') {
    key.erase(0, 1);
  }
  for (const std::string_view noun : {"\xD9\x88\xD9\x83\xD8\xA7\xD9\x84\xD8\xA9 " /* وكالة */,
                                      "\xD8\xB4\xD8\xA8\xD9\x83\xD8\xA9 " /* شبكة */,
                                      "\xD9\x82\xD9\x86\xD8\xA7\xD8\xA9 " /* قناة */,
                                      "\xD9\x85\xD9\x88\xD9\x82\xD8\xB9 " /* موقع */,
                                      "\xD8\xB5\xD8\xAD\xD9\x8A\xD9\x81\xD8\xA9 " /* صحيفة */}) {
    if (key.starts_with(noun)) {
      key.erase(0, noun.size());
      break;
    }
  }
  for (const std::string_view adjective : {" \xD8\xA7\xD9\x84\xD8\xA5\xD8\xB9\xD9\x84\xD8\xA7\xD9\x85\xD9\x8A\xD8\xA9" /* الإعلامية */,
                                           " \xD8\xA7\xD9\x84\xD8\xA5\xD8\xAE\xD8\xA8\xD8\xA7\xD8\xB1\xD9\x8A\xD8\xA9" /* الإخبارية */}) {
    if (key.ends_with(adjective)) {
      key.erase(key.size() - adjective.size());
      break;
    }
  }
  return key;
}

// "Breitbart News has learned": only an outlet's own story says what it "has learned", so a
// name no plugin knows that learned something is the story's own masthead. Its claim is the
// outlet's own statement, and "told Breitbart News" later in the story relays nothing; so for
// a name the story "has been told" by, or that heads its page.
void drop_self_learning_outlet(std::vector<Claim>& claims, std::string_view text) {
  // (A known outlet too: "…, Breitbart News has learned" in its own story.)
  auto learned = [](const Claim& c) {
    return c.chain.size() == 1 &&
           (c.chain.front().entity.empty() || c.chain.front().kind == SourceKind::outlet) &&
           // (A masthead no one knows may read as a name: "Capitol Ledger has learned".)
           c.chain.front().kind != SourceKind::officials && c.chain.front().kind != SourceKind::anonymous &&
           c.chain.front().kind != SourceKind::reports && c.chain.front().kind != SourceKind::government &&
           (c.chain.front().cue == "has learned" || c.chain.front().cue == "have learned");
  };
  auto told = [](const Claim& c) { return c.chain.size() >= 2 && c.chain.front().recipient; };
  std::vector<std::string> own;
  for (const Claim& c : claims) {
    if (learned(c)) {
      own.push_back(medium_key(c.chain.front().mention));
    }
  }
  if (std::any_of(claims.begin(), claims.end(), told)) {
    const std::vector<std::string> self_reporting = self_reporting_heads(text);
    const std::string head = page_head(text);
    const std::string head_words = page_head_words(text);
    for (const Claim& c : claims) {
      if (!told(c)) {
        continue;
      }
      const std::string key = medium_key(c.chain.front().mention);
      // (The name ends the words before the form, after a space or at their start.)
      const bool self_reported = std::any_of(self_reporting.begin(), self_reporting.end(), [&](const std::string& before) {
        return !key.empty() && before.ends_with(key) &&
               (before.size() == key.size() || before[before.size() - key.size() - 1] == ' ' ||
                before[before.size() - key.size() - 1] == '\n');
      });
      const std::string masthead = masthead_key(c.chain.front().mention);
      const bool heads_page = c.chain.front().entity.empty() && key.size() >= 4 &&
                              (head.find(' ' + key + ' ') != std::string::npos ||
                               (masthead.size() >= 6 && head_words.find(' ' + masthead + ' ') != std::string::npos));
      if (self_reported || heads_page) {
        own.push_back(key);
      }
    }
  }
  if (own.empty()) {
    return;
  }
  for (Claim& c : claims) {
    if (learned(c)) {
      c.chain.clear();
      std::erase_if(c.reasons, [](const Reason& r) {
        return r.code == ReasonCode::unnamed_source || r.code == ReasonCode::vague_source;
      });
      if (c.status == ClaimStatus::single_source || c.status == ClaimStatus::anonymous ||
          c.status == ClaimStatus::confirmed) {
        c.status = ClaimStatus::unsourced;
      }
      c.unconfirmed = is_unconfirmed_status(c.status);
    } else if (told(c) && std::find(own.begin(), own.end(), medium_key(c.chain.front().mention)) != own.end()) {
      c.chain.erase(c.chain.begin());
    }
  }
}

// Is a mention one of the document's own outlets' names, the article's case aside ("the
// Guardian" for "The Guardian")?
bool names_own_outlet(std::string_view mention, const std::vector<std::string>& own,
                      const std::vector<EntityInfo>& entities) {
  auto without_article = [](std::string_view m) {
    for (const std::string_view the : {std::string_view("the "), std::string_view("The ")}) {
      if (m.starts_with(the)) {
        return m.substr(the.size());
      }
    }
    return m;
  };
  const std::string_view bare = without_article(mention);
  for (const std::string& id : own) {
    const auto e = std::find_if(entities.begin(), entities.end(), [&](const EntityInfo& x) { return x.id == id; });
    if (e == entities.end()) {
      continue;
    }
    for (const EntityName& n : e->names) {
      if (!bare.empty() && without_article(n.text) == bare) {
        return true;
      }
    }
  }
  return false;
}

void drop_own_outlet(std::vector<Claim>& claims, std::string_view text, const DocumentRecord& doc,
                     const std::vector<std::string>& self_named, const std::vector<EntityInfo>& entities) {
  drop_self_learning_outlet(claims, text);
  std::vector<std::string> own = own_outlets(doc, entities);
  // (An agency that "could not verify" in an outlet's story that credits it after its own
  // name, "فرانس24/ أ ف ب", speaks in its own copy the outlet carries: it stays a relay.)
  const std::vector<std::string> line = outlet_credit_line(doc, entities);
  // (On a page whose own outlet is known, another outlet's self-reference is a relay: "في
  // تصريح لتلفزيون سوريا" on Al-Quds Al-Arabi's page is Syria TV's interview. So on an
  // agency's page: "told France 24" under "YEREVAN, Armenia (AP) —" is France 24's interview.)
  const bool page_outlet_known = std::any_of(own.begin(), own.end(), [&](const std::string& id) {
    const SourceKind k = known_kind(entities, id);
    return k == SourceKind::outlet || k == SourceKind::agency;
  });
  for (const std::string& id : self_named) {
    if (page_outlet_known && std::find(own.begin(), own.end(), id) == own.end()) {
      continue;
    }
    if (line.empty() || std::find(line.begin() + 1, line.end(), id) == line.end()) {
      own.push_back(id);
    }
  }
  // (The same quoted masthead, once told something, is the page's own wherever it stands
  // first in a chain: "وفق مصدر تحدث إلى "العربي الجديد"، مرجحا أن Q" carries it to Q too.)
  std::vector<std::string> told_mastheads;
  for (const Claim& c : claims) {
    if (c.chain.size() >= 2 && c.chain.front().recipient &&
        (quoted_masthead(c.chain.front().mention) || (doc.lang == "ar" && domain_masthead(c.chain.front().mention)))) {
      told_mastheads.emplace_back(without_told_lam(c.chain.front().mention));
    }
  }
  // (Wherever it stands first: "في اتصال هاتفي مع FilGoal.com"، "بحسب ما علمه FilGoal.com من
  // مصادر" on the page that wrote "لـFilGoal.com".)
  auto told_masthead = [&](const Hop& h) {
    return std::find(told_mastheads.begin(), told_mastheads.end(), without_told_lam(h.mention)) != told_mastheads.end();
  };
  for (Claim& c : claims) {
    // (A paper's name in quotation marks is the Arabic site's way with its own masthead even
    // when a broadcaster shares it: "لـ«الجزيرة»" on the Saudi daily's page; Al Jazeera writes
    // "للجزيرة نت". An agency in quotes, "«واس»", stays a relay.)
    // (Likewise, in an English story whose own outlet is unknown, a known paper or news site
    // told something under its bare name: "told POLITICO", "told The Washington Post" is as a
    // rule the paper's own reporting. A paper described, "the Hong Kong-based South China
    // Morning Post", is another outlet's; a broadcaster or an agency told stays a relay. So in
    // Arabic: "قال سائق لمصراوي" on a page that does not name its outlet is Masrawy's own.)
    auto own_masthead = [&](const Hop& first) {
      if (first.entity.empty()) {
        return bare_masthead(first.mention) || quoted_masthead(first.mention) ||
               (doc.lang == "ar" && domain_masthead(first.mention));
      }
      const auto known = std::find_if(entities.begin(), entities.end(), [&](const EntityInfo& e) { return e.id == first.entity; });
      const bool paper = known != entities.end() && (known->medium == "newspaper" || known->medium == "online");
      return first.kind == SourceKind::outlet &&
             (quoted_masthead(first.mention) || (doc.lang == "en" && paper && bare_name(first.mention)) ||
              (doc.lang == "ar" && paper && bare_arabic_name(first.mention)));
    };
    if (c.chain.size() >= 2 && own.empty() && own_masthead(c.chain.front()) &&
        (c.chain.front().recipient || told_masthead(c.chain.front()))) {
      c.chain.erase(c.chain.begin());
    }
    if (c.chain.size() >= 2 && !own.empty()) {
      // (Also "في تصريح لـ CNN" in a CNN story: the outlet relaying to itself; only a
      // claim the outlet states itself keeps it, as its root.)
      std::vector<Hop> kept;
      for (std::size_t k = 0; k < c.chain.size(); ++k) {
        const Hop& h = c.chain[k];
        // ("قالت مصادر طبية للوكالة" in a dpa story: "the agency" no earlier agency explains is
        // the story's own.)
        const bool own_agency_word = h.entity.empty() && h.kind == SourceKind::agency &&
                                     (h.mention == "\u0627\u0644\u0648\u0643\u0627\u0644\u0629" /* الوكالة */ ||
                                      h.mention == "\u0644\u0644\u0648\u0643\u0627\u0644\u0629" /* للوكالة */ ||
                                      h.mention == "the agency" || h.mention == "the news agency" ||
                                      h.mention == "The agency" || h.mention == "The news agency");
        // ("told the Guardian" in a story where "The Guardian could not establish …": the
        // lowercase article kept the name from the gazetteer; the name is still the outlet's.)
        const bool own_name = h.entity.empty() && h.kind == SourceKind::outlet && names_own_outlet(h.mention, own, entities);
        const bool own_relay = k + 1 < c.chain.size() &&
                               ((!h.entity.empty() && std::find(own.begin(), own.end(), h.entity) != own.end()) ||
                                own_agency_word || own_name);
        if (!own_relay) {
          kept.push_back(h);
        }
      }
      c.chain = std::move(kept);
    }
    // The flag served the extraction; the output (JSON, the store) does not carry it, and a
    // claim read back must equal the one written.
    for (Hop& h : c.chain) {
      h.recipient = false;
    }
  }
}

std::size_t chunk_end(std::string_view text, std::size_t begin, std::size_t size = k_chunk_bytes) {
  if (text.size() - begin <= size + size / 2) {
    return text.size();
  }
  const std::size_t target = begin + size;
  std::size_t cut = text.rfind('\n', target);
  if (cut == std::string_view::npos || cut <= begin + size / 4) {
    cut = text.find('\n', target);
    if (cut == std::string_view::npos || cut > target + size) {
      cut = text.rfind(". ", target);
      if (cut == std::string_view::npos || cut <= begin) {
        cut = text.rfind(' ', target);
      }
      if (cut == std::string_view::npos || cut <= begin) {
        cut = target;
        while (cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
          ++cut;
        }
        return cut;
      }
    }
  }
  return cut + 1;
}

}  // namespace

struct Extractor::Impl {
  extract::LanguageResources resources;
  std::size_t section_bytes = 0;
};

Extractor::Extractor(std::unique_ptr<Impl> impl) noexcept : m_impl(std::move(impl)) {}
Extractor::Extractor(Extractor&&) noexcept = default;
Extractor& Extractor::operator=(Extractor&&) noexcept = default;
Extractor::~Extractor() = default;

Expected<Extractor> Extractor::create(std::span<const LoadedPlugin> plugins, const ExtractorOptions& options) {
  auto impl = std::make_unique<Impl>();
  // Sections much smaller than the 1 MB reading chunks would only cost time.
  impl->section_bytes = std::max<std::size_t>(options.section_bytes, 4096);
  extract::LanguageResources& res = impl->resources;
  res.lexicons.emplace("en", lexicon::CueLexicon("en"));
  res.lexicons.emplace("ar", lexicon::CueLexicon("ar"));
  if (auto r = res.lexicons.at("en").load(embedded::k_en_toml, "core/data/lexicon/en.toml"); !r) {
    return tl::unexpected(r.error());
  }
  if (auto r = res.lexicons.at("ar").load(embedded::k_ar_toml, "core/data/lexicon/ar.toml"); !r) {
    return tl::unexpected(r.error());
  }
  for (const std::filesystem::path& extra : options.extra_lexicons) {
    auto text = read_file(extra);
    if (!text) {
      return tl::unexpected(text.error());
    }
    // The file says its language ("lang = ...") ; its name may too (xx.toml).
    std::string lang = extra.stem().string();
    if (const std::size_t at = text->find("lang"); at != std::string::npos) {
      const std::size_t q1 = text->find('"', at);
      const std::size_t q2 = q1 == std::string::npos ? q1 : text->find('"', q1 + 1);
      if (q2 != std::string::npos) {
        lang = text->substr(q1 + 1, q2 - q1 - 1);
      }
    }
    auto [it, inserted] = res.lexicons.try_emplace(lang, lexicon::CueLexicon(lang));
    (void)inserted;
    if (auto r = it->second.load(*text, extra.string()); !r) {
      return tl::unexpected(r.error());
    }
  }

  std::vector<EntityInfo> entities;
  auto core_entities = parse_manifest(embedded::k_entities_toml, "core/data/entities.toml", "");
  if (!core_entities) {
    return tl::unexpected(core_entities.error());
  }
  entities = std::move(*core_entities);
  for (const std::filesystem::path& extra : options.extra_entities) {
    auto text = read_file(extra);
    if (!text) {
      return tl::unexpected(text.error());
    }
    auto more = parse_manifest(*text, extra.string(), "");
    if (!more) {
      return tl::unexpected(more.error());
    }
    entities.insert(entities.end(), more->begin(), more->end());
  }
  for (const LoadedPlugin& p : plugins) {
    for (const EntityInfo& agency : p.agencies) {
      entities.push_back(agency);
      // Style cues of the plugin join the lexicon of their language.
      std::size_t n = 0;
      for (const StyleCue& sc : agency.cues) {
        const auto it = res.lexicons.find(sc.lang);
        if (it == res.lexicons.end()) {
          continue;
        }
        lexicon::CueEntry e;
        e.id = "plugin." + p.name + "." + std::to_string(++n);
        e.forms = sc.forms;
        e.commitment = parse_commitment(sc.commitment).value_or(Commitment::report);
        e.frame = lexicon::Frame::speech;
        for (const lexicon::Frame f : {lexicon::Frame::speech, lexicon::Frame::according, lexicon::Frame::relay,
                                       lexicon::Frame::citing, lexicon::Frame::participle}) {
          if (lexicon::to_string(f) == sc.frame) {
            e.frame = f;
          }
        }
        it->second.add_cue(std::move(e));
      }
    }
    res.plugins.push_back(p);
  }
  // A later definition of an id (a user's entity file, a plugin) replaces an earlier one.
  std::vector<EntityInfo> unique;
  for (EntityInfo& e : entities) {
    auto it = std::find_if(unique.begin(), unique.end(), [&](const EntityInfo& u) { return u.id == e.id; });
    if (it != unique.end()) {
      *it = std::move(e);
    } else {
      unique.push_back(std::move(e));
    }
  }
  res.gazetteer = lexicon::Gazetteer(std::move(unique));
  res.index_phrase_starts();
  res.index_self_references();
  return Extractor(std::move(impl));
}

std::size_t Extractor::section_bytes() const noexcept { return m_impl->section_bytes; }

const std::vector<EntityInfo>& Extractor::entities() const noexcept { return m_impl->resources.gazetteer.entities(); }

Extraction Extractor::extract(const InputDocument& input) const {
  InputDocument copy = input;
  return extract(std::move(copy));
}

void Extractor::extract(InputDocument&& input, ExtractionSink& sink) const {
  const extract::LanguageResources& res = m_impl->resources;
  DocumentRecord doc;
  doc.path = input.path;
  doc.text = std::move(input.text);
  doc.sha256 = text::sha256_hex(doc.text);
  doc.title = input.title;
  doc.url = input.url;
  doc.published = input.published;
  doc.metadata_json = input.metadata_json;
  doc.lang = (input.lang.empty() || input.lang == "auto") ? text::detect_language(doc.text) : input.lang;
  const bool html = input.format == InputFormat::html ||
                    (input.format == InputFormat::auto_detect && text::looks_like_html(doc.text));
  doc.format = html ? "html" : "text";

  const std::string_view stored = doc.text;
  const text::CodePointIndex index(stored);
  // Headlines, bylines and credits are read line by line, so HTML is read as laid out.
  extract::DocumentContext ctx;
  if (html) {
    const std::string layout = text::html_layout(stored);
    ctx = extract::read_document_context(layout, text::CodePointIndex(layout), doc.lang, res, doc.path);
  } else {
    ctx = extract::read_document_context(stored, index, doc.lang, res, doc.path);
  }
  doc.byline = std::move(ctx.byline);
  doc.datelines = std::move(ctx.datelines);
  doc.credits = std::move(ctx.credits);
  int last_id = 0;
  int last_group = 0;
  std::size_t section_begin = 0;
  bool first_section = true;
  do {
    const std::size_t section_end = chunk_end(stored, section_begin, m_impl->section_bytes);
    const std::string_view section = stored.substr(0, section_end);
    extract::Assembler assembler(res, doc.lang);
    assembler.exclude_from_anaphora(own_outlets(doc, res.gazetteer.entities()));
    std::size_t begin = section_begin;
    while (begin < section.size()) {
      const std::size_t end = chunk_end(section, begin);
      const auto cp_base = static_cast<std::uint32_t>(index.cp_offset(begin));
      const std::string_view piece = section.substr(begin, end - begin);
      const text::NormalizedText view = html ? text::NormalizedText::from_chars(text::read_html(piece, cp_base))
                                             : text::NormalizedText::from_plain(piece, cp_base);
      const extract::DocText dt{stored, &index, &view};
      assembler.read(dt, ctx.roles);
      begin = end;
    }
    std::vector<Claim> claims = assembler.finish();
    drop_own_outlet(claims, section, doc, assembler.self_named_outlets(), res.gazetteer.entities());
    // Ids and groups go on from the previous section's.
    const int group_base = last_group;
    for (Claim& c : claims) {
      c.id += last_id;
      c.group += group_base;
      last_group = std::max(last_group, c.group);
    }
    if (!claims.empty()) {
      last_id = claims.back().id;
    }
    if (first_section) {
      for (const CreditedSource& c : assembler.inline_credits()) {
        const bool seen =
            std::any_of(doc.byline.credited_sources.begin(), doc.byline.credited_sources.end(),
                        [&](const CreditedSource& u) { return !c.entity.empty() && u.entity == c.entity; });
        if (!seen && !c.entity.empty()) {
          doc.byline.credited_sources.push_back(c);
        }
      }
      sink.begin(doc);
      first_section = false;
    }
    sink.claims(std::move(claims));
    section_begin = section_end;
  } while (section_begin < stored.size());
  sink.end(std::move(doc));
}

Extraction Extractor::extract(InputDocument&& input) const {
  CollectingSink sink;
  extract(std::move(input), sink);
  return sink.take();
}

}  // namespace claimtrace
