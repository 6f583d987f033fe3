#include "extract/sentence.hpp"

#include <algorithm>

#include <unicode/uchar.h>

#include "lexicon/token_keys.hpp"
#include "text/char_class.hpp"

namespace claimtrace::extract {
namespace {

bool is_letter(char16_t c) { return u_isalnum(c) != 0; }

enum class Mark { none, open, close, either };

Mark double_mark(char16_t c) {
  switch (c) {
    case u'\u201C':  // “
    case u'\u00AB':  // «
    case u'\u201E':  // „
    case u'\u2039':  // ‹
    case u'\u300C':  // 「
      return Mark::open;
    case u'\u201D':  // ”
    case u'\u00BB':  // »
    case u'\u203A':  // ›
    case u'\u300D':  // 」
      return Mark::close;
    case u'"':
      return Mark::either;
    default:
      return Mark::none;
  }
}

}  // namespace

std::vector<QuoteRegion> find_quotes(const text::NormalizedText& text) {
  std::vector<QuoteRegion> out;
  const std::u16string_view t = text.text();
  std::int64_t open_double = -1;
  std::int64_t open_single = -1;
  auto prev_char = [&](std::size_t i) -> char16_t { return i == 0 ? u' ' : t[i - 1]; };
  auto next_char = [&](std::size_t i) -> char16_t { return i + 1 >= t.size() ? u' ' : t[i + 1]; };
  for (std::size_t i = 0; i < t.size(); ++i) {
    const char16_t c = t[i];
    if (c == u'\n') {
      if (open_double >= 0) {
        out.push_back({static_cast<std::uint32_t>(open_double), static_cast<std::uint32_t>(i), false});
      }
      open_double = -1;
      open_single = -1;
      continue;
    }
    Mark m = double_mark(c);
    if (c == u'\'' && i + 1 < t.size() && t[i + 1] == u'\'') {
      m = Mark::either;  // '' (two apostrophes) stands for a double quotation mark in some copy
    } else if (c == u'`' && i + 1 < t.size() && t[i + 1] == u'`') {
      m = Mark::open;
    }
    if (m != Mark::none) {
      bool opens = false;
      if (m == Mark::open) {
        opens = open_double < 0;
        if (!opens && c == u'\u201C' && t[static_cast<std::size_t>(open_double)] == u'\u201E') {
          opens = false;  // „...“ closes with “
        } else if (!opens) {
          // A second opening mark while one is open: the first was never closed; restart.
          open_double = static_cast<std::int64_t>(i);
          continue;
        }
      } else if (m == Mark::close) {
        // ” while nothing is open and a word follows: some texts use ” for both.
        opens = open_double < 0 && is_letter(next_char(i)) && !is_letter(prev_char(i));
      } else {
        // A straight mark: its neighbours tell opening from closing. Between two letters it is
        // no quotation mark at all ("Opec"s" for "Opec's").
        auto latin = [](char16_t x) { return (x >= u'a' && x <= u'z') || (x >= u'A' && x <= u'Z'); };
        if (c == u'"' && latin(prev_char(i)) && latin(next_char(i))) {
          continue;
        }
        opens = open_double < 0;
        // An opening mark after a sentence's end while a quotation is open: the quotation went
        // on into a new paragraph whose break the copy lost ("… stage. "Those who …").
        if (!opens && c == u'"' && prev_char(i) == u' ' && latin(next_char(i))) {
          std::size_t k = i;
          while (k > 0 && t[k - 1] == u' ') {
            --k;
          }
          if (k > 0 && (t[k - 1] == u'.' || t[k - 1] == u'?' || t[k - 1] == u'!') &&
              static_cast<std::size_t>(open_double) + 1 < k) {
            out.push_back({static_cast<std::uint32_t>(open_double), static_cast<std::uint32_t>(k), false});
            open_double = static_cast<std::int64_t>(i);
            continue;
          }
        }
      }
      const bool pair = (c == u'\'' || c == u'`') && i + 1 < t.size() && t[i + 1] == c;
      if (opens) {
        open_double = static_cast<std::int64_t>(i);
      } else if (open_double >= 0) {
        if (static_cast<std::size_t>(open_double) + 1 < i) {
          out.push_back({static_cast<std::uint32_t>(open_double), static_cast<std::uint32_t>(i), true});
        }
        open_double = -1;
        open_single = -1;
      }
      if (pair) {
        ++i;
      }
      continue;
    }
    if (c == u'\u2018' || c == u'\'' || c == u'\u2019') {
      const bool left_free = !is_letter(prev_char(i));
      const bool right_free = !is_letter(next_char(i));
      if (open_single < 0 && left_free && !right_free && c != u'\u2019') {
        open_single = static_cast<std::int64_t>(i);
      } else if (open_single >= 0 && right_free && !left_free) {
        if (static_cast<std::size_t>(open_single) + 1 < i) {
          out.push_back({static_cast<std::uint32_t>(open_single), static_cast<std::uint32_t>(i), true});
        }
        open_single = -1;
      }
    }
  }
  if (open_double >= 0) {
    out.push_back({static_cast<std::uint32_t>(open_double), static_cast<std::uint32_t>(t.size()), false});
  }
  std::sort(out.begin(), out.end(), [](const QuoteRegion& a, const QuoteRegion& b) { return a.open < b.open; });
  return out;
}

bool is_returning_verb(std::u16string_view folded) {
  if (folded.size() > 3 && (folded[0] == u'\u0648' || folded[0] == u'\u0641')) {
    folded.remove_prefix(1);  // "وعاد", "فعادت"
  }
  return folded == u"\u0639\u0627\u062F" /* عاد */ || folded == u"\u0639\u0627\u062F\u062A" /* عادت */ ||
         folded == u"\u062E\u0631\u062C" /* خرج */ || folded == u"\u062E\u0631\u062C\u062A" /* خرجت */;
}

Sentence::Sentence(const text::NormalizedText& text_, const text::Sentence& span_, std::uint32_t index_,
                   const lexicon::CueLexicon& lex_, const lexicon::Gazetteer& gazetteer_,
                   const std::vector<QuoteRegion>& quotes, std::string_view original,
                   const text::CodePointIndex* original_index, const lexicon::PhraseStarts* starts)
    : text(text_), lex(lex_), gazetteer(gazetteer_), span(span_), index(index_), m_original(original),
      m_original_index(original_index) {
  text::tokenize(text, span.begin, span.end, tokens);
  keys = lexicon::make_keys(text, tokens);
  m_class_exact.resize(keys.size());
  m_class_any.resize(keys.size());
  for (std::size_t i = 0; i < keys.size(); ++i) {
    const lexicon::TokenKey& k = keys[i];
    m_class_exact[i] = lex.class_mask(k.exact_key());
    std::uint32_t any = m_class_exact[i];
    for (std::size_t v = 0; v < k.stripped.size(); ++v) {
      any |= lex.class_mask(k.stripped_key(v));
    }
    m_class_any[i] = any;
  }
  quote.assign(tokens.size(), -1);
  // Regions overlapping this sentence.
  auto it = std::lower_bound(quotes.begin(), quotes.end(), span.begin,
                             [](const QuoteRegion& q, std::uint32_t u) { return q.close < u; });
  for (; it != quotes.end() && it->open < span.end; ++it) {
    const auto region = static_cast<std::int32_t>(it - quotes.begin());
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (tokens[i].begin > it->open && tokens[i].end <= it->close) {
        quote[i] = region;
      }
    }
  }
  m_quote_marks.assign(tokens.size(), 0);
  for (auto q = quotes.begin(); q != quotes.end(); ++q) {
    if (q->close < span.begin || q->open >= span.end) {
      continue;
    }
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (tokens[i].kind != text::TokenKind::punct) {
        continue;
      }
      if (tokens[i].begin == q->open) {
        m_quote_marks[i] = 1;
      } else if (tokens[i].begin == q->close && q->closed) {
        m_quote_marks[i] = 2;
      }
    }
  }
  // The second apostrophe of '' or `` has the role of the first.
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    const char16_t c = tokens[i].punct;
    if (m_quote_marks[i] == 0 && (c == u'\'' || c == u'`') && m_quote_marks[i - 1] != 0 &&
        tokens[i - 1].punct == c && tokens[i - 1].end == tokens[i].begin) {
      m_quote_marks[i] = m_quote_marks[i - 1];
    }
  }
  const std::vector<std::uint8_t> starts_at =
      starts != nullptr ? starts->of(keys) : std::vector<std::uint8_t>{};
  auto collect = [&](const lexicon::PhraseIndex& phrases, std::uint8_t table, std::vector<Hit>& out) {
    for (const lexicon::PhraseMatch& m : phrases.find_longest(keys, 0, keys.size(), starts_at, table)) {
      out.push_back({m.begin, m.end, m.payload});
    }
  };
  collect(lex.source_noun_index(), lexicon::table_source_noun, nouns);
  // ("At his morning press conference, the president …": "press" before the event or the
  // document it names is that compound's first word, no source.)
  if (lex.lang() == "en") {
    static constexpr std::u16string_view k_press_compounds[] = {
        u"conference", u"conferences", u"release",  u"releases", u"briefing", u"briefings",
        u"event",      u"office",      u"freedom",  u"gallery",  u"pool",     u"corps",
        u"room",       u"pass"};
    std::erase_if(nouns, [&](const Hit& h) {
      return h.end == h.begin + 1 && h.end < keys.size() && keys[h.begin].exact == u"press" &&
             std::find(std::begin(k_press_compounds), std::end(k_press_compounds), keys[h.end].exact) !=
                 std::end(k_press_compounds);
    });
  }
  collect(lex.cue_index(), lexicon::table_cue, cues);
  // "P، كما أعلن أن Q"، "كما أعلن عن Q": "also" and a verb with its own complement right
  // after it (its subject dropped) is a report of its own, not "as announced by"; the verb
  // alone is the cue. ("P، كما أعلنت الوزارة" keeps the phrase.)
  for (Hit& h : cues) {
    if (lex.cues()[h.payload].frame != lexicon::Frame::according || h.end - h.begin != 2 || h.end >= keys.size()) {
      continue;
    }
    const std::u16string_view first = keys[h.begin].exact;
    const std::u16string_view next = keys[h.end].exact;
    if ((first != u"\u0643\u0645\u0627" && first != u"\u0648\u0643\u0645\u0627") /* كما، وكما */ ||
        !(lex.is_exact(lexicon::WordClass::complementizer, next) || next == u"\u0639\u0646" /* عن */)) {
      continue;
    }
    std::vector<lexicon::PhraseMatch> verb;
    lex.cue_index().matches_at(keys, h.begin + 1, verb);
    for (const lexicon::PhraseMatch& m : verb) {
      if (m.end == h.end && lex.cues()[m.payload].frame != lexicon::Frame::according) {
        h = {m.begin, m.end, m.payload};
        break;
      }
    }
  }
  // "عاد X" or "خرج X" (went back, came out), the clause's first verb, a few words before.
  auto returning_verb_before = [&](std::size_t cue) {
    for (std::size_t k = cue; k > 0 && cue - k < 8; --k) {
      if (tokens[k - 1].kind == text::TokenKind::punct) {
        return false;
      }
      if (is_returning_verb(keys[k - 1].exact)) {
        return k < cue;
      }
    }
    return false;
  };
  // Verbs take a conjunction ("وقال") but not a preposition or the article: "بلافتة" is
  // not "لافتة", "النقل" is not "نقل".
  std::erase_if(cues, [&](const Hit& h) {
    const lexicon::CueEntry& cue = lex.cues()[h.payload];
    if (cue.frame == lexicon::Frame::according || cue.frame == lexicon::Frame::citing ||
        cue.frame == lexicon::Frame::postmod_relay) {
      return false;
    }
    std::u16string_view w = keys[h.begin].exact;
    for (int pass = 0; pass < 2; ++pass) {
      for (const std::u16string& k : cue.first_keys) {
        if (k == w) {
          return false;
        }
      }
      if (w.size() > 2 && (w[0] == u'\u0648' || w[0] == u'\u0641')) {
        w.remove_prefix(1);
      } else {
        break;
      }
    }
    // "وعاد الوزير ليؤكد أن P", "ثم عادت الوزارة لتنفي": "went back to" (or "came out to")
    // with an imperfect after "ل" is the speaker's own act, the subject between the two verbs.
    w = keys[h.begin].exact;
    if (w.size() >= 4 && w[0] == u'\u0644' && (w[1] == u'\u064A' || w[1] == u'\u062A') && returning_verb_before(h.begin)) {
      w.remove_prefix(1);
      for (const std::u16string& k : cue.first_keys) {
        if (k == w) {
          return false;
        }
      }
    }
    return true;
  });
  // "نادل يدعى جوناثان": the passive "يدعى" (is named) folds to "يدعي" (claims); the stored
  // text's alef maqsura tells them apart. (The past "ادعى" is "claimed" either way.)
  std::erase_if(cues, [&](const Hit& h) {
    std::u16string_view w = keys[h.begin].exact;
    if (w.size() > 4 && w[0] == u'\u0648') {
      w.remove_prefix(1);
    }
    return (w == u"\u064A\u062F\u0639\u064A" || w == u"\u062A\u062F\u0639\u064A") &&
           utf8(h.begin, h.begin + 1).ends_with("\u0649");
  });
  // "وبيّن المصدر أن P" explains; "بين الطرفين" is "between", the shadda being folded away.
  // The verb is kept written with its shadda, or opening a clause before a word.
  std::erase_if(cues, [&](const Hit& h) {
    const std::u16string_view w = keys[h.begin].exact;
    if (h.end != h.begin + 1 || (w != u"\u0628\u064A\u0646" /* بين */ && w != u"\u0648\u0628\u064A\u0646" /* وبين */)) {
      return false;
    }
    if (utf8(h.begin, h.begin + 1).find("\u0651") != std::string::npos) {
      return false;
    }
    const bool opens = h.begin == 0 || tokens[h.begin - 1].kind == text::TokenKind::punct;
    return !opens || h.end >= tokens.size() || tokens[h.end].kind != text::TokenKind::word;
  });
  // ("سائق شاحنة ينقل البضائع من الميناء": the imperfect "ينقل" with no "عن" after it in its
  // clause carries goods or people, no words; left a cue, it would end the phrase around it.)
  std::erase_if(cues, [&](const Hit& h) {
    const std::u16string_view w = keys[h.begin].exact;
    if (h.end != h.begin + 1 || (w != u"\u064a\u0646\u0642\u0644" /* ينقل */ && w != u"\u062a\u0646\u0642\u0644" /* تنقل */)) {
      return false;
    }
    for (std::size_t k = h.end; k < keys.size() && k < h.end + 10 && tokens[k].kind == text::TokenKind::word; ++k) {
      if (keys[k].exact.starts_with(u"\u0639\u0646") /* عن، عنه */) {
        return false;
      }
    }
    return true;
  });
  // ("غياب مراجع وكتب جامعية": "كتب" with an indefinite adjective after it is "books"; the
  // verb "wrote" takes a subject or an object, not "جامعية".)
  std::erase_if(cues, [&](const Hit& h) {
    const std::u16string_view w = keys[h.begin].exact;
    if (h.end != h.begin + 1 || h.end >= keys.size() || tokens[h.end].kind != text::TokenKind::word ||
        (w != u"\u0643\u062a\u0628" /* كتب */ && w != u"\u0648\u0643\u062a\u0628" /* وكتب */)) {
      return false;
    }
    // (After a noun it joins, "مراجع وكتب"; at a clause's start, "وكتب دوبريه"، it is the verb.)
    if (h.begin == 0 || tokens[h.begin - 1].kind != text::TokenKind::word) {
      return false;
    }
    const std::u16string_view next = keys[h.end].exact;
    return next.size() >= 4 && next.ends_with(u"\u064a\u0647") /* ية, folded */ &&
           !next.starts_with(u"\u0627\u0644") && !next.starts_with(u"\u0648\u0627\u0644");
  });
  // "مدير دار نشر لبنانية"، "حرية النشر": publishing, the noun after a noun in construct.
  std::erase_if(cues, [&](const Hit& h) {
    if (h.begin == 0 || h.end != h.begin + 1 || keys[h.begin].exact != u"\u0646\u0634\u0631" /* نشر */) {
      return false;
    }
    const std::u16string_view p = keys[h.begin - 1].exact;
    return p == u"\u062f\u0627\u0631" /* دار */ || p == u"\u062f\u0648\u0631" /* دور */ ||
           p == u"\u062d\u0631\u064a\u0647" /* حرية */ || p == u"\u0642\u0627\u0646\u0648\u0646" /* قانون */ ||
           p == u"\u062d\u0642\u0648\u0642" /* حقوق */;
  });
  // ("The breach portal maintained by HHS": the passive participle, with its agent, keeps
  // something up; no one maintains that P.)
  std::erase_if(cues, [&](const Hit& h) {
    return h.end == h.begin + 1 && h.end < keys.size() && keys[h.begin].exact == u"maintained" &&
           keys[h.end].exact == u"by";
  });
  // ("Vietnam and Taiwan also have overlapping claims", "has rival claims": after "have" a
  // word in "-s" is a plural noun; the verb would be "have claimed".)
  std::erase_if(cues, [&](const Hit& h) {
    const std::u16string_view w = keys[h.begin].exact;
    if (h.end != h.begin + 1 || w.size() < 4 || !w.ends_with(u"s") || w.ends_with(u"ss") || w.ends_with(u"'s")) {
      return false;
    }
    for (std::size_t k = h.begin; k > 0 && h.begin - k < 2; --k) {
      const std::u16string_view p = keys[k - 1].exact;
      if (p == u"have" || p == u"has" || p == u"had" || p == u"having") {
        return true;
      }
      if (tokens[k - 1].kind != text::TokenKind::word) {
        break;
      }
    }
    return false;
  });
  // ('"Q?" he asked', '"Q?" asked one resident': "asked" reports only the quotation it closes;
  // "had asked the airline to ground its fleet" is a request inside another claim.)
  std::erase_if(cues, [&](const Hit& h) {
    if (h.end != h.begin + 1 || keys[h.begin].exact != u"asked") {
      return false;
    }
    for (std::size_t k = h.begin; k > 0 && h.begin - k < 5; --k) {
      const text::Token& t = tokens[k - 1];
      // (Only the speaker between: '"Q," she asked', not '"rules" and that it had asked'.)
      const std::u16string_view between = keys[k - 1].exact;
      if (t.kind == text::TokenKind::word &&
          (between == u"that" || between == u"and" || between == u"had" || between == u"has" || between == u"have" ||
           between == u"it" || between == u"which" || between == u"who" || between == u"also")) {
        return true;
      }
      if (t.kind != text::TokenKind::word) {
        const std::u16string_view p = keys[k - 1].exact;
        return !(p == u"\"" || p == u"\u201D" || p == u"'" || p == u"\u2019");
      }
    }
    return true;
  });
  // ("an anonymous account calling itself "Missie Moustass"", "a group calling itself the
  // Front": a name taken, no words said.)
  std::erase_if(cues, [&](const Hit& h) {
    const std::u16string_view w = keys[h.begin].exact;
    if (h.end != h.begin + 1 || h.end >= keys.size() ||
        (w != u"calling" && w != u"calls" && w != u"called" && w != u"call")) {
      return false;
    }
    const std::u16string_view next = keys[h.end].exact;
    return next == u"itself" || next == u"himself" || next == u"herself" || next == u"themselves";
  });
  // ("the duties it charges on lumber", "charged for parking", "charges $5 a ticket": a price or
  // a levy asked, no accusation.)
  std::erase_if(cues, [&](const Hit& h) {
    const std::u16string_view w = keys[h.begin].exact;
    if (h.end != h.begin + 1 || h.end >= keys.size() || (w != u"charges" && w != u"charged" && w != u"charge")) {
      return false;
    }
    const std::u16string_view next = keys[h.end].exact;
    return next == u"on" || next == u"for" || next == u"per" || next == u"$" || next == u"\u00a3" ||
           next == u"\u20ac" || tokens[h.end].kind == text::TokenKind::number;
  });
  // ("an analyst at a think tank said", "a think-tank in Dakar": the noun, no belief.)
  std::erase_if(cues, [&](const Hit& h) {
    if (h.end != h.begin + 1 || keys[h.begin].exact != u"think") {
      return false;
    }
    std::size_t next = h.end;
    if (next + 1 < keys.size() && tokens[next].kind == text::TokenKind::punct && keys[next].exact == u"-") {
      ++next;
    }
    return next < keys.size() && (keys[next].exact == u"tank" || keys[next].exact == u"tanks");
  });
  // "الطاهر موسى حسب الله"، "حسب الرسول": a family name (Hasaballah, Hasab al-Rasul), not
  // "according to"; no news source is God or the Prophet.
  std::erase_if(cues, [&](const Hit& h) {
    if (h.end != h.begin + 1 || keys[h.begin].exact != u"\u062d\u0633\u0628" /* حسب */ || h.end >= keys.size()) {
      return false;
    }
    const std::u16string_view next = keys[h.end].exact;
    return next == u"\u0627\u0644\u0644\u0647" /* الله */ || next == u"\u0627\u0644\u0631\u0633\u0648\u0644" /* الرسول */;
  });
  // "في بيان وزعته على وسائل الإعلام ونشرت مضمونه وكالة X": publishing a statement's contents
  // is the medium's relay (read with the statement), no saying whose subject is "مضمونه".
  std::erase_if(cues, [&](const Hit& h) {
    // (Only the second verb, after "و": "بلاغ أوردت مضامينه وكالة X" is read as its relay.)
    if (lex.cues()[h.payload].frame != lexicon::Frame::speech || h.end >= keys.size() ||
        !keys[h.begin].exact.starts_with(u"\u0648")) {
      return false;
    }
    const std::u16string_view n = keys[h.end].exact;
    return n == u"\u0645\u0636\u0645\u0648\u0646\u0647" /* مضمونه */ ||
           n == u"\u0645\u0636\u0627\u0645\u064a\u0646\u0647" /* مضامينه */ ||
           n == u"\u0645\u0636\u0645\u0648\u0646\u0647\u0627" /* مضمونها */ ||
           n == u"\u0645\u0636\u0627\u0645\u064a\u0646\u0647\u0627" /* مضامينها */;
  });
  // "شددت الجامعة، مطلع الموسم، العقوبات": "tightened"; "stressed" takes "على" or a clause
  // ("شدد الوزير، في بيان، على أن P"), so with neither after it the verb says nothing.
  std::erase_if(cues, [&](const Hit& h) {
    std::u16string_view w = keys[h.begin].exact;
    if (h.end != h.begin + 1 || w.size() < 3) {
      return false;
    }
    if (w[0] == u'\u0648' || w[0] == u'\u0641') {
      w.remove_prefix(1);
    }
    static constexpr std::u16string_view k_tighten[] = {u"\u0634\u062f\u062f", u"\u0634\u062f\u062f\u062a",
                                                        u"\u064a\u0634\u062f\u062f", u"\u062a\u0634\u062f\u062f",
                                                        u"\u0634\u062f\u062f\u0648\u0627"};  // شدد، شددت، يشدد، تشدد، شددوا
    if (std::find(std::begin(k_tighten), std::end(k_tighten), w) == std::end(k_tighten)) {
      return false;
    }
    for (std::size_t k = h.end; k < keys.size(); ++k) {
      const std::u16string_view t = keys[k].exact;
      // (A quotation mark or a colon opens the words stressed; a comma or a stop says nothing.)
      const bool opens_words = tokens[k].kind != text::TokenKind::word
                                   ? t == u"\"" || t == u":" || t == u"\u00ab" || t == u"\u201c"
                                   : t.starts_with(u"\u0639\u0644\u064a") /* على، عليه */ ||
                                         t.starts_with(u"\u0627\u0646") /* أن، إن، أنه */ ||
                                         t.starts_with(u"\u0628\u0627\u0646") /* بأن */;
      if (opens_words) {
        return false;
      }
    }
    return true;
  });
  // "ناقلة عن خبير قوله": relaying, only with "عن" next; "ناقلة غاز مسال" is a tanker.
  std::erase_if(cues, [&](const Hit& h) {
    const std::u16string_view w = keys[h.begin].exact;
    const bool participle = w == u"\u0646\u0627\u0642\u0644\u0627" /* ناقلا */ ||
                            w == u"\u0646\u0627\u0642\u0644\u0647" /* ناقلة */ ||
                            w == u"\u0646\u0627\u0642\u0644\u064a\u0646" /* ناقلين */;
    return participle && (h.end >= keys.size() || keys[h.end].exact != u"\u0639\u0646" /* عن */);
  });
  // A verb that reports only a clause with "بأن" and has none after it is no cue: "وردت أنباء
  // عن P" is "reports came", and the report noun is the source.
  std::erase_if(cues, [&](const Hit& h) {
    if (!lex.cues()[h.payload].bi_anna_only) {
      return false;
    }
    for (std::size_t k = h.end; k < keys.size(); ++k) {
      const std::u16string_view w = keys[k].exact;
      const std::u16string_view rest = w.starts_with(u"\u0648") ? w.substr(1) : w;  // "وبأن"
      if (rest.starts_with(u"\u0628\u0627\u0646") /* بأن، بأنه، بأنها */ && rest.size() <= 6) {
        return false;
      }
      if (rest == u"\u0628\u0627\u0644\u0642\u0648\u0644" /* بالقول */) {
        return false;
      }
    }
    return true;
  });
  // ("الدكتور هشام عزت الفيومي": "عزت" right after a given name, with a name after it, is the
  // name Izzat, not "she put it down to"; the verb follows a clause's start, a particle or a
  // subject with its article.)
  std::erase_if(cues, [&](const Hit& h) {
    if (h.end != h.begin + 1 || keys[h.begin].exact != u"\u0639\u0632\u062a" /* عزت */ || h.begin == 0 ||
        h.end >= size() || !is_word(h.begin - 1) || !is_word(h.end)) {
      return false;
    }
    const std::size_t p = h.begin - 1;
    const std::u16string_view prev = keys[p].exact;
    using lexicon::WordClass;
    return prev.size() >= 3 && !prev.starts_with(u"\u0627\u0644") /* ال */ && !prev.starts_with(u"\u0648\u0627\u0644") &&
           !is(WordClass::conjunction, p) && !is(WordClass::subordinator, p) && !is(WordClass::relative, p) &&
           !is(WordClass::complementizer, p) && !is(WordClass::auxiliary, p) && !is(WordClass::adverb, p) &&
           !is(WordClass::time_word, p) && !is(WordClass::negation, p) && !is(WordClass::preposition, p);
  });
  // "طالبا عدم ذكر اسمه", "شريطة عدم الكشف": a verbal noun under "عدم" (not to) reports nothing.
  std::erase_if(cues, [&](const Hit& h) { return h.begin > 0 && keys[h.begin - 1].exact == u"\u0639\u062f\u0645"; });
  // "إذا تحدثت واشنطن عن …", "لو قال X": a condition, no report.
  std::erase_if(cues, [&](const Hit& h) {
    for (std::size_t k = h.begin; k > 0 && h.begin - k < 2; --k) {
      const std::u16string_view p = keys[k - 1].exact;
      if (p == u"\u0627\u0630\u0627" /* إذا */ || p == u"\u0648\u0627\u0630\u0627" || p == u"\u0644\u0648" /* لو */ ||
          p == u"\u0648\u0644\u0648") {
        return true;
      }
      if (p != u"\u0645\u0627" /* ما: "إذا ما" */) {
        break;
      }
    }
    return false;
  });
  // "ونادرا ما تتحدث X عن", "قلما يعلق": rarely, that is, not.
  std::erase_if(cues, [&](const Hit& h) {
    return (h.begin > 1 && keys[h.begin - 1].exact == u"\u0645\u0627" &&
            (keys[h.begin - 2].exact == u"\u0646\u0627\u062f\u0631\u0627" ||
             keys[h.begin - 2].exact == u"\u0648\u0646\u0627\u062f\u0631\u0627")) ||
           (h.begin > 0 && (keys[h.begin - 1].exact == u"\u0642\u0644\u0645\u0627" ||
                            keys[h.begin - 1].exact == u"\u0648\u0642\u0644\u0645\u0627"));
  });
  // "reports that P", "reports in San Jose that P": a report noun with its own clause.
  auto report_clause_follows = [&](const Hit& h) {
    std::size_t k = h.end;
    if (k + 1 < size() && (keys[k].exact == u"in" || keys[k].exact == u"from")) {
      std::size_t n = k + 1;
      while (n < size() && n < k + 5 && tokens[n].kind != text::TokenKind::punct && tokens[n].capitalized) {
        ++n;
      }
      if (n > k + 1) {
        k = n;
      }
    }
    return k < size() && keys[k].exact == u"that";
  };
  // English cue words that are also nouns, inside a noun phrase: after a determiner or a
  // possessive ("the forecast", "its claims", "the ministry's claims"), or after a name that
  // follows one ("the Yonhap forecast"). Left as cues they would cut the phrase a verb's
  // subject is ("The report said"). A report or claim with its own clause stays: "a press
  // report that P" is read as a report of P.
  if (lex.lang() == "en") {
    static constexpr std::u16string_view k_nouns[] = {
        u"forecast", u"forecasts", u"report", u"reports", u"claim", u"claims", u"remarks", u"comments",
        u"notes", u"signals", u"hints", u"estimate", u"estimates", u"fears", u"hopes", u"warning", u"warnings",
        u"recall", u"recalls"};
    auto lower_at = [&](std::size_t i) { return keys[i].exact; };
    std::erase_if(cues, [&](const Hit& h) {
      if (h.end != h.begin + 1 || h.begin == 0) {
        return false;
      }
      const std::u16string_view w = lower_at(h.begin);
      if (std::find(std::begin(k_nouns), std::end(k_nouns), w) == std::end(k_nouns)) {
        return false;
      }
      if (report_clause_follows(h) && (w == u"report" || w == u"reports" || w == u"claim" || w == u"claims")) {
        return false;
      }
      const std::size_t p = h.begin - 1;
      const std::u16string_view prev = lower_at(p);
      if (is_exact(lexicon::WordClass::determiner, p) || prev == u"'s" || prev == u"its" || prev == u"their" ||
          prev == u"his" || prev == u"her") {
        return true;
      }
      // "renewed fears", "raised hopes": the object of a verb before it.
      if (!tokens[p].capitalized && prev.size() > 4 && prev.ends_with(u"ed")) {
        return true;
      }
      return p > 0 && tokens[p].capitalized &&
             (lower_at(p - 1) == u"the" || lower_at(p - 1) == u"a" || lower_at(p - 1) == u"an") &&
             !verb_after_the_name(h.begin);
    });
  }
  // Phrasal verbs that report nothing: "showed up at the debate", "went on to win".
  if (lex.lang() == "en") {
    std::erase_if(cues, [&](const Hit& h) {
      if (h.end >= size()) {
        return false;
      }
      const std::u16string_view first = keys[h.begin].exact;
      const std::u16string_view next = keys[h.end].exact;
      if ((first == u"showed" || first == u"show" || first == u"shows" || first == u"shown") && next == u"up") {
        return true;
      }
      return h.end == h.begin + 2 && keys[h.begin + 1].exact == u"on" && next == u"to";
    });
  }
  // A reporting verb inside a source noun ("media reports say"): the noun, not the verb.
  // (In English not with a clause of its own: "There were unconfirmed reports that P".)
  std::erase_if(cues, [&](const Hit& h) {
    if (lex.lang() == "en" && report_clause_follows(h)) {
      return false;
    }
    for (const Hit& n : nouns) {
      if (n.begin < h.begin && h.begin < n.end) {
        return true;
      }
    }
    return false;
  });
  // "after the ruling that P", "its finding that P": a participle's form after an article or a
  // possessive pronoun is the noun, its "that" free for the verb before it ("said after the
  // ruling that P"). ("He's claiming that P": the "'s" is "is".)
  if (lex.lang() == "en") {
    std::erase_if(cues, [&](const Hit& h) {
      if (h.begin == 0 || lex.cues()[h.payload].frame != lexicon::Frame::participle) {
        return false;
      }
      const std::u16string_view before = keys[h.begin - 1].exact;
      return before == u"the" || before == u"a" || before == u"an" || before == u"its" || before == u"his" ||
             before == u"her" || before == u"their";
    });
  }
  // "Lawyers who handle lottery disputes said P", "the claims reports said": a plural noun
  // spelt like a verb ("disputes", "reports"), right before the clause's own "said", is the
  // subject's noun, no cue.
  if (lex.lang() == "en") {
    auto plain_say = [&](std::size_t i) {
      const std::u16string_view w = keys[i].exact;
      return w == u"said" || w == u"says" || w == u"told" || w == u"say" || w == u"tell" || w == u"tells";
    };
    std::erase_if(cues, [&](const Hit& h) {
      const std::u16string_view w = keys[h.begin].exact;
      return h.end == h.begin + 1 && h.end < keys.size() && w.size() > 3 && w.back() == u's' && !plain_say(h.begin) &&
             plain_say(h.end) && h.begin > 0 && tokens[h.begin - 1].kind == text::TokenKind::word;
    });
    // ("Last week, reports had claimed that P", "Earlier, reports from Reuters claimed P": the
    // noun, where the reports came from, then the clause's own verb of saying.)
    auto report_noun = [&](const Hit& h) {
      return h.end == h.begin + 1 && (keys[h.begin].exact == u"reports" || keys[h.begin].exact == u"claims");
    };
    std::vector<std::uint32_t> cue_begins;  // (read while `cues` is erased from)
    if (std::any_of(cues.begin(), cues.end(), report_noun)) {
      for (const Hit& h : cues) {
        cue_begins.push_back(h.begin);
      }
    }
    std::erase_if(cues, [&](const Hit& h) {
      if (!report_noun(h)) {
        return false;
      }
      std::size_t k = h.end;
      if (k + 1 < keys.size() && (keys[k].exact == u"from" || keys[k].exact == u"in" || keys[k].exact == u"by")) {
        std::size_t n = k + 1;
        while (n < keys.size() && n < k + 5 && tokens[n].kind == text::TokenKind::word && tokens[n].capitalized) {
          ++n;
        }
        if (n == k + 1) {
          return false;
        }
        k = n;
      }
      if (k < keys.size() && (keys[k].exact == u"had" || keys[k].exact == u"have")) {
        ++k;
      }
      if (k < keys.size() && (keys[k].exact == u"also" || keys[k].exact == u"previously")) {
        ++k;
      }
      return k > h.end && std::find(cue_begins.begin(), cue_begins.end(), k) != cue_begins.end();
    });
  }
  collect(lex.marker_index(), lexicon::table_marker, markers);
  collect(lex.nationality_index(), lexicon::table_nationality, nationalities);
  entities = gazetteer.find(tokens, keys, 0, keys.size(), starts_at);
  // ("وزارة الموارد المائية بحكومة الوحدة الوطنية نفت": a name that is also a word, with the
  // article, right after another word with the article is that word's adjective, "الوحدة
  // الوطنية", and names no medium; after a medium's noun, "التلفزيون العربي", it may.)
  if (lex.lang() == "ar") {
    auto definite = [&](std::size_t i) {
      return tokens[i].kind == text::TokenKind::word && (keys[i].exact.starts_with(u"\u0627\u0644") /* ال */ ||
                                                         keys[i].exact.starts_with(u"\u0648\u0627\u0644") /* وال */);
    };
    std::erase_if(entities, [&](const lexicon::EntityMatch& m) {
      if (!m.ambiguous || m.end != m.begin + 1 || m.begin == 0 || !definite(m.begin) || !definite(m.begin - 1)) {
        return false;
      }
      // (Only a noun of the medium's own kind: "الإذاعة الوطنية" is a country's national radio,
      // not "الوطنية" the Lebanese agency.)
      const SourceKind named = gazetteer.entities()[m.entity].kind;
      return std::none_of(nouns.begin(), nouns.end(), [&](const Hit& h) {
        const SourceKind k = lex.source_nouns()[h.payload].kind;
        return h.end == m.begin && (k == SourceKind::agency || k == SourceKind::outlet) && k == named;
      });
    });
  }
  add_names_across_quotes(quotes, starts);
  // A reporting verb inside a name that started before it ("the United States that P",
  // "Human Rights Watch reports"): the name, not the verb.
  if (!entities.empty()) {
    std::erase_if(cues, [&](const Hit& h) {
      return std::any_of(entities.begin(), entities.end(), [&](const lexicon::EntityMatch& m) {
        return m.begin < h.begin && h.begin < m.end;
      });
    });
  }
}

// "وكالة "مهر""، "وكالة «خاور» الطاجيكية": a name the gazetteer holds as "وكالة مهر", written
// with its own word quoted. The names are looked for again with the marks of short
// closed quotations left out; a match that takes in such a quotation holds it whole.
void Sentence::add_names_across_quotes(const std::vector<QuoteRegion>& quotes, const lexicon::PhraseStarts* starts) {
  constexpr std::size_t k_max_quoted_tokens = 5;
  std::vector<std::pair<std::size_t, std::size_t>> pairs;  // open and close mark tokens
  for (std::size_t o = 1; o < tokens.size(); ++o) {
    if (m_quote_marks[o] != 1 || tokens[o - 1].kind != text::TokenKind::word) {
      continue;
    }
    for (std::size_t c = o + 2; c < tokens.size() && c <= o + 1 + k_max_quoted_tokens; ++c) {
      if (m_quote_marks[c] == 2) {
        const bool same_region = std::any_of(quotes.begin(), quotes.end(), [&](const QuoteRegion& q) {
          return q.closed && q.open == tokens[o].begin && q.close == tokens[c].begin;
        });
        if (same_region) {
          pairs.emplace_back(o, c);
        }
        break;
      }
      if (m_quote_marks[c] != 0) {
        break;
      }
    }
  }
  if (pairs.empty()) {
    return;  // (most sentences: nothing allocated)
  }
  auto is_mark = [&](std::size_t i) {
    return std::any_of(pairs.begin(), pairs.end(), [&](const auto& p) { return p.first == i || p.second == i; });
  };
  // (Only the words around the quotations: a name is a few words long.)
  constexpr std::size_t k_reach = 6;
  const std::size_t from = pairs.front().first > k_reach ? pairs.front().first - k_reach : 0;
  const std::size_t to = std::min(tokens.size(), pairs.back().second + k_reach + 1);
  std::vector<std::size_t> kept;
  std::vector<text::Token> kept_tokens;
  std::vector<lexicon::TokenKey> kept_keys;
  for (std::size_t i = from; i < to; ++i) {
    if (!is_mark(i)) {
      kept.push_back(i);
      kept_tokens.push_back(tokens[i]);
      kept_keys.push_back(keys[i]);
    }
  }
  const std::vector<std::uint8_t> kept_starts =
      starts != nullptr ? starts->of(kept_keys) : std::vector<std::uint8_t>{};
  bool added = false;
  for (const lexicon::EntityMatch& m : gazetteer.find(kept_tokens, kept_keys, 0, kept_keys.size(), kept_starts)) {
    const std::size_t begin = kept[m.begin];
    const std::size_t last = kept[m.end - 1];
    if (last - begin + 1 == m.end - m.begin) {
      continue;  // no mark inside: found already
    }
    // Every quotation the name crosses lies inside it, its closing mark at most right after it.
    const bool whole = std::all_of(pairs.begin(), pairs.end(), [&](const auto& p) {
      const bool crossed = (p.first > begin && p.first < last) || (p.second > begin && p.second < last);
      return !crossed || (p.first > begin && p.second <= last + 1);
    });
    if (!whole) {
      continue;
    }
    // (The closing mark right after the name is part of what is written: "وكالة "فرانس برس"".)
    const bool closes_after = std::any_of(pairs.begin(), pairs.end(), [&](const auto& p) {
      return p.first > begin && p.second == last + 1;
    });
    const auto b = static_cast<std::uint32_t>(begin);
    const auto e = static_cast<std::uint32_t>(closes_after ? last + 2 : last + 1);
    std::erase_if(entities, [&](const lexicon::EntityMatch& old) { return old.begin >= b && old.end <= e; });
    if (std::any_of(entities.begin(), entities.end(),
                    [&](const lexicon::EntityMatch& old) { return old.begin < e && b < old.end; })) {
      continue;  // a longer name overlaps it
    }
    entities.push_back({b, e, m.entity, m.ambiguous});
    added = true;
  }
  if (added) {
    std::sort(entities.begin(), entities.end(),
              [](const lexicon::EntityMatch& x, const lexicon::EntityMatch& y) { return x.begin < y.begin; });
  }
}

std::u16string_view Sentence::lower(std::size_t i) const { return keys[i].exact; }

bool Sentence::is_comma(std::size_t i) const {
  return i < size() && tokens[i].kind == text::TokenKind::punct && tokens[i].punct == u',';
}

bool Sentence::is_dash(std::size_t i) const {
  if (i >= size() || tokens[i].kind != text::TokenKind::punct) {
    return false;
  }
  return text::is_dash(tokens[i].punct);
}

bool Sentence::has_article(std::size_t i) const {
  if (i >= size() || !keys[i].exact.starts_with(u"\u0627\u0644")) {
    return false;
  }
  // (Words of the lexicon's classes keep the reading they always had: "إلى"، "إلا".)
  // (Nor "إل" on its own, a Spanish name's article: "إل كالافاتي".)
  if (m_class_any[i] != 0 || keys[i].exact.size() < 4) {
    return true;
  }
  // (The stored text keeps the hamza that the folded key drops; read in place when it can be.)
  auto hamza_lam = [](std::string_view written) {
    return written.starts_with("\xD8\xA3\xD9\x84") /* أل */ || written.starts_with("\xD8\xA5\xD9\x84") /* إل */;
  };
  if (m_original_index != nullptr) {
    const Span sp = text.source_span(tokens[i].begin, tokens[i].end);
    return !hamza_lam(m_original_index->slice(sp.start, sp.end));
  }
  return !hamza_lam(utf8(i, i + 1));
}

bool Sentence::is_open_quote(std::size_t i) const { return i < size() && m_quote_marks[i] == 1; }
bool Sentence::is_close_quote(std::size_t i) const { return i < size() && m_quote_marks[i] == 2; }
bool Sentence::is_quote_mark(std::size_t i) const {
  if (i >= size() || tokens[i].kind != text::TokenKind::punct) {
    return false;
  }
  const char16_t c = tokens[i].punct;
  return m_quote_marks[i] != 0 || c == u'"' || c == u'\u201C' || c == u'\u201D' || c == u'\u00AB' ||
         c == u'\u00BB' || c == u'\u201E';
}

bool Sentence::is_end_punct(std::size_t i) const {
  if (i >= size() || tokens[i].kind != text::TokenKind::punct) {
    return false;
  }
  const char16_t c = tokens[i].punct;
  if (c == u'.' || c == u'\u2026') {
    // The segmenter already ended the sentence: a period inside it belongs to an
    // abbreviation ("Mr.", "U.S.") unless only punctuation follows.
    for (std::size_t k = i + 1; k < tokens.size(); ++k) {
      if (tokens[k].kind != text::TokenKind::punct) {
        return false;
      }
    }
    return true;
  }
  return c == u'!' || c == u'?' || c == u';';
}

const Hit* Sentence::cue_at(std::size_t i) const {
  for (const Hit& h : cues) {
    if (h.begin == i) {
      return &h;
    }
  }
  return nullptr;
}

const Hit* Sentence::noun_covering(std::size_t i) const {
  for (const Hit& h : nouns) {
    if (h.begin <= i && i < h.end) {
      return &h;
    }
  }
  return nullptr;
}

const lexicon::EntityMatch* Sentence::entity_covering(std::size_t i) const {
  for (const lexicon::EntityMatch& m : entities) {
    if (m.begin <= i && i < m.end) {
      return &m;
    }
  }
  return nullptr;
}

const Hit* Sentence::nationality_covering(std::size_t i) const {
  for (const Hit& h : nationalities) {
    if (h.begin <= i && i < h.end) {
      return &h;
    }
  }
  return nullptr;
}

bool Sentence::verb_after_the_name(std::size_t i) const {
  if (i < 2 || !tokens[i - 1].capitalized || keys[i - 2].exact != u"the") {
    return false;
  }
  // ("Malaria killed 608,000 people, the WHO estimates.": postposed after the content, the
  // sentence ending on it.)
  if (i > 2 && is_comma(i - 3) && (i + 1 == size() || is_end_punct(i + 1))) {
    return true;
  }
  if (i + 1 >= size() || !is_word(i + 1)) {
    return false;
  }
  // (The article opens the clause: after a preposition or a verb the phrase is a noun's, "in
  // the Reuters report the agency said", "denied the Yonhap report".)
  if (i > 2 && is_word(i - 3)) {
    const std::u16string_view before = keys[i - 3].exact;
    if (before != u"and" && before != u"but" && before != u"now" && before != u"while" && before != u"yet" &&
        before != u"meanwhile") {
      return false;
    }
  }
  // A verb's object or clause opens after it; a noun's time phrase does not ("the Yonhap
  // report this week said").
  const std::u16string_view next = keys[i + 1].exact;
  if (next == u"this" || next == u"that" || next == u"these" || next == u"those" || next == u"last" || next == u"next") {
    return false;
  }
  return is_exact(lexicon::WordClass::determiner, i + 1) || next == u"its" || next == u"his" || next == u"her" ||
         next == u"their" || next == u"it" || next == u"he" || next == u"she" || next == u"they" || next == u"we";
}

bool Sentence::hashtag(std::size_t i) const {
  if (m_original_index == nullptr || i >= tokens.size()) {
    return false;
  }
  const Span sp = text.source_span(tokens[i].begin, tokens[i].end);
  return sp.start > 0 && m_original_index->slice(sp.start - 1, sp.start) == "#";
}

std::string Sentence::utf8(std::size_t b, std::size_t e) const {
  if (e <= b) {
    return {};
  }
  if (m_original_index != nullptr) {
    const Span sp = text.source_span(tokens[b].begin, tokens[e - 1].end);
    return std::string(m_original_index->slice(sp.start, sp.end));
  }
  return lexicon::to_utf8(text.text().substr(tokens[b].begin, tokens[e - 1].end - tokens[b].begin));
}

}  // namespace claimtrace::extract
