#include "extract/discourse.hpp"

#include <algorithm>
#include <functional>

namespace claimtrace::extract {
namespace {

bool is_person_kind(SourceKind k) { return k == SourceKind::person; }

bool is_thing_kind(SourceKind k) {
  return k == SourceKind::agency || k == SourceKind::outlet || k == SourceKind::government ||
         k == SourceKind::organization || k == SourceKind::reports;
}

// Does an English mention open with `word` and go on with a lower-case word (a title:
// "Qantas chief executive Geoff Dixon")? Then `word` names the employer, not the person.
bool employer_before_title(std::string_view mention, std::u16string_view word) {
  std::string ascii;
  for (const char16_t c : word) {
    if (c > 0x7f) {
      return false;
    }
    ascii.push_back(static_cast<char>(c));
  }
  const std::size_t space = mention.find(' ');
  if (space == std::string_view::npos || space != ascii.size() || space + 1 >= mention.size()) {
    return false;
  }
  for (std::size_t i = 0; i < space; ++i) {
    const char c = mention[i];
    if (static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c) != ascii[i]) {
      return false;
    }
  }
  const char next = mention[space + 1];
  return next >= 'a' && next <= 'z';
}

// Does an English mention end with a spokesperson's noun ("the Foreign Ministry spokesman")?
bool spokesperson_last(std::string_view mention) {
  for (const std::string_view noun : {std::string_view(" spokesman"), std::string_view(" spokeswoman"),
                                      std::string_view(" spokesperson")}) {
    if (mention.ends_with(noun)) {
      return true;
    }
  }
  return false;
}

// How many referents back a dropped subject or pronoun may reach.
constexpr std::size_t k_agreement_window = 12;

}  // namespace

void Discourse::add(Referent r) {
  if (!r.hop.entity.empty() && std::find(m_excluded.begin(), m_excluded.end(), r.hop.entity) != m_excluded.end()) {
    return;
  }
  // Keep the memory bounded on huge documents: old referents rarely come back.
  if (m_items.size() > 4096) {
    m_items.erase(m_items.begin(), m_items.begin() + 2048);
  }
  m_items.push_back(std::move(r));
}

const Referent* Discourse::by_head(std::u16string_view head, std::optional<SourceKind> kind,
                                   std::string_view medium, std::string_view country,
                                   std::optional<std::uint32_t> skip_sentence) const {
  for (auto it = m_items.rbegin(); it != m_items.rend(); ++it) {
    if ((!country.empty() && it->country != country) || (skip_sentence && it->sentence == *skip_sentence)) {
      continue;
    }
    const bool same_head = !head.empty() && it->head == head;
    bool same_kind = false;
    if (kind && (*kind == SourceKind::agency || *kind == SourceKind::outlet)) {
      same_kind = it->hop.kind == *kind && (medium.empty() || it->medium.empty() || it->medium == medium);
      if (*kind == SourceKind::outlet && it->hop.kind == SourceKind::agency && medium.empty()) {
        same_kind = false;
      }
    }
    if (same_head || same_kind) {
      return &*it;
    }
  }
  return nullptr;
}

const Referent* Discourse::by_name(const std::vector<std::u16string>& tokens) const {
  if (tokens.empty()) {
    return nullptr;
  }
  for (auto it = m_items.rbegin(); it != m_items.rend(); ++it) {
    if (it->name_tokens.size() <= tokens.size()) {
      continue;  // a short mention of a longer name
    }
    const bool all = std::all_of(tokens.begin(), tokens.end(), [&](const std::u16string& t) {
      return std::find(it->name_tokens.begin(), it->name_tokens.end(), t) != it->name_tokens.end();
    });
    // ("Qantas" after "Qantas chief executive Geoff Dixon": a person's own name closes the
    // phrase; a word before his title names his employer, not him.)
    const bool employer_only = tokens.size() == 1 && it->hop.kind == SourceKind::person &&
                               employer_before_title(it->hop.mention, tokens.front());
    if (all && !employer_only) {
      return &*it;
    }
  }
  return nullptr;
}

const Referent* Discourse::most_recent_within(std::uint32_t sentence, std::uint32_t back,
                                              const std::function<bool(const Referent&)>& wanted) const {
  for (auto it = m_items.rbegin(); it != m_items.rend(); ++it) {
    if (it->sentence + back < sentence) {
      break;  // items are in reading order
    }
    if (wanted(*it)) {
      return &*it;
    }
  }
  return nullptr;
}

const Referent* Discourse::recent_mention(Gender gender, std::uint32_t sentence, std::uint32_t back) const {
  return most_recent_within(sentence, back, [&](const Referent& r) {
    // Places and bodies merely named are rarely the dropped subject of a cue.
    return !r.is_source && is_person_kind(r.hop.kind) &&
           (gender == Gender::unknown || r.gender == Gender::unknown || r.gender == gender);
  });
}

const Referent* Discourse::recent_clause_subject(Gender gender, std::uint32_t sentence, std::uint32_t back) const {
  return most_recent_within(sentence, back, [&](const Referent& r) {
    return r.clause_subject && (gender == Gender::unknown || r.gender == gender);
  });
}

namespace {

// Every word capitalised, one to three of them: "Paug", "Juan Ortiz" (Latin script only).
bool name_like(std::string_view mention) {
  if (mention.empty() || mention.size() > 40 || mention.starts_with("The ") || mention.starts_with("A ") ||
      mention.starts_with("An ")) {
    return false;  // "The Post": a description, not a name
  }
  int words = 0;
  bool start = true;
  for (const char c : mention) {
    if (c == ' ' || c == '\n') {
      start = true;
      continue;
    }
    if (start) {
      if (c < 'A' || c > 'Z') {
        return false;
      }
      ++words;
      start = false;
    }
  }
  return words >= 1 && words <= 3;
}

}  // namespace

const Referent* Discourse::by_agreement(Gender gender, bool want_person, bool want_thing, bool sources_only,
                                        bool singular, std::uint32_t sentence, Gender pronoun) const {
  std::size_t seen = 0;
  for (auto it = m_items.rbegin(); it != m_items.rend() && seen < k_agreement_window; ++it, ++seen) {
    if (sources_only && !it->is_source) {
      continue;
    }
    // (The medium told is no speaker a pronoun or a dropped subject goes on with: "قال مسؤول
    // لرويترز … وأضافت"، "the ministry told Reuters … it said".)
    if (it->hop.recipient) {
      continue;
    }
    // ("Paug said P. She alleged Q": a bare capitalised name the lexicons do not know is a
    // person as far as "he"/"she" go.)
    // ("An Iranian Foreign Ministry spokesman … said P. "Q," he was quoted as saying": a body's
    // spokesman is a person to "he".)
    if (want_person && !is_person_kind(it->hop.kind) && it->hop.kind != SourceKind::officials &&
        it->hop.kind != SourceKind::anonymous &&
        !(it->hop.kind == SourceKind::unknown && name_like(it->hop.mention) && it->sentence < sentence) &&
        !(it->hop.kind == SourceKind::government && spokesperson_last(it->hop.mention))) {
      continue;
    }
    // ("Barclays reported …, and it has forecast": a bare capitalised name is a thing to "it"
    // too; an indefinite vague report, "a weekend press report", is no one's "it".)
    // ("The emirate of Dubai … said P. It said Q": a definite description that spoke in the
    // sentence before is a thing too.)
    const bool definite_just_before =
        it->hop.kind == SourceKind::unknown && it->sentence + 1 == sentence &&
        (it->hop.mention.starts_with("The ") || it->hop.mention.starts_with("the "));
    if (want_thing && !is_thing_kind(it->hop.kind) &&
        !(it->hop.kind == SourceKind::unknown && name_like(it->hop.mention)) && !definite_just_before) {
      continue;
    }
    // (Nor is a body's spokesman "it": "BSS quoted a ministry spokesman … It also quoted him".)
    if (want_thing && !want_person && spokesperson_last(it->hop.mention)) {
      continue;
    }
    if (want_thing && it->hop.kind == SourceKind::reports &&
        (it->hop.mention.starts_with("a ") || it->hop.mention.starts_with("A ") || it->hop.mention.starts_with("an "))) {
      continue;
    }
    if (singular && it->gender == Gender::plural) {
      continue;
    }
    // ("Trump said P. He added Q. … She told reporters": a person whom "he" has taken up is
    // no antecedent of "she". English genders here are the lexicon's, grammatical; only the
    // pronouns tell a person's.)
    if ((pronoun == Gender::male || pronoun == Gender::female) && !it->hop.entity.empty()) {
      const Gender known = gender_taken_up(it->hop.entity);
      if (known != Gender::unknown && known != pronoun) {
        continue;
      }
    }
    if (gender == Gender::unknown || it->gender == Gender::unknown || it->gender == gender) {
      return &*it;
    }
  }
  return nullptr;
}

Gender Discourse::gender_taken_up(std::string_view entity) const {
  for (auto it = m_taken_up.rbegin(); it != m_taken_up.rend(); ++it) {
    if (it->first == entity) {
      return it->second;
    }
  }
  return Gender::unknown;
}

void Discourse::note_pronoun(std::string_view entity, Gender gender) {
  if (!entity.empty() && (gender == Gender::male || gender == Gender::female)) {
    m_taken_up.emplace_back(std::string(entity), gender);
  }
}

const Referent* Discourse::by_entity(std::string_view entity) const {
  for (auto it = m_items.rbegin(); it != m_items.rend(); ++it) {
    if (!entity.empty() && it->hop.entity == entity) {
      return &*it;
    }
  }
  return nullptr;
}

const Referent* Discourse::person_of_country(std::string_view country, std::uint32_t sentence,
                                             std::uint32_t back) const {
  if (country.empty()) {
    return nullptr;
  }
  return most_recent_within(sentence, back, [&](const Referent& r) {
    return r.is_source && r.country == country && r.sentence < sentence &&
           (r.hop.kind == SourceKind::person || r.hop.kind == SourceKind::officials);
  });
}

const Referent* Discourse::last_single_speaker(std::uint32_t sentence, std::uint32_t back) const {
  const Referent* last = most_recent_within(sentence, back, [&](const Referent& r) {
    return r.is_source && r.sentence < sentence && r.hop.kind != SourceKind::agency && r.hop.kind != SourceKind::outlet;
  });
  if (last == nullptr || last->gender == Gender::plural ||
      !(last->hop.kind == SourceKind::person || last->hop.kind == SourceKind::officials ||
        last->hop.kind == SourceKind::anonymous)) {
    return nullptr;
  }
  return last;
}

const Referent* Discourse::by_span(const Span& span) const {
  for (auto it = m_items.rbegin(); it != m_items.rend(); ++it) {
    if (it->hop.span == span) {
      return &*it;
    }
  }
  return nullptr;
}

const Referent* Discourse::spoke_from(std::uint32_t start, std::uint32_t sentence) const {
  for (auto it = m_items.rbegin(); it != m_items.rend() && it->sentence >= sentence; ++it) {
    if (it->is_source && it->sentence == sentence && it->hop.span.start == start) {
      return &*it;
    }
  }
  return nullptr;
}

const Referent* Discourse::last_source() const {
  for (auto it = m_items.rbegin(); it != m_items.rend(); ++it) {
    if (it->is_source) {
      return &*it;
    }
  }
  return nullptr;
}

}  // namespace claimtrace::extract
