#include "extract/document_context.hpp"

#include <algorithm>
#include <array>
#include <optional>

#include <spdlog/spdlog.h>
#include <unicode/uchar.h>

#include "lexicon/token_keys.hpp"
#include "text/char_class.hpp"
#include "text/normalized_text.hpp"
#include "text/segmenter.hpp"

namespace claimtrace::extract {
namespace {

struct Line {
  std::string_view text;   // without the line break
  std::size_t byte = 0;    // offset of text in the document
  std::uint32_t cp = 0;    // code point offset
  std::uint32_t cp_end = 0;
  std::size_t words = 0;
  bool blank = true;
};

struct EntitySpan {
  const EntityInfo* entity = nullptr;
  Span span;
  bool ambiguous = false;
};

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

// The agency or outlet this whole text names ("PA", "Reuters"), an ambiguous name included:
// after a byline's comma it can be nothing else.
const EntityInfo* agency_named(std::string_view text, const LanguageResources& res) {
  if (text.empty() || text.size() > 40) {
    return nullptr;
  }
  for (const EntityInfo& e : res.gazetteer.entities()) {
    if (e.kind != SourceKind::agency && e.kind != SourceKind::outlet) {
      continue;
    }
    for (const auto* names : {&e.names, &e.ambiguous_names}) {
      for (const EntityName& n : *names) {
        if (n.text == text) {
          return &e;
        }
      }
    }
  }
  return nullptr;
}

// "A in Oslo and B in London; Editing by C" -> the views "A", "B" (the places and the
// editors dropped).
std::vector<std::string_view> reporters_of(std::string_view credit) {
  credit = credit.substr(0, credit.find(';'));
  std::vector<std::string_view> names;
  while (!credit.empty()) {
    std::size_t cut = credit.size();
    std::size_t skip = 0;
    for (const std::string_view sep : {std::string_view(" and "), std::string_view(", ")}) {
      if (const std::size_t at = credit.find(sep); at != std::string_view::npos && at < cut) {
        cut = at;
        skip = sep.size();
      }
    }
    std::string_view name = trim(credit.substr(0, cut));
    if (const std::size_t in = name.find(" in "); in != std::string_view::npos) {
      name = name.substr(0, in);
    }
    if (!name.empty()) {
      names.push_back(name);
    }
    credit = cut < credit.size() ? credit.substr(cut + skip) : std::string_view{};
  }
  return names;
}

// The byte length of the first `cps` code points of valid UTF-8.
std::size_t bytes_of_code_points(std::string_view s, std::size_t cps) {
  std::size_t i = 0;
  for (std::size_t n = 0; i < s.size() && n < cps; ++n) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) {
      ++i;
    }
  }
  return i;
}

// Whether the text starts with an Arabic letter (UTF-8 lead bytes 0xD8-0xDB).
bool is_arabic_text(std::string_view s) {
  return !s.empty() && static_cast<unsigned char>(s.front()) >= 0xD8 && static_cast<unsigned char>(s.front()) <= 0xDB;
}

std::size_t count_words(std::string_view s) {
  std::size_t n = 0;
  bool in_word = false;
  for (const char c : s) {
    const bool space = c == ' ' || c == '\t';
    if (!space && !in_word) {
      ++n;
    }
    in_word = !space;
  }
  return n;
}

// Whether `s` has more than `n` words, reading no further than its (n+1)th word.
bool more_words_than(std::string_view s, std::size_t n) {
  std::size_t seen = 0;
  bool in_word = false;
  for (const char c : s) {
    const bool space = c == ' ' || c == '\t';
    if (!space && !in_word && ++seen > n) {
      return true;
    }
    in_word = !space;
  }
  return false;
}

std::vector<Line> split_lines(std::string_view text, const text::CodePointIndex& index) {
  std::vector<Line> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t stop = text.find('\n', start);
    if (stop == std::string_view::npos) {
      stop = text.size();
    }
    Line l;
    l.text = text.substr(start, stop - start);
    l.byte = start;
    l.cp = static_cast<std::uint32_t>(index.cp_offset(start));
    l.cp_end = static_cast<std::uint32_t>(index.cp_offset(stop));
    l.blank = trim(l.text).empty();
    l.words = count_words(l.text);
    lines.push_back(l);
    if (stop == text.size()) {
      break;
    }
    start = stop + 1;
  }
  return lines;
}

// Known entities in a short stretch of text (a line, a parenthesis).
std::vector<EntitySpan> entities_in(std::string_view utf8, std::uint32_t cp_base, const LanguageResources& res) {
  std::vector<EntitySpan> out;
  const text::NormalizedText view = text::NormalizedText::from_plain(utf8, cp_base);
  std::vector<text::Token> tokens;
  text::tokenize(view, 0, static_cast<std::uint32_t>(view.size()), tokens);
  const std::vector<lexicon::TokenKey> keys = lexicon::make_keys(view, tokens);
  for (const lexicon::EntityMatch& m : res.gazetteer.find(tokens, keys, 0, tokens.size())) {
    EntitySpan e;
    e.entity = &res.gazetteer.entities()[m.entity];
    e.span = view.source_span(tokens[m.begin].begin, tokens[m.end - 1].end);
    e.ambiguous = m.ambiguous;
    out.push_back(e);
  }
  return out;
}

bool starts_with_any(std::string_view s, std::initializer_list<std::string_view> prefixes) {
  for (const std::string_view p : prefixes) {
    if (s.starts_with(p)) {
      return true;
    }
  }
  return false;
}

bool contains_any(std::string_view s, std::initializer_list<std::string_view> needles) {
  for (const std::string_view n : needles) {
    if (s.find(n) != std::string_view::npos) {
      return true;
    }
  }
  return false;
}

// Page furniture that is not article text.
bool is_boilerplate(std::string_view line) {
  const std::string_view t = trim(line);
  if (t.empty()) {
    return false;
  }
  if (t.front() == '[' && t.back() == ']' && t.size() < 60) {
    return true;  // "[إعلان 2]"
  }
  const std::size_t bar = t.find('|');
  if (bar != std::string_view::npos && bar < 40) {
    // ("المسيرة نت| صنعاء:": a site's place line, its name, a bar, a place and a colon, is no
    // link.)
    const std::string_view after = trim(t.substr(bar + 1));
    const std::size_t colon = after.find(':');
    const bool place_line = colon != std::string_view::npos && colon > 0 && colon < 40 &&
                            count_words(after.substr(0, colon)) <= 3;
    if (!place_line) {
      return true;  // "اقرأ أيضا| …", "قد يهمك| …"
    }
  }
  if (starts_with_any(t, {"اقرأ أيضا", "اقرأ أيضاً", "اقرأ ايضا", "للمزيد:", "للمزيد :", "قد يهمك", "شاهد أيضا",
                          "Read more", "Read More", "READ MORE", "Related:", "RELATED:", "See also", "Advertisement",
                          "ADVERTISEMENT", "Share this", "Follow us", "تابعونا", "شارك"})) {
    return true;
  }
  // "Topics: covid-19, state-parliament, perth-6000": a page's tags, lower-case and hyphenated.
  if ((t.starts_with("Topics: ") || t.starts_with("Tags: ") || t.starts_with("الكلمات المفتاحية:") ||
       t.starts_with("كلمات دلالية:")) &&
      t.find(". ") == std::string_view::npos) {
    return true;
  }
  // "17:12 ت م": a wire's filing time under its "// انتهى //", a clock time and a zone.
  if (!more_words_than(t, 3) && t.size() >= 4 && t[0] >= '0' && t[0] <= '9') {
    const std::size_t colon = t.find(':');
    if (colon != std::string_view::npos && colon <= 2 && colon + 1 < t.size() && t[colon + 1] >= '0' &&
        t[colon + 1] <= '9') {
      return true;
    }
  }
  if (!more_words_than(t, 2)) {
    // "تعليق (0)", "مصدر", "Comments (3)", "Source"
    if (t.find('(') != std::string_view::npos && t.back() == ')' && contains_any(t, {"0", "1", "2", "3", "4", "5",
                                                                                     "6", "7", "8", "9"})) {
      return true;
    }
    if (t == "مصدر" || t == "المصدر" || t == "Source" || t == "Comments" || t == "تعليق" || t == "تعليقات") {
      return true;
    }
  }
  // ("مواضيع ذات صلة", "أخبار ذات صلة", "Related Topics": the heading of a page's list of links.)
  if (t == "مواضيع ذات صلة" || t == "أخبار ذات صلة" || t == "اخبار ذات صلة" || t == "مقالات ذات صلة" ||
      t == "Related Topics" || t == "Related topics" || t == "More on this story") {
    return true;
  }
  return false;
}

// The heading of a list of links, alone on its line ("اقرأ أيضا:", "Read more", "Related
// Topics"): the lines under it are the linked stories' headlines.
bool is_link_list_heading(std::string_view line) {
  const std::string_view t = trim(line);
  static constexpr std::string_view k_headings[] = {
      "اقرأ أيضا", "اقرأ أيضاً", "اقرأ ايضا", "اقرأ المزيد", "قد يهمك", "شاهد أيضا", "للمزيد", "مواضيع ذات صلة",
      "أخبار ذات صلة", "اخبار ذات صلة", "مقالات ذات صلة", "Read more", "Read More", "READ MORE", "Related",
      "RELATED", "See also", "Related Topics", "Related topics", "More on this story", "Related stories",
      "Related Stories"};
  for (const std::string_view h : k_headings) {
    if (!t.starts_with(h)) {
      continue;
    }
    const std::string_view rest = trim(t.substr(h.size()));
    if (rest.empty() || rest == ":" || rest == "\xEF\xBC\x9A" /* ： */) {
      return true;
    }
  }
  return false;
}

bool ends_sentence(std::string_view t) {
  if (t.empty()) {
    return false;
  }
  const char last = t.back();
  if (last == '.' || last == '!' || last == '?' || last == ':' || last == '"' || last == ')') {
    return true;
  }
  // Multi-byte final punctuation: "”", "»", "؟", "…".
  return t.ends_with("\xE2\x80\x9D") || t.ends_with("\xC2\xBB") || t.ends_with("\xD8\x9F") ||
         t.ends_with("\xE2\x80\xA6") || t.ends_with("\xDB\x94");
}

std::u32string to_u32(std::string_view utf8) {
  std::u32string out;
  std::size_t pos = 0;
  while (pos < utf8.size()) {
    out.push_back(text::decode_utf8(utf8, pos));
  }
  return out;
}

// One word of a writer's name on a line of its own: a capital, then letters of either case,
// hyphens or apostrophes, with a small letter among them ("Kostyniuk", "O'Neill",
// "Cuinneagáin"). Irish and Romance names carry short words a name never ends on: "Niall Ó
// Cuinneagáin", "Eimear Ní Dhubhthaigh", "Ana de la Vega".
// A word in capitals, two letters or more ("LILLO", "ARGUETA-PINEL").
bool capitals_word(std::string_view word) {
  const std::u32string w = to_u32(word);
  std::size_t letters = 0;
  for (const char32_t c : w) {
    const auto u = static_cast<UChar32>(c);
    if (u_isalpha(u)) {
      if (!u_isupper(u)) {
        return false;
      }
      ++letters;
    } else if (c != U'-' && c != U'\'') {
      return false;
    }
  }
  return letters >= 2;
}

bool name_word_shape(std::string_view word, bool last) {
  const std::u32string w = to_u32(word);
  if (w.empty()) {
    return false;
  }
  static constexpr std::u32string_view k_particles[] = {U"de", U"del", U"della", U"la", U"le", U"van", U"von",
                                                        U"der", U"den", U"da", U"di", U"du", U"dos", U"das"};
  if (!last && std::find(std::begin(k_particles), std::end(k_particles), std::u32string_view(w)) != std::end(k_particles)) {
    return true;
  }
  if (!u_isupper(static_cast<UChar32>(w[0]))) {
    return false;
  }
  bool small = false;
  for (std::size_t i = 1; i < w.size(); ++i) {
    const auto c = static_cast<UChar32>(w[i]);
    if (!u_isalpha(c) && c != U'-' && c != U'\'' && c != 0x2019) {
      return false;
    }
    small = small || u_islower(c);
  }
  // ("Ó", a capital alone, only before the surname.)
  return small || (w.size() == 1 && !last);
}

// Every word of `name` shaped as a name's ("Perpetua Ashdown-Kealey", "Orla Kinsella").
bool name_words_shaped(std::string_view name) {
  for (std::size_t at = 0; at < name.size();) {
    const std::size_t sp = std::min(name.find(' ', at), name.size());
    if (!name_word_shape(name.substr(at, sp - at), sp >= name.size())) {
      return false;
    }
    at = sp + 1;
  }
  return true;
}

// The separator of a CBC byline's parts: "NAME · CBC News · Posted: DATE".
constexpr std::string_view k_middle_dot = " \xC2\xB7 ";

// "12 مارس 2019"، "الأربعاء 10 حزيران 2020"، "الثلاثاء 09 مارس 2021 | 01:45 م": a line that is
// a date and a time, nothing else: numbers, months, weekdays, "|" and "م" or "ص".
bool arabic_date_line(std::string_view line) {
  static constexpr std::string_view k_words[] = {
      "يناير", "فبراير", "مارس", "أبريل", "إبريل", "ابريل", "مايو", "يونيو", "يوليو", "أغسطس", "اغسطس", "سبتمبر",
      "أكتوبر", "اكتوبر", "نوفمبر", "ديسمبر", "كانون", "الثاني", "الأول", "شباط", "آذار", "نيسان", "أيار", "حزيران",
      "تموز", "آب", "أيلول", "تشرين", "جانفي", "فيفري", "أفريل", "ماي", "جوان", "جويلية", "أوت", "السبت", "الأحد",
      "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "م", "ص", "|", "-", "،",
      // ("نُشر في 20 أوت 2020 - 19:05": "posted on" before the date; "نشر فى: DATE | آخر تحديث:
      // DATE": and the time of the last update.)
      "نشر", "نُشر", "في", "فى", "آخر", "اخر", "تحديث",
      // ("… 2020. 12:00 صباحاً": the time of day; "كانون الثاني / يناير": both month names.)
      "/", "صباحا", "صباحاً", "مساء", "مساءً", "ظهرا", "ظهراً",
      // ("نشر بتاريخ: DATE ( آخر تحديث: DATE الساعة: 15:42 )": Maan's posting line.)
      "بتاريخ", "الساعة", "تاريخ", "النشر", "(", ")",
      // ("نُشر: 18:33-19 ديسمبر 2024 م ـ 17 جمادى الآخرة 1446 هـ": the Hijri date after the
      // Gregorian one, as Asharq Al-Awsat prints it.)
      // ("20 يونيو 2024 مـ": the era's letter drawn out.)
      "ـ", "هـ", "ه", "مـ", "محرم", "صفر", "ربيع", "الآخر", "جمادى", "الأولى", "الآخرة", "رجب", "شعبان",
      "رمضان", "شوال", "ذو", "ذي", "القعدة", "الحجة"};
  bool digit = false;
  std::size_t words = 0;
  for (std::size_t at = 0; at < line.size();) {
    const std::size_t sp = std::min(line.find(' ', at), line.size());
    std::string_view w = line.substr(at, sp - at);
    at = sp + 1;
    if (w.empty()) {
      continue;
    }
    ++words;
    if (w.ends_with("\xD8\x8C") /* ، */) {
      w.remove_suffix(2);
    }
    if (w.size() > 1 && w.ends_with(':')) {
      w.remove_suffix(1);
    }
    // ("17 رَمضان 1445 هـ": a month's name with its vowel marks, which the list has without.)
    std::string bare;
    if (w.find('\xD9') != std::string_view::npos) {
      for (std::size_t k = 0; k < w.size(); ++k) {
        const bool mark = k + 1 < w.size() && static_cast<unsigned char>(w[k]) == 0xD9 &&
                          static_cast<unsigned char>(w[k + 1]) >= 0x8B && static_cast<unsigned char>(w[k + 1]) <= 0x92;
        if (mark) {
          ++k;
        } else {
          bare.push_back(w[k]);
        }
      }
      w = bare;
    }
    const bool number = !w.empty() && std::all_of(w.begin(), w.end(), [](char ch) {
      return (ch >= '0' && ch <= '9') || ch == '/' || ch == '-' || ch == ':' || ch == '.';
    });
    digit = digit || number;
    if (!number && std::find(std::begin(k_words), std::end(k_words), w) == std::end(k_words)) {
      return false;
    }
  }
  // (Up to two dates and times: the time of posting and of the last update.)
  return digit && words <= 24;
}

// "Fri 8 Nov 2019 19.15 GMT", "Jun 27, 2023, 09:40 AM ET", "Friday, October 14, 2022": a line
// that is a date and a time, nothing else: numbers, a month, weekdays, the time of day and
// its zone.
bool english_date_line(std::string_view line) {
  static constexpr std::string_view k_months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                  "jul", "aug", "sep", "oct", "nov", "dec"};
  static constexpr std::string_view k_days[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
  static constexpr std::string_view k_other[] = {"am", "pm", "a.m.", "p.m.", "gmt", "bst", "utc", "et", "edt", "est",
                                                 "pt", "pdt", "pst", "ct", "cdt", "cst", "mt", "mdt", "ast", "adt",
                                                 "cet", "cest", "ist", "aest", "aedt", "|", "-", "at", "on", "updated",
                                                 "published", "posted", "last"};
  bool digit = false;
  bool month = false;
  std::size_t words = 0;
  for (std::size_t at = 0; at < line.size();) {
    const std::size_t sp = std::min(line.find(' ', at), line.size());
    std::string w(line.substr(at, sp - at));
    at = sp + 1;
    while (!w.empty() && (w.back() == ',' || w.back() == ':')) {
      w.pop_back();
    }
    if (w.empty()) {
      continue;
    }
    ++words;
    std::transform(w.begin(), w.end(), w.begin(), [](char ch) { return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch; });
    // ("10:14 AM GMT+1": a zone with its offset.)
    if ((w.starts_with("gmt") || w.starts_with("utc")) && w.size() > 4 && (w[3] == '+' || w[3] == '-') &&
        std::all_of(w.begin() + 4, w.end(), [](char ch) { return (ch >= '0' && ch <= '9') || ch == ':'; })) {
      w.resize(3);
    }
    const bool number = std::all_of(w.begin(), w.end(), [](char ch) {
      return (ch >= '0' && ch <= '9') || ch == '/' || ch == '-' || ch == ':' || ch == '.';
    });
    // ("09:40am", "2:41PM": the time and its half of the day in one word.)
    const bool clock = !number && w.size() >= 3 && w[0] >= '0' && w[0] <= '9' && (w.ends_with("am") || w.ends_with("pm")) &&
                       std::all_of(w.begin(), w.end() - 2, [](char ch) { return (ch >= '0' && ch <= '9') || ch == ':' || ch == '.'; });
    const bool a_month = w.size() >= 3 && w.size() <= 10 && std::any_of(std::begin(k_months), std::end(k_months), [&](std::string_view m) {
                           return w.starts_with(m);
                         });
    const bool a_day = w.size() >= 3 && w.size() <= 10 && std::any_of(std::begin(k_days), std::end(k_days), [&](std::string_view d) {
                         return w.starts_with(d) && (w.size() <= 4 || w.ends_with("day"));
                       });
    digit = digit || number || clock;
    month = month || a_month;
    if (!number && !clock && !a_month && !a_day &&
        std::find(std::begin(k_other), std::end(k_other), w) == std::end(k_other)) {
      return false;
    }
  }
  return digit && month && words <= 12;
}

char32_t fold_ascii(char32_t c) { return (c >= U'A' && c <= U'Z') ? c + 32 : c; }

// A writer's role closing a byline: "Helena Ward Environment correspondent", "NAME Travel
// Correspondent", "NAME, Nikkei staff writer".
bool writer_role(std::string_view word) {
  for (const std::string_view role : {"correspondent", "editor", "reporter", "writer", "correspondents", "editors",
                                      "reporters", "writers"}) {
    if (word.size() == role.size() && (word == role || (word[0] == role[0] - 32 && word.substr(1) == role.substr(1)))) {
      return true;
    }
    // ("NAME ATLANTIC REPORTER": the role in capitals.)
    if (word.size() == role.size() && std::equal(word.begin(), word.end(), role.begin(), [](char a, char b) { return a == b - 32; })) {
      return true;
    }
  }
  return false;
}

constexpr char32_t k_tatweel = 0x0640;

// An Arabic vowel mark, shadda or other combining mark (fathatan on), or the dagger alif.
bool is_arabic_mark(char32_t c) { return (c >= 0x064B && c <= 0x065F) || c == 0x0670; }

// Matches a dateline template ("{PLACE}, {DATE} ({NAME}) --") at the start of `head`.
// Returns the number of code points matched, or 0.
class TemplateMatcher {
 public:
  TemplateMatcher(std::u32string_view pattern, const std::vector<std::u32string>& names)
      : m_pattern(pattern), m_names(names) {}

  std::size_t match(std::u32string_view head) const {
    std::size_t p = 0;
    while (p < head.size() && head[p] == U' ') {
      ++p;
    }
    const std::size_t end = step(0, head, p, 0);
    return end == k_fail ? 0 : end;
  }

 private:
  static constexpr std::size_t k_fail = static_cast<std::size_t>(-1);
  std::u32string_view m_pattern;
  const std::vector<std::u32string>& m_names;

  std::size_t step(std::size_t pi, std::u32string_view s, std::size_t si, int depth) const {
    if (depth > 64) {
      return k_fail;
    }
    if (pi >= m_pattern.size()) {
      return si;
    }
    const char32_t c = m_pattern[pi];
    if (c == U'{') {
      const std::size_t close = m_pattern.find(U'}', pi);
      if (close == std::u32string_view::npos) {
        return k_fail;
      }
      const std::u32string_view slot = m_pattern.substr(pi + 1, close - pi - 1);
      if (slot == U"NAME") {
        for (const std::u32string& name : m_names) {
          // ("مسقط ـ العُمانية:": the text's vowel marks are no part of the lexicon's name.)
          std::size_t k = si;
          bool ok = true;
          for (std::size_t n = 0; n < name.size() && ok; ++n) {
            while (k < s.size() && is_arabic_mark(s[k]) && !is_arabic_mark(name[n])) {
              ++k;
            }
            ok = k < s.size() && fold_ascii(s[k]) == fold_ascii(name[n]);
            ++k;
          }
          while (ok && k < s.size() && is_arabic_mark(s[k])) {
            ++k;
          }
          if (ok) {
            const std::size_t r = step(close + 1, s, k, depth + 1);
            if (r != k_fail) {
              return r;
            }
          }
        }
        return k_fail;
      }
      const bool place = slot == U"PLACE";
      // (A date may give both calendars: "12 شعبان 1446 هـ الموافق 11 فبراير 2025 م".)
      const std::size_t max_len = place ? 40 : 60;
      for (std::size_t len = 1; len <= max_len && si + len <= s.size(); ++len) {
        const char32_t ch = s[si + len - 1];
        const bool allowed = u_isalpha(static_cast<UChar32>(ch)) || ch == U' ' || ch == U'.' || ch == U'\'' ||
                             // ("Law360 (August 12, 2024, 8:52 PM EDT) --": the time in a date.)
                             (!place && (u_isdigit(static_cast<UChar32>(ch)) || ch == U',' || ch == U'/' ||
                                         (ch == U':' && len > 1 && u_isdigit(static_cast<UChar32>(s[si + len - 2]))))) ||
                             // ("رام الله 6-8-2024 وفا-": a dash between a date's numbers.)
                             (!place && text::is_dash(ch) && len > 1 && u_isdigit(static_cast<UChar32>(s[si + len - 2])) &&
                              si + len < s.size() && u_isdigit(static_cast<UChar32>(s[si + len]))) ||
                             (place && text::is_dash(ch) && len > 1 && si + len < s.size() &&
                              u_isalpha(static_cast<UChar32>(s[si + len]))) ||
                             // ("بيروت - دمشق: «الشرق الأوسط»": two places parted by a spaced dash.)
                             (place && text::is_dash(ch) && len > 2 && s[si + len - 2] == U' ' && si + len + 1 < s.size() &&
                              s[si + len] == U' ' && u_isalpha(static_cast<UChar32>(s[si + len + 1]))) ||
                             // ("Banjarnegara, C Java (ANTARA News) -", "WASHINGTON, D.C., April 3": a
                             // region after the town.)
                             (place && ch == U',' && len > 1 && si + len < s.size() && s[si + len] == U' ') ||
                             // ("Bengaluru (Karnataka) [India], August 2 (ANI):": ANI's state and
                             // country in brackets after the town.)
                             // ("سريناغار (الهند): «الشرق الأوسط»": the country in brackets, in Arabic.)
                             (place && (ch == U'(' || ch == U'[') && len > 2 && s[si + len - 2] == U' ' &&
                              si + len < s.size() &&
                              (u_isupper(static_cast<UChar32>(s[si + len])) ||
                               (s[si + len] >= 0x0621 && s[si + len] <= 0x064A))) ||
                             (place && (ch == U')' || ch == U']') && len > 3);
        if (!allowed || (ch == U'(' && !place) || ch == U'\n') {
          break;
        }
        if (!place) {
          // A date has a number in it ("Sept. 11", "11 سبتمبر"); without one it is not a date.
          bool digit = false;
          for (std::size_t k = si; k < si + len; ++k) {
            digit = digit || u_isdigit(static_cast<UChar32>(s[k]));
          }
          if (!digit) {
            continue;
          }
        }
        const std::size_t r = step(close + 1, s, si + len, depth + 1);
        if (r != k_fail) {
          return r;
        }
      }
      return k_fail;
    }
    if (c == U' ') {
      std::size_t k = si;
      while (k < s.size() && s[k] == U' ') {
        ++k;
      }
      return step(pi + 1, s, k, depth + 1);
    }
    if (text::is_dash(c)) {
      std::size_t pj = pi;
      while (pj < m_pattern.size() && text::is_dash(m_pattern[pj])) {
        ++pj;
      }
      std::size_t k = si;
      while (k < s.size() && text::is_dash(s[k])) {
        ++k;
      }
      // ("مسقط ـ العمانية:": Arabic papers set the stretching mark between spaces as the dash.)
      if (k == si && k + 1 < s.size() && s[k] == k_tatweel && k > 0 && s[k - 1] == U' ' && s[k + 1] == U' ') {
        ++k;
      }
      if (k == si) {
        // A closing dash may be a colon or the end of the line: "الرياض - واس:", "بغداد - رويترز"
        // on a line of its own.
        std::size_t rest = pj;
        while (rest < m_pattern.size() && m_pattern[rest] == U' ') {
          ++rest;
        }
        if (rest == m_pattern.size() && pi > 0) {
          if (si == s.size() || s[si] == U'\n') {
            return si;
          }
          if (s[si] == U':') {
            return si + 1;
          }
        }
        return k_fail;
      }
      return step(pj, s, k, depth + 1);
    }
    if (si < s.size() && fold_ascii(s[si]) == fold_ascii(c)) {
      return step(pi + 1, s, si + 1, depth + 1);
    }
    return k_fail;
  }
};

std::string utf8_of(std::u32string_view s) {
  std::string out;
  for (const char32_t c : s) {
    text::append_utf8(out, c);
  }
  return out;
}

// A dateline read at the start of a line: its span up to `end` (dash and spaces included) and
// its place, the first `place_end` code points.
Dateline dateline_at(std::u32string_view head, std::uint32_t line_cp, std::size_t end, std::size_t place_end) {
  Dateline d;
  d.span = Span{line_cp, line_cp + static_cast<std::uint32_t>(end)};
  d.text = utf8_of(head.substr(0, end));
  d.place = utf8_of(head.substr(0, place_end));
  return d;
}

// The text without the spaces around it.
std::u32string_view trim_spaces(std::u32string_view t) {
  while (!t.empty() && t.front() == U' ') {
    t.remove_prefix(1);
  }
  while (!t.empty() && t.back() == U' ') {
    t.remove_suffix(1);
  }
  return t;
}

// A newspaper's dateline with no agency and no date, at the start of a paragraph: "PHOENIX — ",
// "RALEIGH, N.C. — ", "SALT LAKE CITY -- ": a place of at most three upper-case words, an
// optional state or country in title case, then a dash and the story. (A subheading in
// capitals, "QUESTIONABLE CLAIMS — …", comes later than the first paragraphs read here.)
std::optional<Dateline> newspaper_dateline(std::u32string_view head, std::uint32_t line_cp) {
  std::size_t k = 0;
  std::size_t letters = 0;
  std::size_t words = 1;
  while (k < head.size() && (u_isupper(static_cast<UChar32>(head[k])) || head[k] == U' ' || head[k] == U'.' ||
                             head[k] == U'\'')) {
    letters += u_isupper(static_cast<UChar32>(head[k])) ? 1 : 0;
    words += head[k] == U' ' && k + 1 < head.size() && u_isupper(static_cast<UChar32>(head[k + 1])) ? 1 : 0;
    ++k;
  }
  std::size_t place_end = k;
  while (place_end > 0 && head[place_end - 1] == U' ') {
    --place_end;
  }
  if (letters < 3 || words > 3 || place_end == 0) {
    return std::nullopt;
  }
  std::size_t j = place_end;
  if (j < head.size() && head[j] == U',') {
    // ", N.C.", ", Ariz.", ", Texas", ", New Mexico": one or two title-case words.
    ++j;
    std::size_t state_words = 0;
    while (j < head.size() && head[j] == U' ' && j + 1 < head.size() && u_isupper(static_cast<UChar32>(head[j + 1])) &&
           state_words < 2) {
      ++j;
      while (j < head.size() && (u_isalpha(static_cast<UChar32>(head[j])) || head[j] == U'.')) {
        ++j;
      }
      ++state_words;
    }
    if (state_words == 0) {
      return std::nullopt;
    }
  }
  std::size_t end = j;
  while (end < head.size() && head[end] == U' ') {
    ++end;
  }
  const std::size_t dash = end;
  while (end < head.size() && text::is_dash(head[end])) {
    ++end;
  }
  // An em dash, or the typewriter's "--" (a lone hyphen joins words).
  const bool dashed = end > dash && (end - dash >= 2 || head[dash] == 0x2014 || head[dash] == 0x2013);
  if (!dashed || end >= head.size() || head[end] != U' ') {
    return std::nullopt;
  }
  while (end < head.size() && head[end] == U' ') {
    ++end;
  }
  // The story follows on the same line: a sentence, not a heading.
  if (head.size() - end < 40) {
    return std::nullopt;
  }
  return dateline_at(head, line_cp, end, j);
}

// A dated dateline with the place in title case, as some African and Asian sites write it:
// "Addis Abeba, June 25/2021 – ", "Nairobi, March 3, 2023 - ". A place of one to three
// capitalised words, a comma, a date with a month's name and a digit, then a dash between
// spaces. (The month's name keeps "Smith, 45, – …" and headings out.)
std::optional<Dateline> title_case_dateline(std::u32string_view head, std::uint32_t line_cp) {
  std::size_t k = 0;
  std::size_t words = 0;
  while (k < head.size() && words < 4) {
    if (!u_isupper(static_cast<UChar32>(head[k]))) {
      break;
    }
    ++words;
    while (k < head.size() && (u_isalpha(static_cast<UChar32>(head[k])) || head[k] == U'-' || head[k] == U'\'')) {
      ++k;
    }
    if (k < head.size() && head[k] == U' ' && k + 1 < head.size() && u_isupper(static_cast<UChar32>(head[k + 1]))) {
      ++k;
      continue;
    }
    break;
  }
  if (words == 0 || words > 3 || k >= head.size() || head[k] != U',') {
    return std::nullopt;
  }
  const std::size_t place_end = k;
  std::size_t j = k + 1;
  while (j < head.size() && j < k + 26 && !text::is_dash(head[j])) {
    ++j;
  }
  if (j >= head.size() || !text::is_dash(head[j]) || head[j - 1] != U' ' || j + 1 >= head.size() || head[j + 1] != U' ') {
    return std::nullopt;
  }
  const std::u32string_view date = head.substr(place_end + 1, j - place_end - 1);
  const bool digit = std::any_of(date.begin(), date.end(), [](char32_t c) { return c >= U'0' && c <= U'9'; });
  static constexpr std::u32string_view k_months[] = {U"Jan", U"Feb", U"Mar", U"Apr", U"May", U"Jun",
                                                     U"Jul", U"Aug", U"Sep", U"Oct", U"Nov", U"Dec"};
  const bool month = std::any_of(std::begin(k_months), std::end(k_months),
                                 [&](std::u32string_view m) { return date.find(m) != std::u32string_view::npos; });
  if (!digit || !month) {
    return std::nullopt;
  }
  std::size_t end = j;
  while (end < head.size() && (text::is_dash(head[end]) || head[end] == U' ')) {
    ++end;
  }
  if (head.size() - end < 40) {
    return std::nullopt;
  }
  Dateline d = dateline_at(head, line_cp, end, place_end);
  d.date = utf8_of(trim_spaces(date));
  return d;
}

}  // namespace

DocumentContext read_document_context(std::string_view text, const text::CodePointIndex& index,
                                      std::string_view lang, const LanguageResources& resources,
                                      std::string_view document_path) {
  DocumentContext ctx;
  const std::vector<Line> lines = split_lines(text, index);
  std::vector<std::size_t> non_blank;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].blank) {
      non_blank.push_back(i);
    }
  }
  if (non_blank.empty()) {
    return ctx;
  }
  auto line_span = [&](const Line& l) { return Span{l.cp, l.cp_end}; };
  // The document credits a medium it names, as it is written there.
  auto credit_entity = [&](const EntitySpan& e, const char* via) {
    ctx.byline.credited_sources.push_back({e.entity->id, std::string(index.slice(e.span.start, e.span.end)), e.span, via});
  };
  // "(according to AMI, Daily News, 24.kg, Interfax-Kazakhstan)": every item of an English
  // credit list is a medium the story credits, known or not. One the gazetteer does not know
  // is found by its display name ("AMI", an initialism too ambiguous to match in prose) or
  // takes its name, folded, for its id ("24kg", "the-citizen"); a known name with a regional
  // edition after a hyphen is that edition ("interfax-kazakhstan", not "interfax").
  auto credit_listed_media = [&](std::string_view inside, std::uint32_t inside_cp, const std::vector<EntitySpan>& found,
                                 const char* via) {
    constexpr std::string_view k_according = "according to ";
    const std::size_t at = inside.find(k_according);
    if (at == std::string_view::npos) {
      return;
    }
    std::size_t from = at + k_according.size();
    while (from < inside.size()) {
      std::size_t cut = inside.find(", ", from);
      std::size_t skip = 2;
      if (const std::size_t a = inside.find(" and ", from); a != std::string_view::npos && a < cut) {
        cut = a;
        skip = 5;
      }
      if (cut == std::string_view::npos) {
        cut = inside.size();
        skip = 0;
      }
      const std::string_view item = trim(inside.substr(from, cut - from));
      from = cut + skip;
      if (item.empty() || count_words(item) > 4 || !((item[0] >= 'A' && item[0] <= 'Z') || (item[0] >= '0' && item[0] <= '9'))) {
        continue;
      }
      const auto item_cp = inside_cp + static_cast<std::uint32_t>(text::count_code_points(
                                           inside.substr(0, static_cast<std::size_t>(item.data() - inside.data()))));
      const Span item_span{item_cp, item_cp + static_cast<std::uint32_t>(text::count_code_points(item))};
      const EntitySpan* known = nullptr;
      for (const EntitySpan& e : found) {
        if ((e.entity->kind == SourceKind::agency || e.entity->kind == SourceKind::outlet) &&
            e.span.start >= item_span.start && e.span.end <= item_span.end && known == nullptr) {
          known = &e;
        }
      }
      const bool edition = known != nullptr && known->span.start == item_span.start && known->span.end < item_span.end &&
                           index.slice(known->span.end, known->span.end + 1) == "-";
      if (known != nullptr && !edition) {
        continue;
      }
      std::string id;
      if (!edition) {
        for (const EntityInfo& e : resources.gazetteer.entities()) {
          if ((e.kind == SourceKind::agency || e.kind == SourceKind::outlet) && e.display_name == item) {
            id = e.id;
            break;
          }
        }
      }
      if (id.empty()) {
        for (const char ch : item) {
          if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
            id.push_back(ch);
          } else if (ch >= 'A' && ch <= 'Z') {
            id.push_back(static_cast<char>(ch - 'A' + 'a'));
          } else if ((ch == ' ' || ch == '-') && !id.empty() && id.back() != '-') {
            id.push_back('-');
          } else if (ch != '.' && ch != '\'') {
            id.clear();  // not a name written in Latin letters
            break;
          }
        }
      }
      if (id.empty()) {
        continue;
      }
      if (edition) {
        std::erase_if(ctx.byline.credited_sources,
                      [&](const CreditedSource& c) { return c.span == known->span && c.entity == known->entity->id; });
      }
      ctx.byline.credited_sources.push_back({id, std::string(item), item_span, via});
    }
  };
  std::vector<bool> is_skip(lines.size(), false);

  // Boilerplate anywhere.
  for (std::size_t k = 0; k < non_blank.size(); ++k) {
    const std::size_t i = non_blank[k];
    if (!is_boilerplate(lines[i].text)) {
      continue;
    }
    is_skip[i] = true;
    ctx.roles.skip.push_back(line_span(lines[i]));
    // ("اقرأ أيضا:" on a line of its own, then the linked stories' headlines, one a line): the
    // lines under a list's heading are links, up to the first that ends as a sentence does.
    if (!is_link_list_heading(lines[i].text)) {
      continue;
    }
    for (std::size_t n = k + 1; n < non_blank.size(); ++n) {
      const Line& link = lines[non_blank[n]];
      if (ends_sentence(trim(link.text)) || link.words > 25) {
        break;
      }
      if (!is_skip[non_blank[n]]) {
        is_skip[non_blank[n]] = true;
        ctx.roles.skip.push_back(line_span(link));
      }
    }
  }

  // The page's date and time on a line of its own near the top ("نُشر: 18:40-24 ديسمبر 2024 م
  // ـ 22 جمادى الآخرة 1446 هـ") is never read for claims: under a "CITY - CITY: NAME" line it
  // would run on from it as one sentence, "نُشر" read as the verb "published".
  for (std::size_t k = 0; k < non_blank.size() && k < 8; ++k) {
    const std::size_t i = non_blank[k];
    if (!is_skip[i] && arabic_date_line(trim(lines[i].text))) {
      is_skip[i] = true;
      ctx.roles.skip.push_back(line_span(lines[i]));
    }
  }

  // ("NHK WORLD-JAPAN News", "BBC News" alone on the page's first line, over the headline:
  // the outlet's masthead names the page's own outlet, which "told NHK" below only reaches.)
  if (non_blank.size() >= 3 && lang == "en") {
    const Line& l = lines[non_blank.front()];
    const std::string_view t = trim(l.text);
    if (!t.empty() && count_words(t) <= 4 && !ends_sentence(t)) {
      const auto t_cp = static_cast<std::uint32_t>(l.cp + text::count_code_points(l.text.substr(0, l.text.find(t))));
      // (The country in "WORLD-JAPAN" is the masthead's word, no medium.)
      std::vector<EntitySpan> found = entities_in(t, t_cp, resources);
      std::erase_if(found, [](const EntitySpan& e) { return lexicon::Gazetteer::is_country(*e.entity); });
      if (found.size() == 1 && found.front().entity->kind == SourceKind::outlet && found.front().span.start == t_cp) {
        // (After the name, only the masthead's own words: "News", "Online", or capitals set as
        // the name is, "WORLD-JAPAN".)
        std::string rest(t.substr(std::min(t.size(), static_cast<std::size_t>(
                                                      index.slice(found.front().span.start, found.front().span.end).size()))));
        std::replace(rest.begin(), rest.end(), '-', ' ');
        bool masthead = true;
        for (std::size_t at = 0; at < rest.size() && masthead;) {
          const std::size_t sp = std::min(rest.find(' ', at), rest.size());
          const std::string_view w = std::string_view(rest).substr(at, sp - at);
          std::string lower(w);
          std::transform(lower.begin(), lower.end(), lower.begin(),
                         [](char ch) { return ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch; });
          const bool capitals = w.size() >= 2 && std::all_of(w.begin(), w.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
          masthead = w.empty() || capitals || lower == "news" || lower == "world" || lower == "online" ||
                     lower == "english" || lower == "digital" || lower == "live" || lower == "international";
          at = sp + 1;
        }
        if (masthead) {
          ctx.credits.push_back({"publisher", found.front().entity->id,
                                 std::string(index.slice(found.front().span.start, found.front().span.end)),
                                 found.front().span});
        }
      }
    }
  }

  // The headline: a first line without final punctuation; subheadings: short such lines.
  // Hard-wrapped wire copy has many short lines that are not headings.
  std::size_t wrapped_like = 0;
  for (const std::size_t i : non_blank) {
    const std::size_t len = text::count_code_points(lines[i].text);
    wrapped_like += (len >= 35 && len <= 90 && !ends_sentence(trim(lines[i].text))) ? 1 : 0;
  }
  const bool hard_wrapped = non_blank.size() >= 4 && wrapped_like * 2 >= non_blank.size();
  // The headline: a first line without final punctuation, set apart by a blank line (or short).
  const std::size_t first = non_blank.front();
  const bool blank_after = first + 1 < lines.size() && lines[first + 1].blank;
  if (!ends_sentence(trim(lines[first].text)) && lines[first].words <= 30 && non_blank.size() > 1 &&
      (blank_after || (!hard_wrapped && lines[first].words <= 15))) {
    ctx.roles.titles.push_back(line_span(lines[first]));
  }
  for (std::size_t k = 1; k + 1 < non_blank.size() && !hard_wrapped; ++k) {
    const Line& l = lines[non_blank[k]];
    if (!is_skip[non_blank[k]] && l.words <= 10 && !ends_sentence(trim(l.text)) &&
        l.text.find('(') == std::string_view::npos) {
      ctx.roles.titles.push_back(line_span(l));
    }
  }

  // Sign-off: the last line is an agency's sign-off ("REUTER").
  {
    const std::size_t last = non_blank.back();
    std::string_view t = trim(lines[last].text);
    // ("– TIMES/NA": a dash may set the sign-off off.)
    for (const std::string_view dash : {std::string_view("- "), std::string_view("\xE2\x80\x93 "), std::string_view("\xE2\x80\x94 ")}) {
      if (t.starts_with(dash)) {
        t = trim(t.substr(dash.size()));
        break;
      }
    }
    if (count_words(t) == 1) {
      for (const EntityInfo& e : resources.gazetteer.entities()) {
        for (const EntityName& s : e.signoffs) {
          if (t.size() == s.text.size() &&
              std::equal(t.begin(), t.end(), s.text.begin(), [](char a, char b) {
                return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
              })) {
            const std::size_t lead = lines[last].text.find(t);
            const auto start = static_cast<std::uint32_t>(lines[last].cp + text::count_code_points(lines[last].text.substr(0, lead)));
            const Span span{start, start + static_cast<std::uint32_t>(text::count_code_points(t))};
            ctx.byline.credited_sources.push_back({e.id, std::string(t), span, "signoff"});
            ctx.roles.skip.push_back(line_span(lines[last]));
            is_skip[last] = true;
          }
        }
      }
    }
  }

  // A line of nothing but media names: the last one joined by slashes ("فرانس24/ أ ف ب",
  // "AFP/Reuters"), or one under the headline of a paper carrying wires ("Reuters,
  // Agence France-Presse"). Each agency is credited; the line is no statement.
  auto media_line = [&](std::size_t li, std::u32string_view separators, bool under_writer = false) {
    const std::string_view t = trim(lines[li].text);
    // (Up to three credits of initials: "فرانس24/ أ ف ب/ د ب أ".)
    if (is_skip[li] || count_words(t) > 9) {
      return;
    }
    const std::size_t lead = lines[li].text.find(t);
    const auto t_cp = static_cast<std::uint32_t>(lines[li].cp + text::count_code_points(lines[li].text.substr(0, lead)));
    const std::vector<EntitySpan> found = entities_in(t, t_cp, resources);
    const std::u32string t32 = to_u32(t);
    // ("فرانس24/ وكالات": "agencies" credits no one, and is no statement either.)
    std::vector<std::pair<std::size_t, std::size_t>> generic;
    for (const std::u32string_view g : {std::u32string_view(U"\u0648\u0643\u0627\u0644\u0627\u062a") /* وكالات */,
                                        std::u32string_view(U"agencies"), std::u32string_view(U"Agencies"),
                                        std::u32string_view(U" and ")}) {
      for (std::size_t at = t32.find(g); at != std::u32string::npos; at = t32.find(g, at + 1)) {
        generic.emplace_back(at, at + g.size());
      }
    }
    bool covered_all = !found.empty();
    for (std::size_t k = 0; k < t32.size() && covered_all; ++k) {
      const char32_t c = t32[k];
      if (c == U' ' || separators.find(c) != std::u32string_view::npos ||
          std::any_of(generic.begin(), generic.end(), [&](const auto& g) { return g.first <= k && k < g.second; })) {
        continue;
      }
      const auto cp = t_cp + static_cast<std::uint32_t>(k);
      covered_all = std::any_of(found.begin(), found.end(), [&](const EntitySpan& e) {
        return (e.entity->kind == SourceKind::agency || e.entity->kind == SourceKind::outlet) && e.span.start <= cp &&
               cp < e.span.end;
      });
    }
    if (covered_all) {
      for (const EntitySpan& e : found) {
        // ("By Alison Featherby / BBC News": under the writer's name, the broadcaster the writer
        // works for publishes the story; it credits no one. A wire agency there, "Associated
        // Press", is the story's source.)
        if (!(under_writer && e.entity->kind == SourceKind::outlet)) {
          credit_entity(e, "credit-line");
        }
      }
      ctx.roles.skip.push_back(line_span(lines[li]));
      is_skip[li] = true;
    }
  };
  if (non_blank.size() > 1 && trim(lines[non_blank.back()].text).find('/') != std::string_view::npos) {
    media_line(non_blank.back(), U"/");
  }
  // (Under the headline, names joined by commas or "and"; one name alone is a credit too.)
  for (std::size_t k = 1; k < non_blank.size() && k < 3 && non_blank.size() > 3; ++k) {
    media_line(non_blank[k], U"/,\u060c&+", trim(lines[non_blank[k - 1]].text).starts_with("By "));
  }

  // The agencies (and with `outlets`, the outlets) a credit line `t` of line li names are
  // credited; the line is no statement.
  auto credit_media_of_line = [&](std::size_t li, std::string_view t, bool outlets) {
    const std::size_t lead = lines[li].text.find(t);
    const auto t_cp = static_cast<std::uint32_t>(lines[li].cp + text::count_code_points(lines[li].text.substr(0, lead)));
    for (const EntitySpan& e : entities_in(t, t_cp, resources)) {
      if (e.entity->kind == SourceKind::agency || (outlets && e.entity->kind == SourceKind::outlet)) {
        credit_entity(e, "credit-line");
      }
    }
    ctx.roles.skip.push_back(line_span(lines[li]));
    is_skip[li] = true;
  };
  // A last line naming the story's sources: "المصدر: الجزيرة نت + الفرنسية", "Source: Reuters".
  // Each agency or outlet is credited (an ambiguous name too: the line is about media). Al
  // Arabiya prints it under the headline: "المصدر: دبي - العربية.نت".
  std::vector<std::size_t> credit_lines = {non_blank.back()};
  for (std::size_t k = 1; k < non_blank.size() && k < 3; ++k) {
    credit_lines.push_back(non_blank[k]);
  }
  for (const std::size_t last : credit_lines) {
    const std::string_view t = trim(lines[last].text);
    // (Al Jazeera's pages print the line in capitals, "SOURCE: AL JAZEERA AND NEWS AGENCIES";
    // the words are compared with their ASCII letters folded.)
    std::string folded(t);
    std::transform(folded.begin(), folded.end(), folded.begin(), [](char ch) {
      return ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch;
    });
    for (const std::string_view prefix : {std::string_view("المصدر:"), std::string_view("المصدر :"),
                                          std::string_view("المصادر:"), std::string_view("source:"),
                                          std::string_view("sources:")}) {
      if (is_skip[last] || non_blank.size() < 2 || !std::string_view(folded).starts_with(prefix) ||
          count_words(t) > 10) {
        continue;
      }
      credit_media_of_line(last, t, true);
      // ("Source: Al Jazeera and news agencies": the outlet that wrote it with the wires is the
      // page's own; "told Al Jazeera" in it relays nothing.)
      // (So is an outlet named alone, "Source: Al Jazeera"; "Source: Reuters" names a wire.)
      const std::string_view named = trim(t.substr(prefix.size()));
      const std::size_t lead = lines[last].text.find(t);
      const auto t_cp =
          static_cast<std::uint32_t>(lines[last].cp + text::count_code_points(lines[last].text.substr(0, lead)));
      const std::vector<EntitySpan> found = entities_in(t, t_cp, resources);
      const bool outlet_alone = found.size() == 1 && found.front().entity->kind == SourceKind::outlet &&
                                found.front().span.end - found.front().span.start == text::count_code_points(named) &&
                                prefix.starts_with("source");
      if (folded.ends_with(" and news agencies") || folded.ends_with(" and agencies") || outlet_alone) {
        for (const EntitySpan& e : found) {
          if (e.entity->kind == SourceKind::outlet) {
            ctx.credits.push_back({"publisher", e.entity->id, std::string(index.slice(e.span.start, e.span.end)), e.span});
          }
        }
      }
      break;
    }
  }

  // An agency that shared the story, on one of the last lines: "With files from The Canadian
  // Press" (CBC), "– with Australian Associated Press" (the Guardian), "- additional reporting
  // RNZ" (the Herald). A reporter's name there, "With files from NAME", credits no medium.
  for (std::size_t k = 0; k < non_blank.size() && k < 3; ++k) {
    const std::size_t li = non_blank[non_blank.size() - 1 - k];
    std::string_view t = trim(lines[li].text);
    for (const std::string_view dash : {std::string_view("- "), std::string_view("\xE2\x80\x93 "), std::string_view("\xE2\x80\x94 ")}) {
      if (t.starts_with(dash)) {
        t = trim(t.substr(dash.size()));
        break;
      }
    }
    // ("additional reporting RNZ": a broadcaster or paper that reported too is credited.)
    const bool additional = t.starts_with("additional reporting ") || t.starts_with("Additional reporting ");
    // ("With reports from Reforma, Notimex and EFE" (Mexico News Daily): capitalized, a line
    // that ends in no full stop, no sentence of the story.)
    const bool shared = t.starts_with("With files from ") || t.starts_with("with files from ") ||
                        ((t.starts_with("with ") || additional || (t.starts_with("With ") && !ends_sentence(t))) &&
                         count_words(t) <= 8);
    // ("With reports from El Universal, Reuters and Milenio": the papers it drew on are credited
    // as the wires are.)
    const bool reports_from = t.starts_with("With reports from ") || t.starts_with("with reports from ");
    if (!is_skip[li] && non_blank.size() >= 4 && count_words(t) <= 25 && shared) {
      credit_media_of_line(li, t, additional || reports_from);
    }
  }

  // "(With inputs from PTI)" (The Hindu, NDTV): the agency whose copy was used, in brackets,
  // often above the page's share buttons and tags, so a few lines from the end.
  for (std::size_t k = 0; k < non_blank.size() && k < 10; ++k) {
    const std::size_t li = non_blank[non_blank.size() - 1 - k];
    std::string_view t = trim(lines[li].text);
    if (t.size() > 2 && t.front() == '(' && t.back() == ')') {
      t = trim(t.substr(1, t.size() - 2));
    }
    if (!is_skip[li] && non_blank.size() >= 4 && count_words(t) <= 12 &&
        (t.starts_with("With inputs from ") || t.starts_with("with inputs from "))) {
      credit_media_of_line(li, t, false);
    }
  }

  // "Fox News' NAME and The Associated Press contributed to this report.": an agency that
  // contributed is credited for the story. (An outlet named there is mostly the publisher's
  // own staff, "CNN's NAME contributed to this report", which credits nothing new.)
  for (std::size_t k = 0; k < non_blank.size() && k < 3; ++k) {
    const std::size_t li = non_blank[non_blank.size() - 1 - k];
    const std::string_view t = trim(lines[li].text);
    if (is_skip[li] || non_blank.size() < 4 || count_words(t) > 25 ||
        !(t.ends_with("contributed to this report.") || t.ends_with("contributed to this story.") ||
          t.ends_with("contributed reporting.") ||
          // ("Material from Reuters and Agence France-Presse was also used.")
          t.ends_with("was also used.") || t.ends_with("were also used.") || t.ends_with("was used in this report.") ||
          // ("Some information for this report came from Reuters and AFP." (VOA).)
          t.starts_with("Some information for this report came from ") ||
          t.starts_with("Information for this report came from ") ||
          t.starts_with("Some information in this report came from "))) {
      continue;
    }
    credit_media_of_line(li, t, false);
  }

  // Bylines and credit lines among the last lines (and the first ones).
  std::string reporting_author;
  Span reporting_span;
  // The writer's name, `name` a view into `line` (whose first code point is `line_cp`).
  auto set_author = [&](std::string_view line, std::uint32_t line_cp, std::string_view name) {
    // ("By NAME @handle": the writer's account on X after the name is no part of it.)
    if (const std::size_t at = name.find(" @"); at != std::string_view::npos && at > 0 &&
        name.find(' ', at + 2) == std::string_view::npos) {
      name = name.substr(0, at);
    }
    // ("Staff Correspondent", "Post Report", "Web Desk": a desk's credit names no writer.)
    std::string folded;
    for (const char c : name) {
      folded.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
    }
    static constexpr std::string_view k_desks[] = {
        "staff correspondent", "staff reporter", "staff writer", "our correspondent", "our staff correspondent",
        "our staff reporter", "special correspondent", "post report", "tribune report", "bureau report",
        "web desk", "news desk", "online desk", "desk report", "staff report", "news agencies"};
    if (std::find(std::begin(k_desks), std::end(k_desks), folded) != std::end(k_desks)) {
      return;
    }
    const auto name_cp = line_cp + static_cast<std::uint32_t>(text::count_code_points(
                                       line.substr(0, static_cast<std::size_t>(name.data() - line.data()))));
    ctx.byline.author = std::string(name);
    ctx.byline.author_span = Span{name_cp, name_cp + static_cast<std::uint32_t>(text::count_code_points(name))};
  };
  // The code point offset of a view into line l.
  auto cp_in = [&](const Line& l, std::string_view part) {
    return l.cp + static_cast<std::uint32_t>(
                      text::count_code_points(l.text.substr(0, static_cast<std::size_t>(part.data() - l.text.data()))));
  };
  // The time of posting: "Published 8 March 2022", "PUBLISHED MARCH 19, 2019", "Fri 8 Nov 2019
  // 19.15 GMT".
  // ("Concepción - AUG 24, 2023 - 21:15 CEST" (El País): the place of writing, a dash, the
  // time.)
  auto posted_line = [](std::string_view line) {
    const std::size_t dash = line.find(" - ");
    const bool place_then_date = dash != std::string_view::npos && dash > 0 && count_words(line.substr(0, dash)) <= 3 &&
                                 static_cast<unsigned char>(line[0]) >= 'A' && static_cast<unsigned char>(line[0]) <= 'Z' &&
                                 english_date_line(line.substr(dash + 3));
    // ("Nov 21, 2024 - Politics & Policy" (Axios): the date, a dash, the section.)
    const bool date_then_section = dash != std::string_view::npos && dash > 0 &&
                                   count_words(line.substr(dash + 3)) <= 4 && english_date_line(line.substr(0, dash));
    return line.starts_with("Published") || line.starts_with("Updated") || line.starts_with("Posted") ||
           line.starts_with("Last updated") || line.starts_with("PUBLISHED") || line.starts_with("UPDATED") ||
           english_date_line(line) || place_then_date || date_then_section;
  };
  // The non-blank line after line `li`, among the first eight, gives the time of posting.
  auto posted_line_after = [&](std::size_t li) {
    const auto here = std::find(non_blank.begin(), non_blank.end(), li);
    if (here == non_blank.end() || here + 1 == non_blank.end() || here - non_blank.begin() >= 8) {
      return false;
    }
    return posted_line(trim(lines[*(here + 1)].text));
  };
  // The agency or outlet whose name is the whole of `part` (a view into line l's text).
  auto whole_medium = [&](const Line& l, std::string_view part) -> std::optional<EntitySpan> {
    const auto part_cp = cp_in(l, part);
    const auto part_end = part_cp + static_cast<std::uint32_t>(text::count_code_points(part));
    for (const EntitySpan& e : entities_in(part, part_cp, resources)) {
      if ((e.entity->kind == SourceKind::agency || e.entity->kind == SourceKind::outlet) && e.span.start == part_cp &&
          e.span.end == part_end) {
        return e;
      }
    }
    return std::nullopt;
  };
  auto try_byline = [&](std::size_t li) {
    const Line& l = lines[li];
    std::string_view t = trim(l.text);
    std::size_t words_in_t = l.words;
    // ("| كتب NAME |": the byline between bars.)
    bool between_bars = false;
    if (t.size() > 4 && t.starts_with("| ") && t.ends_with(" |")) {
      t = trim(t.substr(2, t.size() - 4));
      words_in_t = count_words(t);
      between_bars = true;
    }
    // ("(By Hsieh Pei-lin and Dominic Ferrandes-Lowe)": CNA's sign-off, the writers in brackets.)
    if (t.size() > 6 && t.starts_with("(By ") && t.ends_with(")") && t.find('(', 1) == std::string_view::npos) {
      t = trim(t.substr(1, t.size() - 2));
      words_in_t = count_words(t);
    }
    // "By Eulalia Cadogan | Fox News", "Shahzaib Kamboh | Published January 19, 2023": a web
    // page's byline, the writer before the bar. (Page furniture with a bar was skipped as
    // boilerplate; this line is read again.)
    bool bar_byline = between_bars;
    // "Business | Press Trust of India | Updated: September 21, 2022": a section, the agency
    // the page carries and the time, parted by bars; a part that is a medium's whole name
    // credits it ("Author: NAME | ARAB NEWS").
    if (t.find(" | ") != std::string_view::npos && l.words <= 16 && !t.starts_with("By ") && !t.starts_with("BY ")) {
      for (std::size_t at = 0; at <= t.size();) {
        const std::size_t bar = std::min(t.find(" | ", at), t.size());
        std::string_view part = trim(t.substr(at, bar - at));
        // ("KYODO NEWS - Dec 12, 2023 - 19:06 | Business, All": or the agency, a dash and the
        // date, the part before the section.)
        // (That line is the page's own masthead, dated: it names the publisher as a dateline
        // does, and "told Kyodo News" below is Kyodo's own reporting.)
        bool dated = false;
        if (const std::size_t dash = part.find(" - ");
            dash != std::string_view::npos && part.find_first_of("0123456789", dash) != std::string_view::npos) {
          part = part.substr(0, dash);
          dated = at == 0;
        }
        if (const std::optional<EntitySpan> e = whole_medium(l, part)) {
          credit_entity(*e, dated ? "dateline" : "byline");
        }
        at = bar + 3;
      }
    }
    if (const std::size_t bar = t.find(" | "); bar != std::string_view::npos && l.words <= 14) {
      const std::string_view after = trim(t.substr(bar + 3));
      // ("كتب: NAME | الأحد 14-11-2021 13:20", "NAME | August 24, 2024" (Aviation Week): the date
      // after the bar.)
      if (after.starts_with("Published") || after.starts_with("Updated") || after.starts_with("Posted") ||
          t.starts_with("By ") || t.starts_with("BY ") || t.starts_with("Author: ") || arabic_date_line(after) ||
          english_date_line(after)) {
        t = trim(t.substr(0, bar));
        words_in_t = count_words(t);
        bar_byline = true;
      }
    }
    // "Nadia Kostyniuk · CBC News · Posted: Oct 03, 2017": the writer, the publisher and the
    // time, parted by middle dots; the writer is the first part. (The publisher is the page's
    // own, no credit.)
    if (const std::size_t dot = t.find(k_middle_dot); dot != std::string_view::npos && l.words <= 24) {
      const std::string_view rest = t.substr(dot + k_middle_dot.size());
      // ("By NAME · Listen to article", "By NAME · 4 min read": the page's audio button or
      // reading time after the writer.)
      if (rest.find("Posted") != std::string_view::npos || rest.find("Published") != std::string_view::npos ||
          rest.find("Updated") != std::string_view::npos || rest.starts_with("Listen") ||
          rest.find("min read") != std::string_view::npos) {
        t = trim(t.substr(0, dot));
        words_in_t = count_words(t);
        bar_byline = true;
      }
    }
    // "(Reporting by A in Oslo and B in London; Editing by C)": the reporters write the story.
    // The author is "A and B"; with two names or more it is no one stretch of the text, and
    // has no span.
    if (t.starts_with("(Reporting by ") && t.back() == ')' && l.words <= 40) {
      std::vector<std::string_view> names = reporters_of(t.substr(14, t.size() - 15));
      // ("(Reporting by Reuters; Editing by …)": the agency, no reporter.)
      std::erase_if(names, [&](std::string_view n) { return agency_named(n, resources) != nullptr; });
      if (!names.empty()) {
        reporting_author.clear();
        for (std::size_t i = 0; i < names.size(); ++i) {
          reporting_author += i == 0 ? "" : (i + 1 == names.size() ? " and " : ", ");
          reporting_author += names[i];
        }
        auto cp_at = [&](const char* p) {
          return l.cp + static_cast<std::uint32_t>(
                            text::count_code_points(l.text.substr(0, static_cast<std::size_t>(p - l.text.data()))));
        };
        reporting_span = names.size() == 1
                             ? Span{cp_at(names.front().data()), cp_at(names.front().data() + names.front().size())}
                             : Span{};
      }
    }
    // ("Tariq Naqash | Amina Farooqui" under the standfirst: two writers parted by a bar, every
    // part a person's name; page furniture with a bar was skipped, and is read again.)
    bool bar_names = false;
    if (!bar_byline && t.find(" | ") != std::string_view::npos && l.words <= 10) {
      std::size_t names = 0;
      bool all_names = true;
      for (std::size_t at = 0; at <= t.size() && all_names;) {
        const std::size_t bar = std::min(t.find(" | ", at), t.size());
        const std::string_view part = trim(t.substr(at, bar - at));
        const std::size_t words = count_words(part);
        all_names = words >= 2 && words <= 4 && name_words_shaped(part) && entities_in(part, cp_in(l, part), resources).empty();
        names += all_names ? 1 : 0;
        at = bar + 3;
      }
      bar_names = all_names && names >= 2;
      bar_byline = bar_byline || bar_names;
    }
    if (t.empty() || (bar_byline ? words_in_t : l.words) > 14 || (is_skip[li] && !bar_byline)) {
      return;
    }
    const std::size_t lead_bytes = static_cast<std::size_t>(t.data() - l.text.data());
    const std::uint32_t t_cp = l.cp + static_cast<std::uint32_t>(text::count_code_points(l.text.substr(0, lead_bytes)));
    // The agency a byline names after the writer ("By NAME, PA", "… with CNA"), credited when
    // the gazetteer knows it; false when it does not.
    auto credit_byline_agency = [&](std::string_view agency) {
      const EntityInfo* e = agency_named(agency, resources);
      if (e == nullptr) {
        return false;
      }
      const auto at = t_cp + static_cast<std::uint32_t>(text::count_code_points(
                                 t.substr(0, static_cast<std::size_t>(agency.data() - t.data()))));
      ctx.byline.credited_sources.push_back(
          {e->id, std::string(agency), Span{at, at + static_cast<std::uint32_t>(text::count_code_points(agency))},
           "byline"});
      return true;
    };
    // The line credits a medium and names no writer; it is no article prose.
    auto credit_line = [&](const EntitySpan& e) {
      credit_entity(e, "byline");
      ctx.roles.skip.push_back(line_span(l));
      is_skip[li] = true;
    };
    // The line is the byline: its name is the author, the line no article prose.
    auto take_line = [&](std::string_view name) {
      set_author(t, t_cp, name);
      ctx.roles.skip.push_back(line_span(l));
      is_skip[li] = true;
    };
    if (bar_names) {
      take_line(t);
      return;
    }
    // Credit lines at a story's foot that name the wires it drew on: "Additional sources •
    // ANSA, AP" (Euronews), "Contributing: The Associated Press" (USA Today), "© 2023 AFP"
    // (France 24), "ab/rs (dpa, AFP)" (DW: the editors' initials, then the agencies).
    {
      std::string_view listed;
      // ("Published in Dawn, February 13th, 2023": the paper, then the date.)
      for (const std::string_view lead : {std::string_view("Additional sources \xE2\x80\xA2 "),
                                          std::string_view("Contributing: "), std::string_view("\xC2\xA9 "),
                                          std::string_view("Published in ")}) {
        if (t.starts_with(lead) && words_in_t <= 10) {
          listed = t.substr(lead.size());
          if (lead == "Published in ") {
            listed = listed.substr(0, listed.find(','));
          }
          if (lead.starts_with("\xC2\xA9")) {
            // (The year first: "© 2023 AFP".)
            const std::size_t sp = listed.find(' ');
            listed = sp != std::string_view::npos && listed.substr(0, sp).find_first_not_of("0123456789") == std::string_view::npos
                         ? listed.substr(sp + 1)
                         : std::string_view{};
          }
        }
      }
      if (const std::size_t open_at = t.find(" ("); listed.empty() && open_at != std::string_view::npos && t.back() == ')' &&
                                                   words_in_t <= 8) {
        const std::string_view initials = t.substr(0, open_at);
        const bool editors = initials.find('/') != std::string_view::npos &&
                             std::all_of(initials.begin(), initials.end(),
                                         [](char ch) { return (ch >= 'a' && ch <= 'z') || ch == '/'; });
        if (editors) {
          listed = t.substr(open_at + 2, t.size() - open_at - 3);
        }
      }
      if (!listed.empty()) {
        bool any = false;
        const std::uint32_t listed_cp = cp_in(l, listed);
        for (const EntitySpan& e : entities_in(listed, listed_cp, resources)) {
          // ("Contributing: Ainsley Drobnik, USA TODAY": a staff writer of the publisher's own,
          // the outlet after a comma; it credits no one.)
          const std::string_view before = listed.substr(0, bytes_of_code_points(listed, e.span.start - listed_cp));
          const bool staff = e.entity->kind == SourceKind::outlet && before.ends_with(", ") && count_words(before) >= 2;
          if ((e.entity->kind == SourceKind::agency || e.entity->kind == SourceKind::outlet) && !staff) {
            credit_entity(e, "credit-line");
          }
          any = any || e.entity->kind == SourceKind::agency || e.entity->kind == SourceKind::outlet;
        }
        if (any) {
          ctx.roles.skip.push_back(line_span(l));
          is_skip[li] = true;
          return;
        }
      }
    }
    // "بورتسودان: السوداني - سونا", "أمستردام: الأحد 15 سبتمبر 2024: راديو دبنقا": a place, a
    // colon, then the media the story comes from, with a date between them or none. Every
    // part after the place is a medium's name or the date; each medium is credited.
    // (An Arabic place only: "Photo: AFP" and "الصورة: رويترز" credit a picture, not the story.)
    auto arabic_place = [](std::string_view place) {
      return !place.empty() &&
             std::any_of(place.begin(), place.end(), [](char ch) { return static_cast<unsigned char>(ch) >= 0x80; }) &&
             !place.starts_with("\xD8\xB5\xD9\x88\xD8\xB1") /* صور */ &&
             !place.starts_with("\xD8\xA7\xD9\x84\xD8\xB5\xD9\x88\xD8\xB1") /* الصور */ &&
             !place.starts_with("\xD8\xAA\xD8\xB5\xD9\x88\xD9\x8A\xD8\xB1") /* تصوير */;
    };
    if (const std::size_t colon = t.find(':'); colon != std::string_view::npos && colon > 0 && words_in_t <= 10 &&
                                               count_words(t.substr(0, colon)) <= 2 && arabic_place(trim(t.substr(0, colon)))) {
      const std::string_view rest = t.substr(colon + 1);
      const std::uint32_t rest_cp = cp_in(l, rest);
      const std::vector<EntitySpan> found = entities_in(rest, rest_cp, resources);
      bool any_media = false;
      bool all_parts = true;
      std::size_t from = 0;
      while (from <= rest.size() && all_parts) {
        std::size_t to = rest.find_first_of(":-/", from);
        if (to == std::string_view::npos) {
          to = rest.size();
        }
        const std::string_view part = trim(rest.substr(from, to - from));
        if (!part.empty()) {
          const std::uint32_t part_cp = cp_in(l, part);
          const std::uint32_t part_end = part_cp + static_cast<std::uint32_t>(text::count_code_points(part));
          const bool medium = std::any_of(found.begin(), found.end(), [&](const EntitySpan& e) {
            return e.span.start == part_cp && e.span.end == part_end &&
                   (e.entity->kind == SourceKind::agency || e.entity->kind == SourceKind::outlet);
          });
          const bool dated = part.find_first_of("0123456789") != std::string_view::npos;
          any_media = any_media || medium;
          all_parts = medium || dated;
        }
        from = to + 1;
      }
      if (any_media && all_parts) {
        for (const EntitySpan& e : found) {
          if (e.entity->kind == SourceKind::agency || e.entity->kind == SourceKind::outlet) {
            credit_entity(e, "credit-line");
          }
        }
        ctx.roles.skip.push_back(line_span(l));
        is_skip[li] = true;
        return;
      }
    }
    const std::size_t open = t.find('(');
    // "(تغطية صحفية فريق دبي - إعداد دينا الشامي للنشرة العربية - تحرير سامح الخطيب)": Reuters
    // Arabic's credit; the one who prepared the story writes it. (No outlet is credited by
    // it: "النشرة العربية" is the Arabic service.)
    if (open == 0 && t.back() == ')') {
      const std::string_view prepared = "\xD8\xA5\xD8\xB9\xD8\xAF\xD8\xA7\xD8\xAF ";  // "إعداد "
      if (const std::size_t at = t.find(prepared); at != std::string_view::npos) {
        std::string_view name = t.substr(at + prepared.size());
        for (const std::string_view stop : {std::string_view(" \xD9\x84\xD9\x84\xD9\x86\xD8\xB4\xD8\xB1\xD8\xA9") /* " للنشرة" */,
                                            std::string_view(" -"), std::string_view(")")}) {
          if (const std::size_t cut = name.find(stop); cut != std::string_view::npos) {
            name = name.substr(0, cut);
          }
        }
        name = trim(name);
        if (!name.empty() && count_words(name) <= 4 && !ctx.byline.author) {
          reporting_author = std::string(name);
          const auto name_cp = l.cp + static_cast<std::uint32_t>(text::count_code_points(
                                          l.text.substr(0, static_cast<std::size_t>(name.data() - l.text.data()))));
          reporting_span = Span{name_cp, name_cp + static_cast<std::uint32_t>(text::count_code_points(name))};
        }
        ctx.roles.skip.push_back(line_span(l));
        is_skip[li] = true;
        return;
      }
    }
    if (open != std::string_view::npos && t.back() == ')') {
      const std::string_view name = trim(t.substr(0, open));
      const std::string_view inside = t.substr(open + 1, t.size() - open - 2);

      const auto inside_cp = t_cp + static_cast<std::uint32_t>(text::count_code_points(t.substr(0, open + 1)));
      const std::vector<EntitySpan> found = entities_in(inside, inside_cp, resources);
      const bool credit_words = contains_any(inside, {"according", "وفق", "نقلا", "بحسب", "حسب", "وكالات",
                                                      "agencies", "Agencies", "Reporting", "reporting", "via"});
      bool any_media = false;
      for (const EntitySpan& e : found) {
        any_media = any_media || e.entity->kind == SourceKind::agency || e.entity->kind == SourceKind::outlet;
      }
      if (!any_media && !credit_words) {
        return;
      }
      // ("(Updates with Global Times report in ninth paragraph.)", "(Adds Reuters comment …)": an
      // editor's note on what the story's update added; the medium it names is one the story
      // quotes, no credit of the story, and the note is no prose.)
      if (name.empty() && starts_with_any(inside, {"Updates ", "Adds ", "Corrects ", "Recasts "})) {
        ctx.roles.skip.push_back(line_span(l));
        is_skip[li] = true;
        return;
      }
      if (count_words(name) > 5) {
        return;
      }
      // ("موقع الحادث على شارع الإمارات (الخليج)": a photo's caption with its credit; a
      // preposition is in no writer's name.)
      if (is_arabic_text(name) && contains_any(std::string(" ") + std::string(name) + " ",
                                               {" \xD8\xB9\xD9\x84\xD9\x89 " /* على */, " \xD9\x81\xD9\x8A " /* في */,
                                                " \xD9\x85\xD9\x86 " /* من */, " \xD8\xA5\xD9\x84\xD9\x89 " /* إلى */})) {
        return;
      }
      // ("القاهرة (أ ش أ)" on a line of its own: one word before the bracketed agency is a
      // place, the dateline read below, not a writer.)
      if (count_words(name) == 1 && any_media && !credit_words) {
        return;
      }
      for (const EntitySpan& e : found) {
        if (e.entity->kind != SourceKind::agency && e.entity->kind != SourceKind::outlet) {
          continue;
        }
        // "(Reuters)" alone on a line is a credit line; "Name (according to ...)" a byline.
        credit_entity(e, name.empty() ? "credit-line" : "byline");
      }
      credit_listed_media(inside, inside_cp, found, name.empty() ? "credit-line" : "byline");
      if (!name.empty() && !ctx.byline.author && name.find_first_of("0123456789") == std::string_view::npos) {
        set_author(t, t_cp, name);
      }
      ctx.roles.skip.push_back(line_span(l));
      is_skip[li] = true;
      return;
    }
    // "Al Jazeera and news agencies": the outlet writes with the wires; the outlet credited.
    for (const std::string_view tail : {std::string_view(" and news agencies"), std::string_view(" and agencies")}) {
      if (t.ends_with(tail) && words_in_t <= 6) {
        if (const std::optional<EntitySpan> e = whole_medium(l, t.substr(0, t.size() - tail.size()))) {
          credit_line(*e);
          return;
        }
      }
    }
    // "Helena Ward Environment correspondent", "Tom Ellis Political editor": a name, a desk
    // and the writer's role, with no "By".
    // ("NAME and NAME, Nikkei staff writers": two writers, joined by "and".)
    const bool two_writers = t.find(" and ") != std::string_view::npos;
    if (!ctx.byline.author && words_in_t >= 3 && words_in_t <= (two_writers ? 9u : 6u) && !t.starts_with("By ") &&
        !t.starts_with("BY ")) {
      const std::size_t last_space = t.rfind(' ');
      const std::string_view role = last_space == std::string_view::npos ? t : t.substr(last_space + 1);
      if (writer_role(role)) {
        std::vector<std::string_view> words;
        for (std::size_t at = 0; at < t.size();) {
          const std::size_t sp = t.find(' ', at);
          const std::string_view w = t.substr(at, sp == std::string_view::npos ? t.size() - at : sp - at);
          if (!w.empty()) {
            words.push_back(w);
          }
          at = sp == std::string_view::npos ? t.size() : sp + 1;
        }
        std::size_t name_words = words.size() >= 4 ? words.size() - 2 : words.size() - 1;
        // ("NAME Consumer affairs correspondent": a desk of two words, the second in lower case.)
        for (std::size_t k = 2; k + 1 < words.size(); ++k) {
          if (words[k][0] >= 'a' && words[k][0] <= 'z' && !(two_writers && words[k] == "and")) {
            name_words = std::min(name_words, k - 1);
            break;
          }
        }
        // ("KENTARO ISHIMORI, Nikkei staff writer": the name ends at the comma.)
        bool comma_after_name = false;
        for (std::size_t k = 0; k < name_words; ++k) {
          if (words[k].ends_with(',')) {
            words[k].remove_suffix(1);
            name_words = k + 1;
            comma_after_name = true;
            break;
          }
        }
        bool capitalised = name_words >= 2;
        for (std::size_t k = 0; k < name_words && capitalised; ++k) {
          capitalised = (words[k][0] >= 'A' && words[k][0] <= 'Z') || (two_writers && k > 0 && words[k] == "and");
        }
        if (capitalised) {
          std::string_view name(words.front().data(),
                                static_cast<std::size_t>(words[name_words - 1].data() + words[name_words - 1].size() -
                                                         words.front().data()));
          // ("NAME, PA Court Reporter": the agency the writer files for, before the desk and role;
          // the longest name first.)
          if (comma_after_name) {
            for (std::size_t last = words.size() - 1; last > name_words; --last) {
              const std::string_view agency(words[name_words].data(),
                                            static_cast<std::size_t>(words[last - 1].data() + words[last - 1].size() -
                                                                     words[name_words].data()));
              if (credit_byline_agency(agency)) {
                break;
              }
            }
          }
          // ("NAME/Senior Staff Reporter": the role after a slash.)
          if (const std::size_t slash = name.find('/'); slash != std::string_view::npos) {
            name = trim(name.substr(0, slash));
          }
          take_line(name);
          return;
        }
      }
    }
    // "Kendall Broussard, USA TODAY", "Priya Venkataraman": under the headline, a person's
    // name alone, or with the outlet in capitals after a comma (web copy's byline).
    // (Or under the standfirst, a sentence or more under the headline: the web page of a paper.)
    const bool under_standfirst = non_blank.size() > 4 && li == non_blank[2] && lines[non_blank[1]].words >= 8;
    // (Or further down, under a standfirst's bullets, right over the time of posting.)
    const bool over_posted = posted_line_after(li);
    // (Or right under the time of posting that is under the headline: "Published: Friday,
    // October 14, 2022" then "NAME".)
    const bool under_posted = non_blank.size() > 4 && li == non_blank[2] && posted_line(trim(lines[non_blank[1]].text));
    if (!ctx.byline.author &&
        (li == (non_blank.size() > 1 ? non_blank[1] : SIZE_MAX) || under_standfirst || over_posted || under_posted) &&
        words_in_t >= 2 &&
        (words_in_t <= 6 || (over_posted && words_in_t <= 12 && t.find(" and ") != std::string_view::npos &&
                             t.find(" in ") != std::string_view::npos)) &&
        non_blank.size() > 3 && !t.starts_with("By ") && !t.starts_with("BY ") && !t.starts_with("by ")) {
      std::string_view name = t;
      // ("Author Callum Achterberg-Sato" over "Editor NAME": a trade page's label before the
      // writer, with no colon.)
      if (name.starts_with("Author ") && count_words(name) <= 4) {
        name = trim(name.substr(7));
      }
      // (A page's heading over its summary bullets is not a writer: "Key Points".)
      if (name == "Key Points" || name == "Key points" || name == "Key Takeaways" || name == "Key takeaways" ||
          name == "In Brief" || name == "In brief" || name == "At a Glance" || name == "At a glance") {
        return;
      }
      bool outlet_after = false;
      // ("Bermet Zhumakadyrova Mar 15, 2023": the date of posting after the name, on its line.)
      bool dated = false;
      if (const std::size_t year_at = t.rfind(", "); year_at != std::string_view::npos && year_at + 6 == t.size() &&
                                                    t.substr(year_at + 2).find_first_not_of("0123456789") == std::string_view::npos) {
        const std::string_view head = t.substr(0, year_at);
        const std::size_t day_at = head.rfind(' ');
        const std::size_t month_at = day_at == std::string_view::npos ? std::string_view::npos : head.rfind(' ', day_at - 1);
        if (month_at != std::string_view::npos &&
            head.substr(day_at + 1).find_first_not_of("0123456789") == std::string_view::npos) {
          const std::string_view month = head.substr(month_at + 1, day_at - month_at - 1);
          static constexpr std::string_view k_months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
          dated = month.size() >= 3 && std::any_of(std::begin(k_months), std::end(k_months),
                                                   [&](std::string_view m) { return month.starts_with(m); });
          if (dated) {
            name = trim(head.substr(0, month_at));
          }
        }
      }

      // A writer named alone: two or three name-shaped words no lexicon knows.
      auto lone_writer = [&](std::string_view part) {
        const std::string_view who = trim(part);
        const std::size_t n = count_words(who);
        return n >= 2 && n <= 3 && name_words_shaped(who) && entities_in(who, t_cp, resources).empty();
      };
      // ("Sophie Achterberg-Lund, Reid Varga-Osei" over "Nov 21, 2024 - Politics & Policy":
      // Axios names its two writers with a comma between them, over the time of posting.)
      if (const std::size_t comma = t.find(", "); over_posted && !dated && comma != std::string_view::npos &&
                                                   t.find(',', comma + 1) == std::string_view::npos) {
        if (lone_writer(t.substr(0, comma)) && lone_writer(t.substr(comma + 2))) {
          take_line(t);
          return;
        }
      }
      if (const std::size_t comma = dated ? std::string_view::npos : t.find(','); comma != std::string_view::npos) {
        const std::string_view after = trim(t.substr(comma + 1));
        outlet_after = !after.empty() && std::none_of(after.begin(), after.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
        // ("Tobiloba Adesola-Ogundipe, Ibadan" over "Published 14 May 2019": the writer's city,
        // one or two capitalised words, when the time of posting comes next.)
        const auto here = std::find(non_blank.begin(), non_blank.end(), li);
        const std::string_view below =
            here != non_blank.end() && here + 1 != non_blank.end() ? trim(lines[*(here + 1)].text) : std::string_view{};
        const bool posted_below = below.starts_with("Published") || below.starts_with("Updated") ||
                                  below.starts_with("Posted") || below.starts_with("Last updated");
        const std::size_t place_words = count_words(after);
        outlet_after = outlet_after ||
                       (posted_below && place_words >= 1 && place_words <= 2 && after[0] >= 'A' && after[0] <= 'Z' &&
                        after.find_first_of("0123456789") == std::string_view::npos);
        name = trim(t.substr(0, comma));
      }
      // ("Orla Kinsella in Brussels and Peter Reeve in Budapest" over the time of posting: two
      // writers, each with a city; the line is the author.)
      if (const std::size_t and_at = name.find(" and "); over_posted && and_at != std::string_view::npos) {
        auto writer_in_city = [&](std::string_view part) {
          const std::size_t in_at = part.find(" in ");
          if (in_at == std::string_view::npos || in_at + 4 >= part.size() || part[in_at + 4] < 'A' || part[in_at + 4] > 'Z' ||
              count_words(part.substr(in_at + 4)) > 2) {
            return false;
          }
          const std::string_view who = trim(part.substr(0, in_at));
          const std::size_t n = count_words(who);
          // (The cities may be known as governments, "Brussels", "London"; the writers not.)
          return n >= 2 && n <= 3 && name_words_shaped(who) && entities_in(who, t_cp, resources).empty();
        };
        if (writer_in_city(name.substr(0, and_at)) && writer_in_city(name.substr(and_at + 5))) {
          take_line(name);
          return;
        }
        // ("Iris Leung-Pemberton and Ben Tsui-Harrow" over "Published: 6:30pm, 28 Oct 2024": two
        // writers, named alone.)
        if (name.size() == t.size() && lone_writer(name.substr(0, and_at)) && lone_writer(name.substr(and_at + 5))) {
          take_line(name);
          return;
        }
      }
      // ("Adele Castaing-Wrey in Paris" over the time of posting: the writer's city.)
      if (const std::size_t in_at = name.find(" in "); over_posted && in_at != std::string_view::npos &&
                                                        in_at + 4 < name.size() && name[in_at + 4] >= 'A' &&
                                                        name[in_at + 4] <= 'Z' && count_words(name.substr(in_at + 4)) <= 2) {
        name = trim(name.substr(0, in_at));
        outlet_after = true;
      }
      // ("ANTONIA VERGARA LILLO" over "Concepción - AUG 24, 2023 - 21:15 CEST": El País prints
      // the writer in capitals over the place of writing and the time; a section's name has no
      // place line under it.)
      const auto here_line = std::find(non_blank.begin(), non_blank.end(), li);
      const std::string_view line_below = here_line != non_blank.end() && here_line + 1 != non_blank.end()
                                              ? trim(lines[*(here_line + 1)].text)
                                              : std::string_view{};
      const bool capitals_over_place = over_posted && line_below.find(" - ") != std::string_view::npos &&
                                       !english_date_line(line_below);
      std::size_t words = 0;
      std::size_t particles = 0;
      bool person_like = true;
      for (std::size_t at = 0; at < name.size() && person_like;) {
        const std::size_t sp = std::min(name.find(' ', at), name.size());
        const std::string_view w = name.substr(at, sp - at);
        if (!w.empty()) {
          ++words;
          // (A first word "The" or "A" opens a title: "The Big Read".)
          person_like = (name_word_shape(w, sp >= name.size()) || (capitals_over_place && capitals_word(w))) &&
                        (words > 1 || (!(w[0] >= 'a' && w[0] <= 'z') && w != "The" && w != "A"));
          particles += w[0] >= 'a' && w[0] <= 'z' ? 1 : 0;
        }
        at = sp + 1;
      }
      if (person_like && words >= 2 && words <= 3 + particles &&
          (outlet_after || dated || name.size() == t.size() || t.starts_with("Author ")) &&
          entities_in(name, t_cp, resources).empty()) {
        // ("Tumaini Halvorsen-Reyes, ESPN": the outlet after the writer's comma is whose page it
        // is; credited here, it becomes the page's publisher below.)
        if (outlet_after && name.size() + 2 <= t.size()) {
          const std::string_view after = trim(t.substr(name.size() + 1));
          if (const std::optional<EntitySpan> e = after.empty() ? std::nullopt : whole_medium(l, after);
              e && e->entity->kind == SourceKind::outlet) {
            credit_entity(*e, "byline");
          }
        }
        take_line(name);
        return;
      }
    }
    // ("Contributor: NAME": GhanaWeb's label for the writer.)
    // ("by: NAME", "Author: NAME": TV stations' web pages.)
    for (const std::string_view prefix : {std::string_view("By "), std::string_view("BY "), std::string_view("by "),
                                          std::string_view("By: "), std::string_view("BY: "), std::string_view("by: "),
                                          std::string_view("Author: "), std::string_view("WRITER: "),
                                          std::string_view("Contributor: "), std::string_view("بقلم: "),
                                          std::string_view("بقلم "), std::string_view("كتب: "), std::string_view("كتبت: "),
                                          std::string_view("كتب : "), std::string_view("كتبت : "),  // FilGoal
                                          std::string_view("كتب- "), std::string_view("كتبت- "), std::string_view("كتب - "),
                                          std::string_view("كتبت - "), std::string_view("كتب – "), std::string_view("كتبت – "),
                                          std::string_view("كتب — "), std::string_view("كتبت — "), std::string_view("كتب "),
                                          std::string_view("كتبت ")}) {
      // ("By Corliss Vantongeren - 04/19/16 06:00 AM EDT": the time of posting after a dash.)
      std::string_view by_line = t;
      if (const std::size_t dash = t.find(" - "); dash != std::string_view::npos && dash + 3 < t.size() &&
                                                    t[dash + 3] >= '0' && t[dash + 3] <= '9') {
        by_line = t.substr(0, dash);
      }
      // ("by NAME — November 14, 2024": SpaceNews's date after a long dash.)
      for (const std::string_view long_dash : {std::string_view(" \xE2\x80\x94 "), std::string_view(" \xE2\x80\x93 ")}) {
        if (const std::size_t dash = by_line.find(long_dash); dash != std::string_view::npos &&
                                                              english_date_line(by_line.substr(dash + long_dash.size()))) {
          by_line = by_line.substr(0, dash);
        }
      }
      // ("By NAME with NAME in Moscow": the second writer, and where the two wrote from.)
      if (by_line.starts_with(prefix) && by_line.find(" with ") != std::string_view::npos) {
        if (const std::size_t in = by_line.rfind(" in "); in != std::string_view::npos && in > by_line.find(" with ") &&
                                                          in + 4 < by_line.size() && by_line[in + 4] >= 'A' &&
                                                          by_line[in + 4] <= 'Z' && count_words(by_line.substr(in + 4)) <= 2) {
          by_line = by_line.substr(0, in);
        }
      }
      // ("By NAME / Staff reporter, with CNA": the writer's role after a slash, and the agency the
      // story was written with; "By: NAME - Reporter / @handle": the role after a dash.)
      if (by_line.starts_with(prefix) && (prefix == "By " || prefix == "By: " || prefix == "BY ")) {
        if (const std::size_t slash = by_line.find(" / "); slash != std::string_view::npos && slash > prefix.size()) {
          const std::string_view rest = by_line.substr(slash + 3);
          if (const std::size_t with = rest.find("with "); with != std::string_view::npos && !ctx.byline.author) {
            credit_byline_agency(trim(rest.substr(with + 5)));
          }
          by_line = by_line.substr(0, slash);
        }
        if (const std::size_t dash = by_line.find(" - "); dash != std::string_view::npos && dash > prefix.size() &&
                                                          dash + 3 < by_line.size()) {
          const std::string_view role = by_line.substr(dash + 3);
          const std::size_t sp = std::min(role.find(' '), role.size());
          if (writer_role(role.substr(0, sp)) || role.starts_with("@")) {
            by_line = by_line.substr(0, dash);
          }
        }
      }
      // ("by NAME on 9 September 2021": Mongabay's date after the name.)
      if (const std::size_t on = by_line.find(" on "); by_line.starts_with(prefix) && on != std::string_view::npos &&
                                                       on + 4 < by_line.size() &&
                                                       english_date_line(by_line.substr(on + 4))) {
        by_line = by_line.substr(0, on);
      }
      // ("By NAME published March 3, 2023": the time of posting after the name.)
      if (const std::size_t published = by_line.find(" published "); by_line.starts_with(prefix) &&
                                                                      published != std::string_view::npos) {
        by_line = by_line.substr(0, published);
      }
      // ("BY NAME   MARCH 7, 2019   12 PM CENTRAL": the date after a run of spaces.)
      if (const std::size_t gap = by_line.find("   "); by_line.starts_with(prefix) && gap != std::string_view::npos &&
                                                        gap > prefix.size()) {
        by_line = by_line.substr(0, gap);
      }
      // ("By Larissa Tavares-Pendleton, BBC News Brasil in Porto Alegre and Owen Hadfield-Correa,
      // BBC News": two writers, each with a desk or a place after a comma. The author is "A and
      // B", no one stretch of the text, with no span; the desks are the page's own.)
      if ((prefix == "By " || prefix == "BY ") && by_line.starts_with(prefix) && !ctx.byline.author) {
        const std::string_view rest = by_line.substr(prefix.size());
        // A person's name of two to four words that no lexicon knows.
        auto person_name = [&](std::string_view name) {
          const std::size_t n = count_words(name);
          return n >= 2 && n <= 4 && name_words_shaped(name) && entities_in(name, cp_in(l, name), resources).empty();
        };
        // The writer before the comma of "NAME, desk", or empty.
        auto writer_with_desk = [&](std::string_view part) {
          const std::size_t comma = part.find(", ");
          if (comma == std::string_view::npos) {
            return std::string_view{};
          }
          const std::string_view who = trim(part.substr(0, comma));
          // (Not a list of writers, "By A B, C D and E F, CNN": the desk is no name.)
          return person_name(who) && !person_name(trim(part.substr(comma + 2))) ? who : std::string_view{};
        };
        if (const std::size_t and_at = rest.rfind(" and "); and_at != std::string_view::npos) {
          const std::string_view first_writer = writer_with_desk(rest.substr(0, and_at));
          const std::string_view second_writer = writer_with_desk(rest.substr(and_at + 5));
          if (!first_writer.empty() && !second_writer.empty()) {
            ctx.byline.author = std::string(first_writer) + " and " + std::string(second_writer);
            ctx.byline.author_span = Span{};
            ctx.roles.skip.push_back(line_span(l));
            is_skip[li] = true;
            return;
          }
        }
      }
      // (Words after a comma are the writer's agency, place or role: "كتب: NAME، أ ش أ".)
      const std::size_t by_comma = std::min(by_line.find(','), by_line.find("\xD8\x8C"));
      const std::size_t by_words = by_comma != std::string_view::npos ? count_words(by_line.substr(0, by_comma))
                                   : by_line.size() == t.size()     ? words_in_t
                                                                    : count_words(by_line);
      // ("By Mariana Quintero Bossa and Julian Ashdown": two writers of five names; "BY A VAN
      // DER B AND C D" in capitals.)
      const bool joined = by_line.find(" and ") != std::string_view::npos || by_line.find(" with ") != std::string_view::npos ||
                          (prefix == "BY " && by_line.find(" AND ") != std::string_view::npos);
      if (by_line.starts_with(prefix) && (by_words <= 6 || (joined && by_words <= 8)) &&
          (by_comma == std::string_view::npos || count_words(by_line) <= 10)) {
        std::string_view name = trim(by_line.substr(prefix.size()));
        // ("by Wyatt Crandall"; not a wrapped line's end, "by 1996.")
        if ((prefix == "by " || prefix == "by: ") && (name.empty() || name[0] < 'A' || name[0] > 'Z' ||
                                name.find_first_of("0123456789.") != std::string_view::npos)) {
          return;
        }
        // "By JENNA HOLLIS Associated Press": the agency after the name, on the same line.
        // (Not an Arabic writer's surname that is also an agency's, "كتب: NAME البنا".)
        const bool english_by = prefix.front() == 'B' || prefix.front() == 'b' || prefix.front() == 'A';
        if (!ctx.byline.author && english_by && name.find(',') == std::string_view::npos) {
          for (const EntitySpan& e : entities_in(name, t_cp + static_cast<std::uint32_t>(text::count_code_points(
                                                                t.substr(0, static_cast<std::size_t>(name.data() - t.data())))),
                                                 resources)) {
            const auto name_cp = t_cp + static_cast<std::uint32_t>(text::count_code_points(
                                            t.substr(0, static_cast<std::size_t>(name.data() - t.data()))));
            const auto end_cp = name_cp + static_cast<std::uint32_t>(text::count_code_points(name));
            if ((e.entity->kind == SourceKind::agency || e.entity->kind == SourceKind::outlet) && e.span.end == end_cp &&
                e.span.start > name_cp) {
              credit_entity(e, "byline");
              name = trim(name.substr(0, bytes_of_code_points(name, e.span.start - name_cp)));
              // ("By NAME with Reuters": the joining word goes with the agency.)
              for (const std::string_view joiner : {std::string_view(" with"), std::string_view(" and")}) {
                if (name.ends_with(joiner)) {
                  name = trim(name.substr(0, name.size() - joiner.size()));
                }
              }
              // ("By AFP - Agence France Presse": the agency's short name and its full name,
              // parted by a dash; no writer.)
              while (name.ends_with("-") || name.ends_with("\xE2\x80\x93") || name.ends_with("\xE2\x80\x94")) {
                name = trim(name.substr(0, name.ends_with("-") ? name.size() - 1 : name.size() - 3));
              }
              for (const EntitySpan& short_name : entities_in(name, name_cp, resources)) {
                if (short_name.entity == e.entity && short_name.span.start == name_cp &&
                    short_name.span.end == name_cp + text::count_code_points(name)) {
                  name = std::string_view{};
                }
              }
              break;
            }
          }
        }
        // "By Hannah Colley, PA": the agency the writer files for, after a comma. ("كتب: NAME،
        // أ ش أ": after an Arabic comma.)
        const std::size_t latin_comma = name.rfind(',');
        const std::size_t arabic_comma = name.rfind("\xD8\x8C");
        const std::size_t agency_comma = latin_comma != std::string_view::npos ? latin_comma : arabic_comma;
        const std::size_t comma_width = latin_comma != std::string_view::npos ? 1 : 2;
        if (agency_comma != std::string_view::npos && !ctx.byline.author) {
          const std::string_view after = trim(name.substr(agency_comma + comma_width));
          // ("By NAME, PA Political Correspondent": the agency before the writer's desk and role.)
          auto agency_before_role = [&] {
            const std::size_t last_space = after.rfind(' ');
            if (last_space == std::string_view::npos || !writer_role(after.substr(last_space + 1))) {
              return false;
            }
            // (The longest name first, of up to three words: "Press Association", not "Press".)
            std::array<std::size_t, 3> ends{};
            std::size_t found = 0;
            for (std::size_t sp = after.find(' '); sp != std::string_view::npos && sp <= last_space && found < ends.size();
                 sp = after.find(' ', sp + 1)) {
              ends[found++] = sp;
            }
            while (found > 0) {
              if (credit_byline_agency(after.substr(0, ends[--found]))) {
                return true;
              }
            }
            return false;
          };
          if (credit_byline_agency(after) || agency_before_role()) {
            name = trim(name.substr(0, agency_comma));
          }
        }
        // ("By state political reporter Annika Brodribb": the writer's beat, in lower case, before
        // the name.)
        while (prefix.front() == 'B' && !name.empty() && name[0] >= 'a' && name[0] <= 'z') {
          const std::size_t sp = name.find(' ');
          if (sp == std::string_view::npos) {
            break;
          }
          name = trim(name.substr(sp + 1));
        }
        // ("By Ninh Phong   November 15, 2023 | 06:05 am PT": the date after a run of spaces;
        // "By Subhransu Pattajoshi, Bhubaneswar", "By Rosie Fairbarn, health reporter": the
        // writer's place or role after a comma.)
        if (const std::size_t gap = name.find("  "); gap != std::string_view::npos) {
          name = trim(name.substr(0, gap));
        }
        // (Not a list of writers: "By A B, C D and E F".)
        auto names_list = [](std::string_view rest) {
          bool and_seen = false;
          bool capitalised = true;
          for (std::size_t at = 0; at < rest.size();) {
            const std::size_t sp = std::min(rest.find(' ', at), rest.size());
            const std::string_view w = rest.substr(at, sp - at);
            if (w == "and") {
              and_seen = true;
            } else if (!w.empty()) {
              capitalised = capitalised && w[0] >= 'A' && w[0] <= 'Z';
            }
            at = sp + 1;
          }
          return and_seen && capitalised;
        };
        if (const std::size_t comma = name.find(','); comma != std::string_view::npos && count_words(name.substr(0, comma)) >= 2 &&
                                                      !names_list(name.substr(comma + 1))) {
          name = trim(name.substr(0, comma));
        }
        if (name.find_first_of("0123456789") != std::string_view::npos) {
          return;
        }
        // ("كتب - NAME:": the colon that leads into the story.)
        if (name.ends_with(':')) {
          name = trim(name.substr(0, name.size() - 1));
        }
        // ("By RFE/RL's Kazakh Service": the outlet's service writes; the outlet credited, no
        // writer named.)
        if (english_by && !ctx.byline.author) {
          if (const std::size_t poss = name.find("'s "); poss != std::string_view::npos) {
            if (const std::optional<EntitySpan> e = whole_medium(l, name.substr(0, poss))) {
              credit_line(*e);
              return;
            }
          }
        }
        if (!name.empty() && !ctx.byline.author) {
          // (The span starts where the trimmed name does, not right after the prefix: "By  X".)
          take_line(name);
        }
        return;
      }
    }
  };
  for (std::size_t k = 0; k < non_blank.size() && k < 4; ++k) {
    try_byline(non_blank[non_blank.size() - 1 - k]);
  }
  // (A "By" line may come under a headline, a standfirst and a time stamp: "Published: 18:22
  // September 9, 2018" then "By NAME, Senior Reporter".)
  for (std::size_t k = 1; k < non_blank.size() && k < 8; ++k) {
    const Line& l = lines[non_blank[k]];
    const std::string_view lt = trim(l.text);
    const bool by = lt.starts_with("By ") || lt.starts_with("BY ") || lt.starts_with("By: ") || lt.starts_with("by: ") ||
                    (lt.starts_with("by ") && k < 3) ||
                    lt.starts_with("Author: ") || lt.starts_with("WRITER: ") || lt.starts_with("Contributor: ");
    // ("BY A B AND C D - 12/19/24 9:58 PM ET": the time of posting after a dash is no part of
    // the names; a "By" line is measured without it.)
    std::size_t by_words = l.words;
    if (const std::size_t dash = lt.find(" - "); by && dash != std::string_view::npos && dash + 3 < lt.size() &&
                                                 lt[dash + 3] >= '0' && lt[dash + 3] <= '9') {
      by_words = count_words(lt.substr(0, dash));
    }
    // ("KENTARO ISHIMORI, Nikkei staff writer" under a section, a headline and a standfirst.)
    const std::size_t last_space = lt.rfind(' ');
    // ("NAME and NAME, Nikkei staff writers": two writers make the line longer.)
    const bool role_line = (l.words <= 6 || (l.words <= 9 && lt.find(" and ") != std::string_view::npos)) &&
                           last_space != std::string_view::npos && writer_role(lt.substr(last_space + 1));
    // (Below the fourth line only a name over the time of posting, or a writer's role line.)
    const bool posted_below = posted_line_after(non_blank[k]);
    // ("By Hamish Cullody" under the time of posting and a photo's source and caption.)
    // ("By NAME / Staff reporter, with CNA" under a section, a date, a headline and a standfirst:
    // the slash before the writer's role marks it.)
    const bool by_with_role = by && by_words <= 10 && lt.find(" / ") != std::string_view::npos;
    if (k >= 4 && !posted_below && !(k < 5 && role_line) && !(by && by_words <= 6) && !by_with_role) {
      continue;
    }
    // ("By A, BBC News Brasil in Porto Alegre and B, BBC News": two writers with their desks.)
    const bool two_writers_with_desks = by && l.words <= 20 && lt.find(" and ") != std::string_view::npos &&
                                        lt.find(", ") != std::string_view::npos;
    if ((k < 3 && l.words <= 6) || (by_words <= 10 && by) || two_writers_with_desks ||
        (k < 3 && l.words <= 16 && l.text.find(" | ") != std::string_view::npos) || (l.words <= 4 && posted_below) ||
        // ("Paola Ricci in Brussels and Jonas Eckhardt in Berlin" over "Published …": two writers
        // with their cities, a line too long for a name alone.)
        (l.words <= 12 && posted_below && lt.find(" and ") != std::string_view::npos &&
         lt.find(" in ") != std::string_view::npos) ||
        (k < 5 && role_line) || (k < 3 && l.words <= 24 && l.text.find(k_middle_dot) != std::string_view::npos)) {
      try_byline(non_blank[k]);
    }
  }
  // ("Perpetua Ashdown-Kealey @pashdownkealey" under the time of posting: CNBC's writer with
  // the writer's handle.)
  for (std::size_t k = 1; k < non_blank.size() && k < 12 && !ctx.byline.author; ++k) {
    const Line& l = lines[non_blank[k]];
    const std::string_view lt = trim(l.text);
    const std::size_t at = lt.rfind(" @");
    if (at == std::string_view::npos || l.words < 3 || l.words > 5 || lt.find(' ', at + 2) != std::string_view::npos) {
      continue;
    }
    const std::string_view name = trim(lt.substr(0, at));
    const bool person = count_words(name) >= 2 && count_words(name) <= 4 && name_words_shaped(name);
    if (person && entities_in(name, cp_in(l, name), resources).empty()) {
      set_author(l.text, l.cp, name);
      ctx.roles.skip.push_back(line_span(l));
      is_skip[non_blank[k]] = true;
    }
  }
  // ("Maya Redfern-Obuya@mredfernobuya / 11:42 AM PDT • June 11, 2024" under the headline:
  // TechCrunch's writer, the handle glued to the name, then the time of posting.)
  for (std::size_t k = 1; k < non_blank.size() && k < 4 && !ctx.byline.author; ++k) {
    const Line& l = lines[non_blank[k]];
    const std::string_view lt = trim(l.text);
    const std::size_t at = lt.find('@');
    const std::size_t slash = lt.find(" / ");
    if (at == std::string_view::npos || at == 0 || lt[at - 1] == ' ' || slash == std::string_view::npos || slash < at ||
        lt.find(' ', at) != slash || slash + 3 >= lt.size() || lt[slash + 3] < '0' || lt[slash + 3] > '9') {
      continue;
    }
    const std::string_view name = trim(lt.substr(0, at));
    if (count_words(name) >= 2 && count_words(name) <= 4 && name_words_shaped(name) &&
        entities_in(name, cp_in(l, name), resources).empty()) {
      set_author(l.text, l.cp, name);
      ctx.roles.skip.push_back(line_span(l));
      is_skip[non_blank[k]] = true;
    }
  }
  // ("Published Wed, Oct 16 2024 8:12 AM EDT", "Updated …", then "Lydia Okonkwo-Farrell": the
  // writer alone on the line under the times of posting, over the story, or over the writer's
  // handle alone on the next line ("@LOKONKWOFARRELL", CNBC), which is no prose either.)
  for (std::size_t k = 2; k + 1 < non_blank.size() && k < 12 && !ctx.byline.author; ++k) {
    const Line& l = lines[non_blank[k]];
    const Line& next = lines[non_blank[k + 1]];
    const std::string_view lt = trim(l.text);
    const std::string_view next_text = trim(next.text);
    const bool handle_below = next.words == 1 && next_text.size() > 1 && next_text.front() == '@';
    if (l.words < 2 || l.words > 3 || !posted_line(trim(lines[non_blank[k - 1]].text)) ||
        posted_line(lt) || !name_words_shaped(lt) || (next.words < 12 && !handle_below) ||
        lt.find_first_of("0123456789,:|") != std::string_view::npos) {
      continue;
    }
    if (entities_in(lt, l.cp, resources).empty()) {
      set_author(l.text, l.cp, lt);
      ctx.roles.skip.push_back(line_span(l));
      is_skip[non_blank[k]] = true;
      if (handle_below) {
        ctx.roles.skip.push_back(line_span(next));
        is_skip[non_blank[k + 1]] = true;
      }
    }
  }
  // A correspondent's name on the line under the headline: two to four Arabic words, no
  // article on the first, no digit or punctuation, no medium or body the gazetteer knows.
  // (A fifth word when one is a name's particle: "عبد الصمد أيت الحاج بوعزة".)
  auto arabic_correspondent = [&](std::string_view name, std::uint32_t name_cp) {
    const std::size_t name_words = count_words(name);
    static constexpr std::string_view k_particles[] = {
        "\xD8\xB9\xD8\xA8\xD8\xAF" /* عبد */, "\xD8\xA3\xD8\xA8\xD9\x88" /* أبو */,
        "\xD8\xA8\xD9\x86" /* بن */, "\xD8\xA3\xD9\x8A\xD8\xAA" /* أيت */,
        "\xD8\xA2\xD9\x8A\xD8\xAA" /* آيت */, "\xD9\x88\xD9\x84\xD8\xAF" /* ولد */};
    std::size_t particles = 0;
    for (std::size_t at = 0; at < name.size();) {
      const std::size_t sp = std::min(name.find(' ', at), name.size());
      const std::string_view w = name.substr(at, sp - at);
      particles += std::find(std::begin(k_particles), std::end(k_particles), w) != std::end(k_particles) ? 1 : 0;
      at = sp + 1;
    }
    return name_words >= 2 && name_words <= 4 + std::min<std::size_t>(particles, 1) && !name.starts_with("\xD8\xA7\xD9\x84") /* ال */ &&
           name.find_first_of("0123456789.,:\"") == std::string_view::npos &&
           name.find("\xD8\x8C") == std::string_view::npos /* ، */ && entities_in(name, name_cp, resources).empty() &&
           is_arabic_text(name);
  };
  auto take_correspondent = [&](std::size_t line_index, std::string_view name) {
    set_author(lines[line_index].text, lines[line_index].cp, name);
    ctx.roles.skip.push_back(line_span(lines[line_index]));
    is_skip[line_index] = true;
  };
  // The line under the headline, split once at a separator: "بغداد: مهند الجبوري"، "الجزائر -
  // سليم بوعزة" (a place, then the correspondent; "العربية.نت - ماهر العبد الله" credits the
  // outlet too) or "سعود العنزي - تبوك"، "طلال الشهري من الدمام" (the correspondent, then a
  // place of one or two words). (A place and an outlet, "طرابلس - سكاي نيوز عربية", is a
  // dateline credit, read before this.)
  // (Under a headline and a subheadline, the third line: "عمّان: NAME" only, the form that
  // prose never takes.)
  // (Under a headline, a subheadline and the date line, the fourth: "نُشر: DATE" then "عمّان:
  // NAME", as Asharq Al-Awsat prints it.)
  for (const std::size_t pick : {std::size_t{1}, std::size_t{2}, std::size_t{3}}) {
    if (pick == 3 && (non_blank.size() <= 5 || !arabic_date_line(trim(lines[non_blank[2]].text)))) {
      continue;
    }
    if (ctx.byline.author || non_blank.size() <= pick + 2) {
      continue;
    }
    const Line& l = lines[non_blank[pick]];
    std::string_view t = trim(l.text);
    // ("المصدر: دبي - NAME" under the headline (Emarat Al Youm): the source line names the place
    // and the correspondent. It was read as a credit line first; a medium there credits.)
    constexpr std::string_view k_source_label = "\xD8\xA7\xD9\x84\xD9\x85\xD8\xB5\xD8\xAF\xD8\xB1:";  // المصدر:
    const bool source_line = pick == 1 && t.starts_with(k_source_label);
    if (source_line) {
      t = trim(t.substr(k_source_label.size()));
    }
    const std::size_t line_words = source_line ? count_words(t) : l.words;
    if (!is_skip[non_blank[pick]] || source_line) {
      for (const std::string_view sep : {std::string_view(": "), std::string_view(" - "),
                                         std::string_view(" \xE2\x80\x93 ") /* – */,
                                         std::string_view(" \xD9\x80\xD9\x80 ") /* ــ, two tatweels */,
                                         std::string_view(" \xD9\x80 ") /* ـ */,
                                         std::string_view(" \xD9\x85\xD9\x86 ") /* من */}) {
        const std::size_t at = t.find(sep);
        const bool tatweel_dash = sep.starts_with(" \xD9\x80");
        // ("العقبة - NAME" under a line that is only the date: the date line stands between.)
        const bool under_date = pick == 2 && arabic_date_line(trim(lines[non_blank[1]].text));
        if (at == std::string_view::npos || (pick == 2 && sep != ": " && !tatweel_dash && !under_date) ||
            (pick == 3 && sep != ": ")) {
          continue;
        }
        const std::string_view left = trim(t.substr(0, at));
        const std::string_view right = trim(t.substr(at + sep.size()));
        if (source_line && (sep != " - " || !entities_in(left, cp_in(l, left), resources).empty())) {
          break;
        }
        // (A one-word place or paper before a name of four words: "هسبريس - عبد الحق NAME NAME".)
        // ("القاهرة - غزة: NAME": two places joined by a dash before the colon.)
        const std::size_t joined_places =
            sep == ": " && left.find(" - ") != std::string_view::npos && left.find(" - ") == left.rfind(" - ") ? 1 : 0;
        const std::size_t left_words = count_words(left) - joined_places;
        // ("بكين، رام الله ــ NAME": two or three places, each of one or two words, parted by
        // Arabic commas: where the story was written from.)
        std::size_t places = 0;
        bool place_list = left.find("\xD8\x8C ") != std::string_view::npos;
        for (std::size_t at_place = 0; place_list && at_place <= left.size();) {
          const std::size_t comma = std::min(left.find("\xD8\x8C", at_place), left.size());
          const std::size_t words = count_words(left.substr(at_place, comma - at_place));
          place_list = words >= 1 && words <= 2 && ++places <= 3;
          at_place = comma + 2;
        }
        const bool places_left = left_words <= 2 || place_list;
        const bool place_first = sep != " \xD9\x85\xD9\x86 " &&
                                 (line_words <= 5 || (line_words <= 7 + joined_places && left_words <= 2) ||
                                  (place_list && line_words <= 9));
        const bool name_first = sep != ": " && line_words <= 6 && !source_line;
        if (place_first) {
          for (const EntitySpan& e : entities_in(left, cp_in(l, left), resources)) {
            // ("سكاي نيوز عربية - أبوظبي": a name of up to four words.)
            if ((e.entity->kind == SourceKind::agency || e.entity->kind == SourceKind::outlet) &&
                count_words(left) <= 4) {
              credit_entity(e, "byline");
            }
          }
          if (places_left && arabic_correspondent(right, cp_in(l, right))) {
            take_correspondent(non_blank[pick], right);
            break;
          }
        }
        if (pick >= 2) {
          break;
        }
        // (Not a paper the gazetteer does not know: "عين اليوم – عدن".)
        const bool paper_word =
            left.ends_with("\xD8\xA7\xD9\x84\xD9\x8A\xD9\x88\xD9\x85") /* اليوم */ ||
            left.ends_with("\xD9\x86\xD8\xAA") /* نت */ ||
            left.ends_with(
                "\xD8\xA7\xD9\x84\xD8\xA5\xD9\x84\xD9\x83\xD8\xAA\xD8\xB1\xD9\x88\xD9\x86\xD9\x8A"
                "\xD8\xA9") /* الإلكترونية */;
        const std::vector<EntitySpan> media_in_right = entities_in(right, cp_in(l, right), resources);
        if (name_first && count_words(right) >= 1 && count_words(right) <= 2 &&
            right.find_first_of(":-") == std::string_view::npos && !paper_word &&
            // (A capital the gazetteer knows as its government, "الرياض", is still a place.)
            std::none_of(media_in_right.begin(), media_in_right.end(), [](const EntitySpan& e) {
              return e.entity->kind == SourceKind::agency || e.entity->kind == SourceKind::outlet ||
                     e.entity->kind == SourceKind::organization;
            }) &&
            arabic_correspondent(left, cp_in(l, left))) {
          take_correspondent(non_blank[pick], left);
        }
        break;
      }
    }
  }
  // "ريم الحسيني - بي بي سي نيوز عربي - عمّان": the correspondent, then the outlet (and the
  // place), on the line under the headline.
  // (A line with bars was skipped as page furniture; it is read again here.)
  if (!ctx.byline.author && non_blank.size() > 3 &&
      (!is_skip[non_blank[1]] || trim(lines[non_blank[1]].text).find(" | ") != std::string_view::npos)) {
    const Line& l = lines[non_blank[1]];
    const std::string_view t = trim(l.text);
    const std::size_t at = t.find(" - ");
    // (Longer with the time after a bar: "سبها - بوابة الوسط: NAME | الأربعاء 14 سبتمبر 2022".)
    if (at != std::string_view::npos && (l.words <= 10 || (l.words <= 18 && t.find(" | ") != std::string_view::npos))) {
      const std::string_view name = trim(t.substr(0, at));
      const std::string_view rest = t.substr(at + 3);
      // (The outlet ends at a dash, or at the colon before its writer: "بوابة الوسط: NAME".)
      const std::string_view outlet =
          trim(rest.substr(0, std::min({rest.find(" - "), rest.find(": "), rest.find(" | "), rest.size()})));
      const auto name_cp = l.cp + static_cast<std::uint32_t>(text::count_code_points(
                                      l.text.substr(0, static_cast<std::size_t>(name.data() - l.text.data()))));
      const auto outlet_cp = l.cp + static_cast<std::uint32_t>(text::count_code_points(
                                        l.text.substr(0, static_cast<std::size_t>(outlet.data() - l.text.data()))));
      const EntitySpan* medium = nullptr;
      const std::vector<EntitySpan> in_outlet = entities_in(outlet, outlet_cp, resources);
      for (const EntitySpan& e : in_outlet) {
        if ((e.entity->kind == SourceKind::agency || e.entity->kind == SourceKind::outlet) && count_words(outlet) <= 6) {
          medium = &e;
          break;
        }
      }
      // ("دير الزور - تلفزيون سوريا": a medium that heads its stories with the place, then its
      // own name, as its plugin's dateline says, has a place before the dash, no writer.)
      const bool place_then_medium =
          medium != nullptr && rest.substr(0, std::min(rest.find(" | "), rest.size())).find(" - ") == std::string_view::npos &&
          std::any_of(medium->entity->datelines.begin(), medium->entity->datelines.end(), [](const DatelineTemplate& d) {
            return d.lang == "ar" && (d.pattern == "{PLACE} - {NAME}" || d.pattern == "{PLACE} \xE2\x80\x93 {NAME}");
          });
      if (place_then_medium) {
        credit_entity(*medium, "dateline");
        // ("سبها - بوابة الوسط: NAME | DATE": the writer after a colon.)
        std::string_view writer;
        if (const std::size_t colon = rest.find(": "); colon != std::string_view::npos && colon == outlet.size()) {
          writer = rest.substr(colon + 2);
          writer = trim(writer.substr(0, std::min(writer.find(" | "), writer.size())));
        }
        if (!writer.empty() && arabic_correspondent(writer, cp_in(l, writer))) {
          take_correspondent(non_blank[1], writer);
        } else {
          ctx.roles.skip.push_back(line_span(l));
          is_skip[non_blank[1]] = true;
        }
      } else if (medium != nullptr && arabic_correspondent(name, name_cp)) {
        credit_entity(*medium, "byline");
        take_correspondent(non_blank[1], name);
      }
    }
  }
  // "شيرين عبد الكريم، وكالات (السليمانية)": the correspondent, with "agencies" (no one
  // credited) and maybe the place.
  if (!ctx.byline.author && non_blank.size() > 3 && !is_skip[non_blank[1]]) {
    const Line& l = lines[non_blank[1]];
    const std::string_view t = trim(l.text);
    const std::string_view agencies = "\xD9\x88\xD9\x83\xD8\xA7\xD9\x84\xD8\xA7\xD8\xAA";  // وكالات
    const std::size_t at = t.find(agencies);
    if (at != std::string_view::npos && at > 0 && l.words <= 8) {
      std::string_view name = trim(t.substr(0, at));
      for (const std::string_view sep : {std::string_view("\xD8\x8C") /* ، */, std::string_view(","), std::string_view("-"),
                                         std::string_view("\xD9\x88") /* و */}) {
        if (name.ends_with(sep)) {
          name = trim(name.substr(0, name.size() - sep.size()));
          break;
        }
      }
      std::string_view rest = trim(t.substr(at + agencies.size()));
      const bool place_only = rest.empty() || (rest.front() == '(' && rest.back() == ')' && count_words(rest) <= 3);
      const auto name_cp = l.cp + static_cast<std::uint32_t>(text::count_code_points(
                                      l.text.substr(0, static_cast<std::size_t>(name.data() - l.text.data()))));
      if (place_only && arabic_correspondent(name, name_cp)) {
        take_correspondent(non_blank[1], name);
      }
    }
  }
  auto credit_named = [&](const Line& l, std::string_view name, const EntityInfo& e, const char* via) {
    const std::uint32_t at = cp_in(l, name);
    ctx.byline.credited_sources.push_back(
        {e.id, std::string(name), Span{at, at + static_cast<std::uint32_t>(text::count_code_points(name))}, via});
  };
  // Splits "A - B - C" (a hyphen or an en dash between spaces) into its trimmed parts.
  auto dash_parts = [](std::string_view t) {
    std::vector<std::string_view> parts;
    while (true) {
      std::size_t cut = std::string_view::npos;
      std::size_t width = 0;
      for (const std::string_view sep : {std::string_view(" - "), std::string_view(" \xE2\x80\x93 ") /* – */}) {
        if (const std::size_t at = t.find(sep); at < cut) {
          cut = at;
          width = sep.size();
        }
      }
      parts.push_back(trim(t.substr(0, cut)));
      if (cut == std::string_view::npos) {
        return parts;
      }
      t = t.substr(cut + width);
    }
  };
  // "عبدالله الحربي - سبق - جازان: أعلنت الوزارة …", "فلاح الجوفان - سبق - متابعة: …": the
  // correspondent and the paper lead into the first paragraph, up to a colon. (The paragraph
  // may be the whole story.)
  if (!ctx.byline.author && non_blank.size() >= 2 && !is_skip[non_blank[1]]) {
    const Line& l = lines[non_blank[1]];
    const std::string_view t = trim(l.text);
    const std::size_t colon = t.find(':');
    if (colon != std::string_view::npos && colon < 120) {
      const std::vector<std::string_view> parts = dash_parts(t.substr(0, colon));
      if (parts.size() >= 2 && parts.size() <= 3 && arabic_correspondent(parts[0], cp_in(l, parts[0])) &&
          (parts.size() == 2 || count_words(parts[2]) <= 3)) {
        if (const EntityInfo* e = agency_named(parts[1], resources); e != nullptr) {
          credit_named(l, parts[1], *e, "byline");
          set_author(l.text, l.cp, parts[0]);
        }
      }
    }
  }
  // "إسطنبول/ بوراك تشينار/ الأناضول": Anadolu's line of place, correspondent and agency.
  if (!ctx.byline.author && non_blank.size() > 2 && !is_skip[non_blank[1]]) {
    const Line& l = lines[non_blank[1]];
    const std::string_view t = trim(l.text);
    const std::size_t first_slash = t.find('/');
    const std::size_t second = first_slash == std::string_view::npos ? first_slash : t.find('/', first_slash + 1);
    if (second != std::string_view::npos && t.find('/', second + 1) == std::string_view::npos && l.words <= 8) {
      const std::string_view place = trim(t.substr(0, first_slash));
      const std::string_view name = trim(t.substr(first_slash + 1, second - first_slash - 1));
      const std::string_view agency = trim(t.substr(second + 1));
      const EntityInfo* e = agency_named(agency, resources);
      if (e != nullptr && count_words(place) <= 3 && arabic_correspondent(name, cp_in(l, name))) {
        credit_named(l, agency, *e, "dateline");
        take_correspondent(non_blank[1], name);
      }
    }
  }
  // A name alone on the line under the headline (or under a subheadline), told from a
  // subheading by what follows it: the correspondent's place joined to a dash opening the
  // story ("NAME" then "مأرب- قُتل …", the Al Jazeera page), or the writer's role alone on
  // the next line ("NAME" then "صحافية").
  for (const std::size_t pick : {std::size_t{1}, std::size_t{2}}) {
    if (ctx.byline.author || non_blank.size() <= pick + 1 || is_skip[non_blank[pick]]) {
      continue;
    }
    const Line& l = lines[non_blank[pick]];
    std::string_view name = trim(l.text);
    std::string_view next = trim(lines[non_blank[pick + 1]].text);
    // ("هتان سعد الحصيني (جدة)": Okaz's writer with his city in brackets, one or two words.)
    bool place_in_brackets = false;
    if (const std::size_t open = name.find(" ("); open != std::string_view::npos && name.back() == ')' &&
                                                   count_words(name.substr(open + 2)) <= 2 &&
                                                   entities_in(name.substr(open), cp_in(l, name.substr(open)), resources).empty()) {
      name = trim(name.substr(0, open));
      place_in_brackets = true;
    }
    // (A given name may carry the article, "الصحبي NAME", "الطاهر NAME": then only a trade
    // line or the time under it vouches for the name.)
    const std::size_t name_words = count_words(name);
    const bool article_name = !arabic_correspondent(name, cp_in(l, name)) && name.starts_with("\xD8\xA7\xD9\x84") &&
                              name_words >= 2 && name_words <= 4 && is_arabic_text(name) &&
                              name.find_first_of("0123456789.,:\"") == std::string_view::npos &&
                              name.find("\xD8\x8C") == std::string_view::npos &&
                              entities_in(name, cp_in(l, name), resources).empty();
    if ((!arabic_correspondent(name, cp_in(l, name)) && !article_name) || name.find_first_of("()/-") != std::string_view::npos) {
      continue;
    }
    // ("NAME" then "المصدر: "النهار"" then the time: the page's source line between them.)
    std::size_t after_name = pick + 1;
    if (next.starts_with("\xD8\xA7\xD9\x84\xD9\x85\xD8\xB5\xD8\xAF\xD8\xB1") /* المصدر */ && non_blank.size() > pick + 3 &&
        count_words(next) <= 4) {
      ++after_name;
      next = trim(lines[non_blank[after_name]].text);
    }
    // "مأرب- "، "الرباط - ": one or two words, then the dash.
    const std::size_t dash = next.find('-');
    const bool place_dash = dash != std::string_view::npos && dash > 0 && count_words(next.substr(0, dash)) <= 2 &&
                            next.substr(0, dash).find_first_of(":.,\"") == std::string_view::npos &&
                            is_arabic_text(trim(next.substr(0, dash))) && count_words(next) >= 8;
    static constexpr std::string_view k_roles[] = {
        "\xD8\xB5\xD8\xAD\xD8\xA7\xD9\x81\xD9\x8A" /* صحافي */,
        "\xD8\xB5\xD8\xAD\xD8\xA7\xD9\x81\xD9\x8A\xD8\xA9" /* صحافية */,
        "\xD8\xB5\xD8\xAD\xD9\x81\xD9\x8A" /* صحفي */,
        "\xD8\xB5\xD8\xAD\xD9\x81\xD9\x8A\xD8\xA9" /* صحفية */,
        "\xD9\x85\xD8\xB1\xD8\xA7\xD8\xB3\xD9\x84" /* مراسل */,
        "\xD9\x85\xD8\xB1\xD8\xA7\xD8\xB3\xD9\x84\xD8\xA9" /* مراسلة */,
        "\xD9\x83\xD8\xA7\xD8\xAA\xD8\xA8" /* كاتب */,
        "\xD9\x83\xD8\xA7\xD8\xAA\xD8\xA8\xD8\xA9" /* كاتبة */};
    // (Or the role and the writer's country: "صحافي تونسي".)
    const bool role_line = std::any_of(std::begin(k_roles), std::end(k_roles), [&](std::string_view role) {
      return next == role || (next.starts_with(role) && next.size() > role.size() && next[role.size()] == ' ' &&
                              count_words(next) <= 3);
    });
    // ("NAME" then "2020/08/09 - 18:42": the time the story went up, under the writer's name.)
    const bool stamp_line = !next.empty() && next.size() <= 24 && next.find_first_of("0123456789") != std::string_view::npos &&
                            std::all_of(next.begin(), next.end(), [](char ch) {
                              return (ch >= '0' && ch <= '9') || ch == '/' || ch == '-' || ch == ':' || ch == ' ' || ch == '.';
                            });
    // ("NAME" then "بي بي سي نيوز عربي - القاهرة": the writer's outlet and city under the name.)
    bool medium_place = false;
    if (const std::size_t medium_dash = next.find(" - "); medium_dash != std::string_view::npos) {
      std::string_view right = trim(next.substr(medium_dash + 3));
      // ("المدن - ميديا | الخميس 18/01/2024": the outlet's section, then the date after a bar.)
      if (const std::size_t bar = right.find(" | "); bar != std::string_view::npos &&
                                                     arabic_date_line(trim(right.substr(bar + 3)))) {
        right = trim(right.substr(0, bar));
      }
      const std::string_view left = trim(next.substr(0, medium_dash));
      const Line& next_line = lines[non_blank[after_name]];
      const std::vector<EntitySpan> media = entities_in(left, cp_in(next_line, left), resources);
      // (The outlet's name may run on: "بي بي سي نيوز عربي".)
      medium_place = !right.empty() && count_words(right) <= 3 && is_arabic_text(right) && count_words(left) <= 5 &&
                     !media.empty() && media.front().span.start == cp_in(next_line, left) &&
                     (media.front().entity->kind == SourceKind::outlet || media.front().entity->kind == SourceKind::agency);
    }
    if (article_name && !(role_line || stamp_line || arabic_date_line(next) || medium_place)) {
      continue;
    }
    if (place_dash || role_line || stamp_line || arabic_date_line(next) || medium_place ||
        (place_in_brackets && count_words(next) >= 8)) {
      take_correspondent(non_blank[pick], name);
      if (role_line) {
        ctx.roles.skip.push_back(line_span(lines[non_blank[pick + 1]]));
        is_skip[non_blank[pick + 1]] = true;
      }
    }
  }
  // ("… إلا كل خمس سنوات»." then "منجي الحفصي": the writer's name alone on the story's last
  // line, under its last sentence.)
  if (!ctx.byline.author && non_blank.size() > 4 && !is_skip[non_blank.back()]) {
    const Line& l = lines[non_blank.back()];
    const std::string_view name = trim(l.text);
    const std::string_view before = trim(lines[non_blank[non_blank.size() - 2]].text);
    // (Not an agency's sign-off in initials, "م ع ش": each word of a name has two letters or more.)
    bool initials = false;
    for (std::size_t at = 0; at < name.size();) {
      const std::size_t sp = std::min(name.find(' ', at), name.size());
      initials = initials || sp - at < 4;
      at = sp + 1;
    }
    if (!initials && arabic_correspondent(name, cp_in(l, name)) && count_words(name) <= 3 && ends_sentence(before) &&
        name.find_first_of("()/-\xC2") == std::string_view::npos) {
      take_correspondent(non_blank.back(), name);
    }
  }
  // (A "By" line names the writer before the wire's reporting credit does.)
  if (!ctx.byline.author && !reporting_author.empty()) {
    ctx.byline.author = std::move(reporting_author);
    ctx.byline.author_span = reporting_span;
  }
  // ("By NAME" then "with AFP" on the line under it (Africanews): the agency the story was
  // written with.)
  if (ctx.byline.author) {
    for (std::size_t k = 0; k + 1 < non_blank.size(); ++k) {
      const Line& l = lines[non_blank[k]];
      if (ctx.byline.author_span.start < l.cp || ctx.byline.author_span.start >= l.cp_end ||
          non_blank[k + 1] != non_blank[k] + 1) {
        continue;
      }
      const Line& next = lines[non_blank[k + 1]];
      const std::string_view t = trim(next.text);
      if ((t.starts_with("with ") || t.starts_with("With ")) && count_words(t) <= 4 && !ends_sentence(t)) {
        const std::string_view agency = trim(t.substr(5));
        if (const EntityInfo* e = agency_named(agency, resources); e != nullptr && e->kind == SourceKind::agency) {
          const std::size_t lead = next.text.find(agency);
          const auto at = next.cp + static_cast<std::uint32_t>(text::count_code_points(next.text.substr(0, lead)));
          const bool already = std::any_of(ctx.byline.credited_sources.begin(), ctx.byline.credited_sources.end(),
                                           [&](const auto& c) { return c.entity == e->id; });
          if (!already) {
            ctx.byline.credited_sources.push_back(
                {e->id, std::string(agency), Span{at, at + static_cast<std::uint32_t>(text::count_code_points(agency))},
                 "byline"});
          }
        }
      }
      break;
    }
  }

  // Photo credits: "Photo: Sputnik", "الصورة: سبوتنيك", and a trade paper's "Credit: Nepal Army"
  // under the picture.
  for (const std::size_t i : non_blank) {
    const std::string_view t = lines[i].text;
    if (t.find(':') == std::string_view::npos) {
      continue;  // every marker ends in a colon; most lines have none
    }
    for (const std::string_view marker : {std::string_view("Photo:"), std::string_view("Photo :"),
                                          std::string_view("Photograph:"), std::string_view("Picture:"),
                                          std::string_view("Image:"), std::string_view("Credit:"),
                                          std::string_view("Photo credit:"), std::string_view("الصورة:"),
                                          std::string_view("صورة:"), std::string_view("تصوير:"),
                                          std::string_view("الصورة :")}) {
      // Every marker ends in the colon: try the line's colons from the right (the last
      // occurrence, as rfind would find it, without scanning the line per marker).
      std::size_t at = std::string_view::npos;
      for (std::size_t colon = t.rfind(':'); colon != std::string_view::npos && colon + 1 >= marker.size();
           colon = colon == 0 ? std::string_view::npos : t.rfind(':', colon - 1)) {
        if (t.compare(colon + 1 - marker.size(), marker.size(), marker) == 0) {
          at = colon + 1 - marker.size();
          break;
        }
      }
      if (at == std::string_view::npos) {
        continue;
      }
      std::size_t name_begin = at + marker.size();
      std::size_t name_end = t.find_first_of(")<\n", name_begin);
      if (name_end == std::string_view::npos) {
        name_end = t.size();
      }
      const std::string_view raw = t.substr(name_begin, name_end - name_begin);
      const std::string_view name = trim(raw);
      if (name.empty() || count_words(name) > 6) {
        continue;
      }
      name_begin += static_cast<std::size_t>(name.data() - raw.data());
      const auto cp_marker = lines[i].cp + static_cast<std::uint32_t>(text::count_code_points(t.substr(0, at)));
      const auto cp_name = lines[i].cp + static_cast<std::uint32_t>(text::count_code_points(t.substr(0, name_begin)));
      Credit c;
      c.role = "photo";
      c.mention = std::string(name);
      c.span = Span{cp_name, cp_name + static_cast<std::uint32_t>(text::count_code_points(name))};
      for (const EntitySpan& e : entities_in(name, cp_name, resources)) {
        c.entity = e.entity->id;
        break;
      }
      ctx.credits.push_back(c);
      ctx.roles.skip.push_back(Span{cp_marker, c.span.end});
      break;
    }
  }

  // Datelines at the start of the first paragraphs: the plugins' templates, then the
  // general "PLACE (AGENCY) -" form.
  std::size_t checked = 0;
  for (const std::size_t i : non_blank) {
    if (checked >= 3) {
      break;
    }
    const Line& l = lines[i];
    if (is_skip[i]) {
      continue;
    }
    // (A standfirst's bullets before the first paragraph are not counted: "- Carrier has been
    // talking to lessors", then "(Bloomberg) --".)
    if (const std::string_view lt = trim(l.text); lt.starts_with("- ") || lt.starts_with("\xE2\x80\xA2 ") /* • */) {
      continue;
    }
    // (Nor a page's furniture above it: "Issued on: 23/12/2019 - 08:14", "Modified: …", a
    // photo caption with its "©" credit.)
    if (const std::string_view lt = trim(l.text);
        lt.starts_with("Issued on") || lt.starts_with("Modified:") || lt.starts_with("Published") ||
        lt.starts_with("Updated") || lt.starts_with("Last updated") || lt.find("\xC2\xA9") /* © */ != std::string_view::npos) {
      continue;
    }
    // (Nor the page's date and time: "10/14/2021 07:32 PM", "Thu, May 18, 2023".)
    if (const std::string_view lt = trim(l.text);
        english_date_line(lt) || arabic_date_line(lt) ||
        (!lt.empty() && lt.front() >= '0' && lt.front() <= '9' && !more_words_than(lt, 4) &&
         lt.find('(') == std::string_view::npos)) {
      continue;
    }
    // (Nor an English headline or a standfirst's lines, short and with no full stop: "Cargoes
    // to go to new Brunsbüttel terminal", then "(Bloomberg) --". Arabic datelines stand alone
    // on such lines: "شفق نيوز- بغداد".)
    if (const std::string_view lt = trim(l.text); !lt.empty()) {
      const bool arabic = std::any_of(lt.begin(), lt.end(), [](char ch) {
        const auto u = static_cast<unsigned char>(ch);
        return u >= 0xD8 && u <= 0xDB;  // the lead bytes of the Arabic block
      });
      const bool dateline_marks = lt.find_first_of("(:/") != std::string_view::npos ||
                                  lt.find("--") != std::string_view::npos || lt.find(" - ") != std::string_view::npos ||
                                  lt.find("\xE2\x80\x93") != std::string_view::npos /* – */ ||
                                  lt.find("\xE2\x80\x94") != std::string_view::npos /* — */;
      const bool full_stop = lt.back() == '.' || lt.back() == '"' || lt.back() == '?' || lt.back() == '!' ||
                             lt.ends_with("\xE2\x80\x9D") /* ” */;
      if (!arabic && !dateline_marks && !full_stop && !more_words_than(lt, 16)) {
        continue;
      }
    }
    ++checked;
    std::string_view head = l.text.substr(0, std::min<std::size_t>(l.text.size(), 240));
    // Cut at 240 bytes, the head may end inside a character: drop its partial bytes. (A
    // shorter line ends with its last character whole: "الرياض - واس".)
    if (head.size() < l.text.size()) {
      while (!head.empty() && (static_cast<unsigned char>(l.text[head.size()]) & 0xC0) == 0x80) {
        head.remove_suffix(1);
      }
    }
    const std::u32string head32 = to_u32(head);
    bool found = false;
    for (const EntitySpan& e : entities_in(head, l.cp, resources)) {
      if (found || e.span.start > l.cp + 120) {
        break;
      }
      std::vector<std::u32string> names;
      for (const EntityName& n : e.entity->names) {
        names.push_back(to_u32(n.text));
      }
      for (const EntityName& n : e.entity->ambiguous_names) {
        names.push_back(to_u32(n.text));
      }
      std::sort(names.begin(), names.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
      std::size_t matched = 0;
      for (const DatelineTemplate& t : e.entity->datelines) {
        const std::u32string pattern = to_u32(t.pattern);
        matched = TemplateMatcher(pattern, names).match(head32);
        if (matched > 0) {
          break;
        }
      }
      if (matched == 0) {
        // General form: the name in brackets or slashes, then a dash or the text.
        const std::size_t at = e.span.start - l.cp;
        const std::size_t after = e.span.end - l.cp;
        const bool bracketed =
            at > 0 && after < head32.size() &&
            ((head32[at - 1] == U'(' && head32[after] == U')') || (head32[at - 1] == U'/' && head32[after] == U'/'));
        if (bracketed && at < 80) {
          std::size_t k = after + 1;
          while (k < head32.size() && (head32[k] == U' ' || head32[k] == U'.')) {
            ++k;
          }
          std::size_t dashes = k;
          while (dashes < head32.size() && text::is_dash(head32[dashes])) {
            ++dashes;
          }
          if (dashes > k || head32[after] == U'/') {
            matched = dashes;
          }
        }
      }
      // ("MALAYSIA CONSIDERING PALM OIL DUTY CUT - BERNAMA": a headline that names its source
      // ends like a dateline; a place is a few words.)
      const std::u32string_view before_name = std::u32string_view(head32).substr(0, e.span.start - l.cp);
      const bool dated = std::any_of(before_name.begin(), before_name.end(), [](char32_t c) { return u_isdigit(static_cast<UChar32>(c)); });
      if (matched == 0 || (!dated && count_words(utf8_of(before_name)) > 5)) {
        continue;
      }
      Dateline d;
      d.entity = e.entity->id;
      d.plugin = e.entity->plugin;
      d.span = Span{l.cp, l.cp + static_cast<std::uint32_t>(matched)};
      d.text = utf8_of(std::u32string_view(head32).substr(0, matched));
      // Place and date: before the bracket, split at the first comma.
      const std::size_t bracket = e.span.start - l.cp;
      std::u32string_view before = std::u32string_view(head32).substr(0, bracket > 0 ? bracket - 1 : 0);
      std::size_t comma = before.find_first_of(U",\u060C");
      // ("Banjarnegara, C Java (ANTARA News)": with no number after it, the comma sets a region
      // after the town, no date.)
      if (comma != std::u32string_view::npos &&
          std::none_of(before.begin() + static_cast<std::ptrdiff_t>(comma), before.end(),
                       [](char32_t c) { return u_isdigit(static_cast<UChar32>(c)); })) {
        comma = std::u32string_view::npos;
      }
      auto trim32 = [](std::u32string_view v) {
        while (!v.empty() && (v.front() == U' ' || text::is_dash(v.front()))) {
          v.remove_prefix(1);
        }
        while (!v.empty() && (v.back() == U' ' || v.back() == U'.' || text::is_dash(v.back()))) {
          v.remove_suffix(1);
        }
        return v;
      };
      d.place = utf8_of(trim32(comma == std::u32string_view::npos ? before : before.substr(0, comma)));
      if (comma != std::u32string_view::npos) {
        d.date = utf8_of(trim32(before.substr(comma + 1)));
      }
      ctx.datelines.push_back(d);
      ctx.roles.datelines.push_back(d.span);
      credit_entity(e, "dateline");
      found = true;
    }
    if (!found) {
      // A wire dateline without an agency: "BAHRAIN, March 5 - ".
      std::size_t k = 0;
      while (k < head32.size() && (u_isupper(static_cast<UChar32>(head32[k])) || head32[k] == U' ' ||
                                   head32[k] == U'.' || head32[k] == U'-')) {
        ++k;
      }
      if (k >= 3 && k < head32.size() && head32[k] == U',') {
        std::size_t j = k + 1;
        while (j < head32.size() && j < k + 24 && !text::is_dash(head32[j]) && head32[j] != U'.') {
          ++j;
        }
        const bool has_digit = std::any_of(head32.begin() + static_cast<std::ptrdiff_t>(k),
                                           head32.begin() + static_cast<std::ptrdiff_t>(j),
                                           [](char32_t c) { return c >= U'0' && c <= U'9'; });
        if (j < head32.size() && text::is_dash(head32[j]) && has_digit) {
          std::size_t end = j;
          while (end < head32.size() && (text::is_dash(head32[end]) || head32[end] == U' ')) {
            ++end;
          }
          Dateline d = dateline_at(head32, l.cp, end, k);
          d.date = utf8_of(trim_spaces(std::u32string_view(head32).substr(k + 1, j - k - 1)));
          ctx.datelines.push_back(d);
          ctx.roles.datelines.push_back(d.span);
        }
      }
      if (ctx.datelines.empty()) {
        std::optional<Dateline> d = title_case_dateline(head32, l.cp);
        if (!d) {
          d = newspaper_dateline(head32, l.cp);
        }
        if (d) {
          ctx.datelines.push_back(*d);
          ctx.roles.datelines.push_back(d->span);
        }
      }
    }
    if (!ctx.datelines.empty()) {
      break;
    }
  }

  // What the plugins' style code finds.
  for (const LoadedPlugin& p : resources.plugins) {
    if (!p.instance) {
      continue;
    }
    const plugin::DocumentView view{text, lang};
    if (!p.instance->identify(view)) {
      continue;
    }
    struct Sink final : plugin::FindingSink {
      std::vector<plugin::Finding> findings;
      std::string error;
      bool failed = false;
      void add(const plugin::Finding& f) noexcept override {
        try {
          findings.push_back(f);
        } catch (...) {
          failed = true;
        }
      }
      void fail(std::string_view message) noexcept override {
        failed = true;
        try {
          error = std::string(message);
        } catch (...) {
        }
      }
    } sink;
    p.instance->scan(view, sink);
    if (sink.failed) {
      spdlog::warn("plugin {} failed on {}: {}; its findings for this document are dropped", p.name, document_path,
                   sink.error);
      continue;
    }
    for (const plugin::Finding& f : sink.findings) {
      if (f.byte_end <= f.byte_start || f.byte_end > text.size()) {
        continue;
      }
      const Span span{static_cast<std::uint32_t>(index.cp_offset(f.byte_start)),
                      static_cast<std::uint32_t>(index.cp_offset(f.byte_end))};
      const std::string mention(text.substr(f.byte_start, f.byte_end - f.byte_start));
      const std::string entity(f.agency_id);
      switch (f.kind) {
        case plugin::FindingKind::dateline: {
          const bool known = std::any_of(ctx.datelines.begin(), ctx.datelines.end(),
                                         [&](const Dateline& d) { return d.span.overlaps(span); });
          if (!known) {
            Dateline d;
            d.entity = entity;
            d.text = mention;
            d.span = span;
            d.plugin = p.name;
            ctx.datelines.push_back(d);
            ctx.roles.datelines.push_back(span);
          }
          ctx.byline.credited_sources.push_back({entity, mention, span, "dateline"});
          break;
        }
        case plugin::FindingKind::credited_source:
          ctx.byline.credited_sources.push_back({entity, mention, span, "credit-line"});
          ctx.roles.skip.push_back(span);
          break;
        case plugin::FindingKind::signoff:
          ctx.byline.credited_sources.push_back({entity, mention, span, "signoff"});
          ctx.roles.skip.push_back(span);
          break;
        case plugin::FindingKind::photo_credit: {
          const bool known = std::any_of(ctx.credits.begin(), ctx.credits.end(),
                                         [&](const Credit& c) { return c.span.overlaps(span); });
          if (!known) {
            ctx.credits.push_back({"photo", entity, mention, span});
            ctx.roles.skip.push_back(span);
          }
          break;
        }
        case plugin::FindingKind::mention:
          break;
      }
    }
  }

  // ("أبوظبي: «الخليج»، وام": after a paper's place line, the agencies it drew on, after a comma.)
  for (const Dateline& d : std::vector<Dateline>(ctx.datelines)) {
    for (const std::size_t li : non_blank) {
      const Line& l = lines[li];
      if (d.span.end <= l.cp || d.span.end > l.cp_end) {
        continue;
      }
      std::string_view rest = l.text.substr(std::min(l.text.size(), bytes_of_code_points(l.text, d.span.end - l.cp)));
      std::vector<EntitySpan> found;
      bool all_media = !trim(rest).empty() && count_words(rest) <= 6;
      while (all_media && !trim(rest).empty()) {
        rest = trim(rest);
        if (rest.starts_with("\xD8\x8C") /* ، */) {
          rest.remove_prefix(2);
        } else if (rest.starts_with(",") || rest.starts_with("/")) {
          rest.remove_prefix(1);
        } else {
          all_media = false;
          break;
        }
        rest = trim(rest);
        const std::size_t next = std::min({rest.find("\xD8\x8C"), rest.find(','), rest.find('/'), rest.size()});
        const std::optional<EntitySpan> e = whole_medium(l, trim(rest.substr(0, next)));
        all_media = e.has_value() && e->entity->kind == SourceKind::agency;
        if (all_media) {
          found.push_back(*e);
        }
        rest = rest.substr(next);
      }
      // (Credited, but no dateline: the agency's own stories are not the page's, and it relays
      // in them: "في تصريحات أوردتها «وام»".)
      if (all_media) {
        for (const EntitySpan& e : found) {
          credit_entity(e, "credit-line");
        }
      }
      break;
    }
  }

  // "Kendall Broussard, USA TODAY", "Yesenia Cordwell" over "ESPN", "NAME · CBC News · Posted",
  // "By NAME | Fox News": in English web copy an outlet named with the writer is the page's
  // publisher, the page's own and no credit (a wire named so, "By NAME, PA", stays credited).
  // It is kept as the publisher credit: whose page it is, so that "told CBC News" in it is no
  // relay.
  if (lang == "en" && ctx.byline.author) {
    auto line_of = [&](std::uint32_t cp) {
      for (std::size_t k = 0; k < non_blank.size(); ++k) {
        if (lines[non_blank[k]].cp <= cp && cp < lines[non_blank[k]].cp_end) {
          return k;
        }
      }
      return non_blank.size();
    };
    const std::size_t author_k = line_of(ctx.byline.author_span.start);
    auto publisher = [&](const std::string& id) {
      const EntityInfo* e = resources.gazetteer.find(id);
      return e != nullptr && e->kind == SourceKind::outlet;
    };
    if (author_k < non_blank.size()) {
      const Line& author_line = lines[non_blank[author_k]];
      std::vector<CreditedSource> kept;
      for (CreditedSource& c : ctx.byline.credited_sources) {
        // (With or without "By": "By NAME, BBC News" is the writer's employer, as the annotators
        // read it, not a credit. "By NAME, CNN" pages keep CNN credited through their "(CNN) —"
        // dateline, and a wire, "By NAME, PA Political Correspondent", is no outlet.)
        const std::size_t k = line_of(c.span.start);
        // ("By NAME, Political reporter, BBC News": the writer's title may come between.)
        const std::string_view between =
            k == author_k && c.span.start >= ctx.byline.author_span.end
                ? index.slice(ctx.byline.author_span.end, c.span.start)
                : std::string_view{};
        const bool titled = between.size() > 4 && between.starts_with(", ") && between.ends_with(", ") &&
                            between.substr(2, between.size() - 4).find(',') == std::string_view::npos;
        const bool with_writer = (k == author_k && (between == ", " || titled)) ||
                                 (k == author_k + 1 && trim(lines[non_blank[k]].text).size() == c.mention.size());
        if ((c.via == "byline" || c.via == "credit-line") && with_writer && publisher(c.entity)) {
          ctx.credits.push_back({"publisher", c.entity, c.mention, c.span});
        } else {
          kept.push_back(std::move(c));
        }
      }
      ctx.byline.credited_sources = std::move(kept);
      for (const std::string_view sep : {std::string_view(" | "), k_middle_dot}) {
        const std::string_view t = author_line.text;
        for (std::size_t at = t.find(sep); at != std::string_view::npos; at = t.find(sep, at + sep.size())) {
          const std::size_t next = std::min({t.find(" | ", at + sep.size()), t.find(k_middle_dot, at + sep.size()), t.size()});
          const std::string_view part = trim(t.substr(at + sep.size(), next - at - sep.size()));
          const std::optional<EntitySpan> e = part.empty() ? std::nullopt : whole_medium(author_line, part);
          const bool credited = e && std::any_of(ctx.byline.credited_sources.begin(), ctx.byline.credited_sources.end(),
                                                 [&](const CreditedSource& c) { return c.entity == e->entity->id; });
          if (e && !credited && e->entity->kind == SourceKind::outlet) {
            ctx.credits.push_back({"publisher", e->entity->id, std::string(part), e->span});
          }
        }
      }
    }
  }

  // ("في تصريح لـ(واج)"، "قال لـ(وات)": an agency's short name in brackets, told something, is
  // the agency's own house style; on a page no line credits, it credits the agency. Another
  // outlet quoting the agency writes its name out.)
  if (lang == "ar" && ctx.byline.credited_sources.empty()) {
    constexpr std::string_view k_told = "\xD9\x84\xD9\x80(";  // "لـ("
    for (std::size_t k = 0; k < non_blank.size() && ctx.byline.credited_sources.empty(); ++k) {
      const Line& l = lines[non_blank[k]];
      const std::string_view t = l.text;
      for (std::size_t at = t.find(k_told); at != std::string_view::npos; at = t.find(k_told, at + k_told.size())) {
        const std::size_t open = at + k_told.size();
        const std::size_t close = t.find(')', open);
        if (close == std::string_view::npos || close - open > 16 || close == open) {
          continue;
        }
        const std::string_view inside = t.substr(open, close - open);
        const auto inside_cp = l.cp + static_cast<std::uint32_t>(text::count_code_points(t.substr(0, open)));
        for (const EntitySpan& e : entities_in(inside, inside_cp, resources)) {
          if (e.entity->kind == SourceKind::agency && e.span.start == inside_cp &&
              e.span.end == inside_cp + static_cast<std::uint32_t>(text::count_code_points(inside))) {
            credit_entity(e, "self-reference");
            break;
          }
        }
        if (!ctx.byline.credited_sources.empty()) {
          break;
        }
      }
    }
  }

  // One credited source per entity, in the order found.
  std::vector<CreditedSource> unique;
  for (CreditedSource& c : ctx.byline.credited_sources) {
    const bool seen = std::any_of(unique.begin(), unique.end(), [&](const CreditedSource& u) {
      return !c.entity.empty() && u.entity == c.entity;
    });
    if (!seen) {
      unique.push_back(std::move(c));
    }
  }
  ctx.byline.credited_sources = std::move(unique);
  return ctx;
}

}  // namespace claimtrace::extract
