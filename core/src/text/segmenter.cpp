#include "text/segmenter.hpp"

#include <algorithm>
#include <array>
#include <memory>
#include <mutex>
#include <string>

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include "text/char_fold.hpp"

namespace claimtrace::text {
namespace {

// Abbreviations that end with a period but rarely end a sentence in news copy.
// ICU matches these as suffixes of the text before a break ("al." would also
// match "final."), so every entry starts with a capital letter.
constexpr std::array<const char*, 56> k_abbreviations{{
    "Mr.",   "Mrs.",  "Ms.",   "Dr.",   "Prof.", "Gen.",  "Col.",  "Lt.",   "Sgt.",  "Capt.",
    "Cmdr.", "Adm.",  "Maj.",  "Gov.",  "Sen.",  "Rep.",  "Rev.",  "St.",   "Sr.",   "Jr.",
    "Jan.",  "Feb.",  "Mar.",  "Apr.",  "Jun.",  "Jul.",  "Aug.",  "Sep.",  "Sept.", "Oct.",
    "Nov.",  "Dec.",  "No.",   "Nos.",  "Inc.",  "Corp.", "Co.",   "Ltd.",  "Bros.", "Mt.",
    "Ft.",   "Pres.", "Amb.",  "Min.",  "Dept.", "Univ.", "Assn.", "Messrs.",
    // (Clergy, police and army ranks before a name: "Rev. Fr. Cletus", "Supt. Ann Roe".)
    "Fr.",   "Msgr.", "Supt.", "Det.",  "Cpl.",  "Pvt.",  "Brig.", "Hon.",
}};

// Initialisms with periods ("U.S.", "U.N.") stand before a capitalised name far more often
// than they end a sentence ("the U.S. Senate"), yet ICU breaks after them whatever its
// suppression list holds. A break after one is undone unless a word that typically opens
// a sentence follows.
constexpr std::array<std::u16string_view, 36> k_sentence_openers{{
    u"The",   u"A",      u"An",     u"He",      u"She",   u"It",     u"They",  u"We",    u"I",
    u"But",   u"And",    u"In",     u"On",      u"At",    u"This",   u"That",  u"These", u"Those",
    u"There", u"His",    u"Her",    u"Its",     u"Their", u"Our",    u"If",    u"As",    u"After",
    u"While", u"When",   u"However", u"Meanwhile", u"Earlier", u"Later", u"Last", u"For", u"Some",
}};

// ICU iterators are expensive to build and not thread-safe: one prototype per
// locale, cloned once per thread.
class IteratorCache {
 public:
  icu::BreakIterator* sentences(bool english) {
    auto& slot = english ? m_sentence_en : m_sentence_other;
    if (!slot) {
      slot.reset(make_sentence_iterator(english));
    }
    return slot.get();
  }
  icu::BreakIterator* words() {
    if (!m_words) {
      UErrorCode status = U_ZERO_ERROR;
      m_words.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
      if (U_FAILURE(status)) {
        m_words.reset();
      }
    }
    return m_words.get();
  }

 private:
  static icu::BreakIterator* make_sentence_iterator(bool english) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale locale = english ? icu::Locale::getEnglish() : icu::Locale::getRoot();
    std::unique_ptr<icu::BreakIterator> base(icu::BreakIterator::createSentenceInstance(locale, status));
    if (U_FAILURE(status) || !base) {
      return nullptr;
    }
    std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
        icu::FilteredBreakIteratorBuilder::createInstance(icu::Locale::getEnglish(), status));
    if (U_FAILURE(status) || !builder) {
      return base.release();
    }
    for (const char* abbreviation : k_abbreviations) {
      builder->suppressBreakAfter(icu::UnicodeString::fromUTF8(abbreviation), status);
      status = U_ZERO_ERROR;  // already present is fine
    }
    // CLDR's English list holds seven single capitals ("X.", "F.", …) and no others, so "a
    // post on X. The hackers …" stayed one sentence while "on B." broke. Every single capital
    // is left to initial_goes_on, which keeps a name's initial and ends a sentence elsewhere.
    for (const char* letter : {"F.", "G.", "O.", "Q.", "T.", "X.", "Z."}) {
      builder->unsuppressBreakAfter(icu::UnicodeString::fromUTF8(letter), status);
      status = U_ZERO_ERROR;  // absent from the locale's list is fine
    }
    // (CLDR lists "pp." for pages, which ICU matches as a suffix of any word: "the app."
    // would never end a sentence. News copy cites pages far less often than it ends one
    // with "app." or "Philipp.")
    for (const char* word : {"pp."}) {
      builder->unsuppressBreakAfter(icu::UnicodeString::fromUTF8(word), status);
      status = U_ZERO_ERROR;
    }
    icu::BreakIterator* filtered = builder->wrapIteratorWithFilter(base.release(), status);
    if (U_FAILURE(status)) {
      return nullptr;
    }
    return filtered;
  }

  std::unique_ptr<icu::BreakIterator> m_sentence_en;
  std::unique_ptr<icu::BreakIterator> m_sentence_other;
  std::unique_ptr<icu::BreakIterator> m_words;
};

IteratorCache& cache() {
  thread_local IteratorCache c;
  return c;
}

bool is_space(char16_t c) { return c == u' ' || c == u'\n'; }

struct UTextCloser {
  void operator()(UText* t) const noexcept { utext_close(t); }
};
using UTextPtr = std::unique_ptr<UText, UTextCloser>;

UTextPtr open_utext(std::u16string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUChars(nullptr, reinterpret_cast<const UChar*>(s.data()),
                               static_cast<int64_t>(s.size()), &status);
  if (U_FAILURE(status)) {
    return nullptr;
  }
  return UTextPtr(ut);
}

void add_sentence(std::vector<Sentence>& out, std::u16string_view text, std::uint32_t begin,
                  std::uint32_t end, std::uint32_t paragraph, bool& first_in_paragraph) {
  while (begin < end && is_space(text[begin])) {
    ++begin;
  }
  while (end > begin && is_space(text[end - 1])) {
    --end;
  }
  if (begin < end) {
    out.push_back({begin, end, paragraph, first_in_paragraph});
    first_in_paragraph = false;
  }
}

// The run of Latin letters that opens `next`: the first word of the text after a break.
std::u16string_view leading_word(std::u16string_view next) {
  std::size_t e = 0;
  while (e < next.size() && ((next[e] >= u'A' && next[e] <= u'Z') || (next[e] >= u'a' && next[e] <= u'z'))) {
    ++e;
  }
  return next.substr(0, e);
}

// Whether `tail` ends with a dotted initialism ("U.S.", "U.N.", "E.U.") that the next
// sentence's first word continues.
bool initialism_goes_on(std::u16string_view tail, std::u16string_view next) {
  // At least "X.Y." with single capitals between the periods, after a space or at the start.
  std::size_t k = tail.size();
  int letters = 0;
  while (k >= 2 && tail[k - 1] == u'.' && tail[k - 2] >= u'A' && tail[k - 2] <= u'Z') {
    k -= 2;
    ++letters;
  }
  if (letters < 2 || (k > 0 && tail[k - 1] != u' ' && tail[k - 1] != u'(' && tail[k - 1] != u'\n')) {
    return false;
  }
  const std::u16string_view first = leading_word(next);
  const std::size_t e = first.size();
  if (first.empty() || first[0] < u'A' || first[0] > u'Z') {
    return false;
  }
  // "steel exports to the U.S. And Canada": wire copy that capitalises the word after
  // "U.S." joins two names; a sentence seldom opens "And Europe".
  if ((first == u"And" || first == u"Or") && e + 2 < next.size() && next[e] == u' ' && next[e + 1] >= u'A' &&
      next[e + 1] <= u'Z' && next[e + 2] >= u'a' && next[e + 2] <= u'z') {
    return true;
  }
  return std::find(k_sentence_openers.begin(), k_sentence_openers.end(), first) == k_sentence_openers.end();
}

// "at around 6 a.m. Wednesday", "10 p.m. GMT", "6 a.m. (2200 GMT)": a clock time's "a.m." or "p.m." before a
// day, a month or a zone names when, not a sentence end.
bool clock_time_goes_on(std::u16string_view tail, std::u16string_view next) {
  if (!(tail.ends_with(u" a.m.") || tail.ends_with(u" p.m.") || tail.ends_with(u"\na.m.") ||
        tail.ends_with(u"\np.m."))) {
    return false;
  }
  static constexpr std::u16string_view k_when[] = {
      u"Monday", u"Tuesday", u"Wednesday", u"Thursday", u"Friday", u"Saturday", u"Sunday", u"GMT", u"EST",
      u"EDT", u"PST", u"PDT", u"CET", u"BST", u"UTC", u"KST", u"JST", u"ET", u"PT", u"CT", u"MT",
      u"CST", u"CDT", u"MST", u"MDT", u"AEST", u"AEDT", u"IST", u"WAT", u"EAT", u"CEST", u"January", u"February", u"March",
      u"April", u"May", u"June", u"July", u"August", u"September", u"October", u"November", u"December"};
  // "6 a.m. (2200 GMT) on Sunday": the same time in another zone, in brackets.
  if (next.size() > 1 && next[0] == u'(' && ((next[1] >= u'0' && next[1] <= u'9') ||
                                             std::find(std::begin(k_when), std::end(k_when),
                                                       leading_word(next.substr(1))) != std::end(k_when))) {
    return true;
  }
  return std::find(std::begin(k_when), std::end(k_when), leading_word(next)) != std::end(k_when);
}

// "Donald J. Trump", "chairman E. Duff Scott": a single capital and a period before a
// capitalised word that does not open sentences is a name's initial.
bool initial_goes_on(std::u16string_view tail, std::u16string_view next) {
  const std::size_t n = tail.size();
  if (n < 2 || tail[n - 1] != u'.' || tail[n - 2] < u'A' || tail[n - 2] > u'Z' ||
      (n > 2 && tail[n - 3] != u' ' && tail[n - 3] != u'\n')) {
    return false;
  }
  // "said in a post on X. Hackers …": the platform X after a preposition ends the sentence; a
  // name's initial follows a name or a title, not "on" or "via".
  for (std::u16string_view platform : {u" on X.", u" via X.", u" to X.", u" from X.", u" of X."}) {
    if (tail.ends_with(platform)) {
      return false;
    }
  }
  const std::u16string_view first = leading_word(next);
  return first.size() >= 2 && first[0] >= u'A' && first[0] <= u'Z' && first[1] >= u'a' && first[1] <= u'z' &&
         std::find(k_sentence_openers.begin(), k_sentence_openers.end(), first) == k_sentence_openers.end();
}

// "إن النزيل (إ. ب.) "يتناول…"", "الطالب م. ع. قال": an Arabic initial, a single letter and a
// period, ends no sentence (no Arabic word is one letter long).
bool arabic_initial_goes_on(std::u16string_view tail) {
  std::size_t n = tail.size();
  if (n > 0 && tail[n - 1] == u')') {
    --n;
  }
  if (n < 2 || tail[n - 1] != u'.' || !is_arabic_letter_range(tail[n - 2]) || !u_isalpha(tail[n - 2])) {
    return false;
  }
  return n == 2 || tail[n - 3] == u' ' || tail[n - 3] == u'(' || tail[n - 3] == u'.';
}

// ""Did you shoot him?" she said.": a question or exclamation that a lower-case word goes on
// is no sentence of its own.
bool question_goes_on(std::u16string_view tail, std::u16string_view next) {
  std::size_t n = tail.size();
  while (n > 0 && (tail[n - 1] == u'"' || tail[n - 1] == u'\u201D' || tail[n - 1] == u'\'' ||
                   tail[n - 1] == u'\u2019')) {
    --n;
  }
  const bool lower_next = !next.empty() && next[0] >= u'a' && next[0] <= u'z';
  // ("Sodexo Live! said P", "Yahoo! reported": an exclamation mark that is a name's last
  // letter, a lower-case word after it.)
  std::size_t m = tail.size();
  while (m > 0 && tail[m - 1] == u' ') {
    --m;
  }
  if (m >= 3 && tail[m - 1] == u'!' && u_isalpha(tail[m - 2])) {
    std::size_t k = m - 1;
    while (k > 0 && u_isalpha(tail[k - 1])) {
      --k;
    }
    if (tail[k] >= u'A' && tail[k] <= u'Z' && lower_next) {
      return true;
    }
  }
  if (n == tail.size() || n == 0 || (tail[n - 1] != u'?' && tail[n - 1] != u'!')) {
    return false;  // only after a closing quotation mark: "… they asked? No." stays two
  }
  return lower_next;
}

// «قناة «آر. بي. كا»», “يراهن كدأبه.. لكنه …”: inside an open «» or “” quotation, a break
// after a short abbreviation or a two-dot ellipsis is no sentence end.
bool quote_goes_on(std::u16string_view tail) {
  int open = 0;
  for (const char16_t c : tail) {
    open += (c == u'\u00AB' || c == u'\u201C') ? 1 : ((c == u'\u00BB' || c == u'\u201D') ? -1 : 0);
  }
  if (open <= 0 || tail.empty() || (tail.back() != u'.' && tail.back() != u'\u2026')) {
    return false;
  }
  const std::size_t n = tail.size();
  if (n >= 2 && tail[n - 1] == u'.' && tail[n - 2] == u'.') {
    return n < 3 || tail[n - 3] != u'.';  // "..", a pause; "...." may end a sentence
  }
  if (tail.back() == u'\u2026') {
    return true;
  }
  std::size_t k = n - 1;  // the word before the period
  while (k > 0 && tail[k - 1] != u' ' && tail[k - 1] != u'\u00AB' && tail[k - 1] != u'\u201C') {
    --k;
  }
  return n - 1 - k <= 3;  // "آر." "بي." "U.S."
}

// "adhering by the ... Accord", "islands such as... Maldives": an ellipsis right after a
// word that cannot end a clause (an article, a preposition, a conjunction) marks words left
// out, not a sentence end.
bool ellipsis_goes_on(std::u16string_view tail) {
  std::size_t n = tail.size();
  while (n > 0 && tail[n - 1] == u' ') {
    --n;
  }
  std::size_t dots = 0;
  while (n > 0 && (tail[n - 1] == u'.' || tail[n - 1] == u'\u2026')) {
    dots += tail[n - 1] == u'\u2026' ? 3 : 1;
    --n;
  }
  if (dots < 3) {
    return false;
  }
  while (n > 0 && tail[n - 1] == u' ') {
    --n;
  }
  std::size_t k = n;
  while (k > 0 && ((tail[k - 1] >= u'a' && tail[k - 1] <= u'z') || (tail[k - 1] >= u'A' && tail[k - 1] <= u'Z'))) {
    --k;
  }
  std::u16string word(tail.substr(k, n - k));
  for (char16_t& c : word) {
    if (c >= u'A' && c <= u'Z') {
      c = static_cast<char16_t>(c - u'A' + u'a');
    }
  }
  static constexpr std::u16string_view k_function[] = {
      u"the", u"a", u"an", u"of", u"as", u"by", u"to", u"in", u"on", u"at", u"for", u"with", u"from",
      u"and", u"or", u"but", u"that", u"this", u"these", u"its", u"his", u"her", u"their", u"our", u"is",
      u"are", u"was", u"were", u"be", u"than", u"into", u"about"};
  return std::find(std::begin(k_function), std::end(k_function), word) != std::end(k_function);
}

// ICU breaks after an elided passage "(...)" and inside brackets; a sentence
// that ends with an opening bracket still open, or with "...)" / "…)", goes on.
void merge_broken_sentences(std::vector<Sentence>& out, std::u16string_view text, std::size_t from) {
  std::size_t i = from;
  while (i + 1 < out.size()) {
    const Sentence& a = out[i];
    int depth = 0;
    for (std::uint32_t k = a.begin; k < a.end; ++k) {
      depth += text[k] == u'(' ? 1 : (text[k] == u')' ? -1 : 0);
    }
    const std::u16string_view tail = text.substr(a.begin, a.end - a.begin);
    const bool elided = tail.ends_with(u"...)") || tail.ends_with(u"\u2026)");
    const std::u16string_view next = text.substr(out[i + 1].begin, out[i + 1].end - out[i + 1].begin);
    // ("للعربية.نت"، "example.com": a period with a letter right after it, no space, is part
    // of a name.)
    const bool attached = tail.ends_with(u".") && !tail.ends_with(u"..") && !next.empty() && a.end == out[i + 1].begin &&
                          u_isalpha(next.front());
    if (depth > 0 || elided || attached || initialism_goes_on(tail, next) || initial_goes_on(tail, next) || clock_time_goes_on(tail, next) || arabic_initial_goes_on(tail) ||
        question_goes_on(tail, next) || quote_goes_on(tail) || ellipsis_goes_on(tail)) {
      out[i].end = out[i + 1].end;
      out.erase(out.begin() + static_cast<std::ptrdiff_t>(i) + 1);
      continue;
    }
    ++i;
  }
}

}  // namespace

std::vector<Sentence> split_sentences(const NormalizedText& text, std::string_view lang) {
  std::vector<Sentence> out;
  const std::u16string_view all = text.text();
  icu::BreakIterator* iterator = cache().sentences(lang == "en");
  std::uint32_t paragraph = 0;
  std::size_t start = 0;
  while (start < all.size()) {
    std::size_t stop = all.find(u'\n', start);
    if (stop == std::u16string_view::npos) {
      stop = all.size();
    }
    bool first = true;
    const std::size_t paragraph_first = out.size();
    if (stop > start) {
      const std::u16string_view para = all.substr(start, stop - start);
      UTextPtr ut = iterator ? open_utext(para) : nullptr;
      UErrorCode status = U_ZERO_ERROR;
      if (ut) {
        iterator->setText(ut.get(), status);
      }
      if (!ut || U_FAILURE(status)) {
        add_sentence(out, all, static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(stop),
                     paragraph, first);
      } else {
        int32_t prev = iterator->first();
        for (int32_t next = iterator->next(); next != icu::BreakIterator::DONE; next = iterator->next()) {
          add_sentence(out, all, static_cast<std::uint32_t>(start + static_cast<std::size_t>(prev)),
                       static_cast<std::uint32_t>(start + static_cast<std::size_t>(next)), paragraph, first);
          prev = next;
        }
      }
      if (!first) {
        ++paragraph;
      }
      merge_broken_sentences(out, all, paragraph_first);
    }
    start = stop + 1;
  }
  return out;
}

namespace {

// Reuters wire copy marks company names with angle brackets ("Italian tyre maker <Gommifera
// SpA> denied"). They are markup, not punctuation: as tokens they would cut the subject off
// its verb and the content off its "said". A ticker in brackets after a name ("Nippon Steel
// Corp <NSTC.T> said") keeps its brackets: the source phrase leaves it out. Only a pair
// around a Latin name on one line is markup ("<<", "< 5" stay).
bool is_wire_name_bracket(std::u16string_view all, std::uint32_t i) {
  constexpr std::size_t k_longest_name = 80;
  std::size_t open = i;
  std::size_t close = i;
  // (Looked for within a name's length only: a stray bracket must not cost a scan of the text.)
  if (all[i] == u'<') {
    const std::size_t at = all.substr(i + 1, k_longest_name).find(u'>');
    if (at == std::u16string_view::npos) {
      return false;
    }
    close = i + 1 + at;
  } else if (all[i] == u'>') {
    const std::size_t from = i > k_longest_name ? i - k_longest_name : 0;
    const std::size_t at = all.substr(from, i - from).rfind(u'<');
    if (at == std::u16string_view::npos) {
      return false;
    }
    open = from + at;
  } else {
    return false;
  }
  if (close <= open + 1 || !(all[open + 1] >= u'A' && all[open + 1] <= u'Z')) {
    return false;
  }
  bool lower = false;
  for (std::size_t k = open + 1; k < close; ++k) {
    const char16_t c = all[k];
    if (c == u'\n' || c == u'<' || c == u'>' || (c >= 0x80 && u_isalpha(c))) {
      return false;
    }
    lower = lower || (c >= u'a' && c <= u'z') || c == u' ';
  }
  return lower;
}

}  // namespace

void tokenize(const NormalizedText& text, std::uint32_t begin, std::uint32_t end, std::vector<Token>& out) {
  const std::u16string_view all = text.text();
  const std::u16string_view lower = text.lower();
  auto push_word = [&](std::uint32_t b, std::uint32_t e, bool number) {
    Token t;
    t.begin = b;
    t.end = e;
    t.kind = number ? TokenKind::number : TokenKind::word;
    bool any_letter = false;
    bool all_upper = true;
    int letters = 0;
    for (std::uint32_t i = b; i < e; ++i) {
      const char16_t c = all[i];
      if (is_arabic_letter_range(c)) {
        t.arabic = true;
      }
      if (u_isalpha(c)) {
        if (!any_letter) {
          t.capitalized = text.is_upper(i);
          any_letter = true;
        }
        ++letters;
        all_upper = all_upper && (text.is_upper(i) || !u_isalpha(c));
      }
    }
    t.all_caps = any_letter && all_upper && letters > 1;
    // "Flightradar24", "G20": ICU tags a word that ends in digits as a number; a name begins
    // with a letter.
    if (t.kind == TokenKind::number && u_isalpha(all[b])) {
      t.kind = TokenKind::word;
    }
    out.push_back(t);
  };
  auto push_punct = [&](std::uint32_t b, std::uint32_t e) {
    for (std::uint32_t i = b; i < e; ++i) {
      if (is_space(all[i]) || is_wire_name_bracket(all, i)) {
        continue;
      }
      Token t;
      t.begin = i;
      t.end = i + 1;
      t.kind = TokenKind::punct;
      t.punct = all[i];
      // ("a Communist Party–controlled tabloid": an en dash between two letters, with no space
      // on either side, joins a compound as a hyphen does.)
      if (t.punct == u'\u2013' && i > 0 && i + 1 < all.size() && u_isalpha(all[i - 1]) && u_isalpha(all[i + 1])) {
        t.punct = u'-';
      }
      out.push_back(t);
    }
  };
  if (end <= begin) {
    return;
  }
  icu::BreakIterator* words = cache().words();
  const std::u16string_view piece = all.substr(begin, end - begin);
  UTextPtr ut = words ? open_utext(piece) : nullptr;
  UErrorCode status = U_ZERO_ERROR;
  if (ut) {
    words->setText(ut.get(), status);
  }
  if (!ut || U_FAILURE(status)) {
    push_punct(begin, end);
    return;
  }
  int32_t prev = words->first();
  for (int32_t next = words->next(); next != icu::BreakIterator::DONE; next = words->next()) {
    const int32_t status_tag = words->getRuleStatus();
    const auto b = static_cast<std::uint32_t>(begin + static_cast<std::uint32_t>(prev));
    const auto e = static_cast<std::uint32_t>(begin + static_cast<std::uint32_t>(next));
    prev = next;
    if (status_tag < UBRK_WORD_NONE_LIMIT) {
      push_punct(b, e);
      continue;
    }
    // English possessive: "Russia's" -> "Russia" "'s".
    if (e - b > 2 && (lower[e - 1] == u's') && (all[e - 2] == u'\'' || all[e - 2] == u'\u2019') &&
        !is_arabic_letter_range(all[b])) {
      push_word(b, e - 2, false);
      Token t;
      t.begin = e - 2;
      t.end = e;
      t.kind = TokenKind::word;
      out.push_back(t);
      continue;
    }
    // ("Radio 4's Today programme", "the 1990's": ICU breaks a figure's possessive into the
    // figure, the apostrophe and "s"; the two make one "'s" as a word's does.)
    if (e - b == 1 && lower[b] == u's' && out.size() >= 2 && out.back().kind == TokenKind::punct &&
        out.back().end == b && (out.back().punct == u'\'' || out.back().punct == u'\u2019') &&
        out[out.size() - 2].kind == TokenKind::number && out[out.size() - 2].end == out.back().begin &&
        (e == all.size() || u_isalpha(all[e]) == 0)) {
      out.back() = Token{};
      out.back().begin = e - 2;
      out.back().end = e;
      out.back().kind = TokenKind::word;
      continue;
    }
    // Scraped Arabic often loses the spaces around figures ("ان17شخصا قتلوا"): ICU keeps
    // letters and digits as one word, but no Arabic word holds a digit, so the runs are
    // words of their own. (Latin "G20", "F-16" stay whole.)
    const auto first = all.begin() + b;
    const auto last = all.begin() + e;
    if (std::any_of(first, last, [](char16_t c) { return u_isdigit(c) != 0; }) &&
        std::any_of(first, last, [](char16_t c) { return is_arabic_letter_range(c) && u_isalpha(c); })) {
      std::uint32_t run = b;
      for (std::uint32_t i = b + 1; i <= e; ++i) {
        if (i == e || (u_isdigit(all[i]) != 0) != (u_isdigit(all[i - 1]) != 0)) {
          push_word(run, i, u_isdigit(all[run]) != 0);
          run = i;
        }
      }
      continue;
    }
    push_word(b, e, status_tag < UBRK_WORD_NUMBER_LIMIT);
  }
}

}  // namespace claimtrace::text
