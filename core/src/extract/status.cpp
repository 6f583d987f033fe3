#include "extract/status.hpp"

#include <algorithm>
#include <numeric>
#include <set>
#include <unordered_map>

#include "lexicon/token_keys.hpp"
#include "text/char_fold.hpp"

namespace claimtrace::extract {
namespace {

// Stemming only drops a prefix or a suffix, so the stem is a view into the word.
std::u16string_view stem(std::u16string_view w, bool arabic) {
  if (arabic) {
    // Conjunction, preposition and article: "والصين" and "الصين" are one word.
    if (w.size() > 3 && (w[0] == u'\u0648' || w[0] == u'\u0641')) {
      w.remove_prefix(1);
    }
    if (w.size() > 4 && (w[0] == u'\u0628' || w[0] == u'\u0644' || w[0] == u'\u0643') && w[1] == u'\u0627' &&
        w[2] == u'\u0644') {
      w.remove_prefix(3);
    } else if (w.size() > 3 && w[0] == u'\u0627' && w[1] == u'\u0644') {
      w.remove_prefix(2);
    } else if (w.size() > 4 && w[0] == u'\u0644' && w[1] == u'\u0644') {
      w.remove_prefix(2);
    }
    return w;
  }
  if (w.size() > 4 && w.ends_with(u"ing")) {
    w.remove_suffix(3);
  } else if (w.size() > 3 && w.ends_with(u"ed")) {
    w.remove_suffix(2);
  } else if (w.size() > 3 && w.back() == u's' && w[w.size() - 2] != u's') {
    w.remove_suffix(1);
  }
  return w;
}

struct UnionFind {
  std::vector<std::size_t> parent;
  explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  std::size_t find(std::size_t x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }
  void unite(std::size_t a, std::size_t b) { parent[find(a)] = find(b); }
};

}  // namespace

std::uint32_t WordIds::id(std::u16string_view word) {
  const auto next = static_cast<std::uint32_t>(m_ids.size());
  return m_ids.emplace(word, next);
}

std::uint32_t proposition_word(const lexicon::HashedKey& key, const LanguageResources& res, WordIds& ids) {
  const std::u16string_view k = key.text;
  if (k.size() < 2) {
    return k_no_word;
  }
  const bool arabic = text::is_arabic_letter_range(k[0]);
  const lexicon::CueLexicon* lex = res.lexicon_for(arabic ? "ar" : "en");
  if (lex != nullptr && lex->is_exact(lexicon::WordClass::stopword, key)) {
    return k_no_word;
  }
  bool letter = false;
  for (const char16_t c : k) {
    letter = letter || (c > u'9');
  }
  return letter ? ids.id(stem(k, arabic)) : k_no_word;
}

PropositionWords proposition_words(const std::vector<lexicon::HashedKey>& token_keys, const LanguageResources& res,
                                   WordIds& ids) {
  PropositionWords out;
  for (const lexicon::HashedKey& k : token_keys) {
    if (const std::uint32_t w = proposition_word(k, res, ids); w != k_no_word) {
      out.push_back(w);
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

PropositionWords proposition_words(const std::string& text, const LanguageResources& res, WordIds& ids) {
  const std::vector<std::u16string> keys = lexicon::phrase_keys(text);
  std::vector<lexicon::HashedKey> hashed;
  hashed.reserve(keys.size());
  for (const std::u16string& k : keys) {
    hashed.push_back({k, lexicon::hash_key(k)});
  }
  return proposition_words(hashed, res, ids);
}

std::size_t shared_words(const PropositionWords& a, const PropositionWords& b) {
  std::size_t shared = 0;
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) {
      ++shared;
      ++i;
      ++j;
    } else if (a[i] < b[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return shared;
}

bool same_proposition(const PropositionWords& a, const PropositionWords& b) {
  if (a.size() < 3 || b.size() < 3) {
    return false;
  }
  const std::size_t shared = shared_words(a, b);
  const std::size_t smaller = std::min(a.size(), b.size());
  const std::size_t larger = std::max(a.size(), b.size());
  // Most of the shorter statement, and a fair part of the longer one.
  return shared >= 4 && shared * 10 >= smaller * 6 && shared * 10 >= larger * 3;
}

std::string root_identity(const Hop& root, const LanguageResources& res) {
  if (!root.entity.empty()) {
    if (const EntityInfo* e = res.gazetteer.find(root.entity); e != nullptr && !e->controlled_by.empty()) {
      return e->controlled_by;
    }
    return root.entity;
  }
  return "mention:" + root.mention;
}

void decide_status(std::vector<Claim>& claims, std::vector<PropositionWords> words, const LanguageResources& res,
                   WordIds& ids) {
  const std::size_t n = claims.size();
  words.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    if (words[i].empty()) {
      words[i] = proposition_words(claims[i].text, res, ids);
    }
  }
  // Numbers and negation the proposition words leave out: "a 20% rise" is not "would rise
  // 18%", "had not withdrawn" not "had withdrawn". Two claims that both give numbers must
  // share one, and a claim and its negation are two propositions (a denial says "not" by its
  // verb, not its words, and stays free to join the claim it denies).
  // (Read only for the claims a pair test reaches: most claims never meet a partner.)
  std::vector<std::vector<std::string>> numbers(n);
  // (Likewise names: "the central bank bought dollars during Tokyo hours" and "the U.K.
  // central bank may have bought dollars in Europe" name different places and banks. English
  // only, where a capital marks a name.)
  std::vector<std::vector<std::string>> names(n);
  std::vector<bool> negative(n, false);
  std::vector<bool> read(n, false);
  auto read_claim = [&](std::size_t i) {
    if (read[i]) {
      return;
    }
    read[i] = true;
    const std::string& t = claims[i].text;
    std::string run;
    auto flush_number = [&] {
      if (!run.empty()) {
        numbers[i].push_back(run);
        run.clear();
      }
    };
    std::string word;
    bool capital = false;  // the word being read opens with a Latin capital
    bool first_word = true;
    auto flush_word = [&] {
      // (The first word is capitalised anyway: a name only when no function word.)
      static constexpr std::string_view k_openers[] = {
          "the", "a", "an", "it", "he", "she", "they", "we", "i", "there", "this", "that", "these", "those",
          "its", "his", "her", "their", "our", "in", "on", "at", "some", "many", "most", "all", "no", "one",
          "if", "when", "after", "but", "and", "as", "for", "while", "since"};
      if (capital && word.size() >= 2 &&
          !(first_word && std::find(std::begin(k_openers), std::end(k_openers), word) != std::end(k_openers))) {
        // ("Iran's" names Iran.)
        names[i].push_back(word.ends_with("'s") ? word.substr(0, word.size() - 2) : word);
      }
      if (!word.empty()) {
        first_word = false;
      }
      capital = false;
      std::string_view w = word;
      // Arabic "و" attached to the particle: "ولم", "ولا".
      if (w.size() > 2 && w.starts_with("\xD9\x88")) {
        const std::string_view rest = w.substr(2);
        if (rest == "\xD9\x84\xD9\x85" || rest == "\xD9\x84\xD8\xA7" || rest == "\xD9\x84\xD9\x86" ||
            rest == "\xD9\x84\xD9\x8A\xD8\xB3") {
          w = rest;
        }
      }
      static constexpr std::string_view k_negations[] = {
          "not", "n't", "no", "never", "nor",
          "\xD9\x84\xD9\x85" /* لم */, "\xD9\x84\xD9\x86" /* لن */, "\xD9\x84\xD8\xA7" /* لا */,
          "\xD9\x84\xD9\x8A\xD8\xB3" /* ليس */, "\xD8\xB9\xD8\xAF\xD9\x85" /* عدم */};
      negative[i] = negative[i] || std::find(std::begin(k_negations), std::end(k_negations), w) != std::end(k_negations) ||
                    w.ends_with("n't");
      word.clear();
    };
    for (const char c : t) {
      const auto u = static_cast<unsigned char>(c);
      if (u >= '0' && u <= '9') {
        run.push_back(c);
      } else if ((c == '.' || c == ',') && !run.empty()) {
        run.push_back(c);
      } else {
        while (!run.empty() && (run.back() == '.' || run.back() == ',')) {
          run.pop_back();
        }
        flush_number();
      }
      if (u == ' ' || u == '\n' || u == ',' || u == '.' || u == '"' || u == ';' || u == ':') {
        flush_word();
      } else {
        if (word.empty()) {
          capital = u >= 'A' && u <= 'Z';
        }
        word.push_back(static_cast<char>(u >= 'A' && u <= 'Z' ? u - 'A' + 'a' : u));
      }
    }
    flush_number();
    flush_word();
  };
  // Both give some, and share none.
  auto disjoint = [](const std::vector<std::string>& a, const std::vector<std::string>& b) {
    return !a.empty() && !b.empty() && std::none_of(a.begin(), a.end(), [&](const std::string& x) {
      return std::find(b.begin(), b.end(), x) != b.end();
    });
  };
  auto compatible = [&](std::size_t i, std::size_t j) {
    read_claim(i);
    read_claim(j);
    if (disjoint(numbers[i], numbers[j]) || disjoint(names[i], names[j])) {
      return false;
    }
    const bool denial = claims[i].commitment == Commitment::denial || claims[j].commitment == Commitment::denial;
    return denial || negative[i] == negative[j];
  };
  UnionFind groups(n);
  // Claims with exactly the same words are one proposition; only the first of them (the
  // representative) takes part in the pair search below. Repeated text (a page template,
  // a syndicated paragraph, a pasted-together archive) then costs nothing extra.
  std::vector<bool> representative(n, true);
  {
    std::unordered_map<std::u32string, std::size_t> first_with;
    for (std::size_t i = 0; i < n; ++i) {
      if (words[i].empty()) {
        continue;
      }
      const std::u32string key(words[i].begin(), words[i].end());
      const auto [it, inserted] = first_with.try_emplace(key, i);
      if (!inserted) {
        representative[i] = false;
        // The same test as same_proposition() on two equal word lists.
        if (words[i].size() >= 4 && !claims[i].span.overlaps(claims[it->second].span) && compatible(i, it->second)) {
          groups.unite(i, it->second);
        }
      }
    }
  }
  // Candidate pairs share a word that is not everywhere in the document (an inverted index
  // keeps this linear in practice instead of comparing every pair), and are at most
  // k_window claims apart: an article restates a claim within a few dozen claims, and the
  // bound keeps a pathological input (a whole archive as one "article") linear.
  constexpr std::size_t k_window = 1000;
  // Postings in one array (word w's claims are postings[offsets[w]..offsets[w+1])): one
  // allocation instead of one per distinct word of the document.
  std::vector<std::size_t> offsets(ids.size() + 1, 0);
  for (std::size_t i = 0; i < n; ++i) {
    if (representative[i]) {
      for (const std::uint32_t w : words[i]) {
        ++offsets[w + 1];
      }
    }
  }
  for (std::size_t w = 0; w < ids.size(); ++w) {
    offsets[w + 1] += offsets[w];
  }
  std::vector<std::size_t> postings(offsets.back());
  {
    std::vector<std::size_t> fill(offsets.begin(), offsets.end() - 1);
    for (std::size_t i = 0; i < n; ++i) {
      if (representative[i]) {
        for (const std::uint32_t w : words[i]) {
          postings[fill[w]++] = i;
        }
      }
    }
  }
  const std::size_t common = std::max<std::size_t>(32, std::min(n, k_window) / 10);
  std::unordered_map<std::size_t, std::size_t> shared;
  for (std::size_t i = 0; i < n; ++i) {
    if (!representative[i]) {
      continue;
    }
    shared.clear();
    for (const std::uint32_t w : words[i]) {
      const auto list_begin = postings.begin() + static_cast<std::ptrdiff_t>(offsets[w]);
      const auto list_end = postings.begin() + static_cast<std::ptrdiff_t>(offsets[w + 1]);
      // Postings are in claim order: start after i, stop past the window.
      const auto from = std::upper_bound(list_begin, list_end, i);
      const auto to = std::upper_bound(from, list_end, i + k_window);
      if (static_cast<std::size_t>(to - from) > common) {
        continue;
      }
      for (auto it = from; it != to; ++it) {
        ++shared[*it];
      }
    }
    for (const auto& [j, count] : shared) {
      // A nested claim is part of its outer claim's text, not a second statement of it.
      if (count < 4 || claims[i].span.overlaps(claims[j].span)) {
        continue;
      }
      if (same_proposition(words[i], words[j]) && compatible(i, j)) {
        groups.unite(i, j);
      }
    }
  }
  std::vector<std::vector<std::size_t>> members(n);
  for (std::size_t i = 0; i < n; ++i) {
    members[groups.find(i)].push_back(i);
  }
  int next_group = 1;
  for (std::size_t g = 0; g < n; ++g) {
    if (members[g].empty()) {
      continue;
    }
    const int group_id = next_group++;
    std::set<std::string> asserting;
    std::set<std::string> denying;
    // Asserting roots with the relays they came through: a root that is only another's
    // relay ("Yonhap" and "Yonhap > an unnamed source") confirms nothing independently.
    struct Root {
      std::string id;
      std::set<std::string> relays;
      bool named;
    };
    std::vector<Root> roots;
    bool named_asserting = false;
    bool any_attributed = false;
    bool all_unnamed = true;
    bool not_confirmed = false;
    bool hedged = false;
    for (const std::size_t i : members[g]) {
      const Claim& c = claims[i];
      for (const Reason& r : c.reasons) {
        not_confirmed = not_confirmed || r.code == ReasonCode::not_confirmed;
        hedged = hedged || r.code == ReasonCode::hedge || r.code == ReasonCode::allegation;
      }
      if (c.chain.empty()) {
        continue;
      }
      any_attributed = true;
      const Hop& root = c.chain.back();
      // (A root known only through an unnamed relay counts as unnamed: see the reasons.)
      bool unnamed = is_unnamed(root.kind);
      for (std::size_t k = 0; k + 1 < c.chain.size() && !unnamed; ++k) {
        unnamed = c.chain[k].kind == SourceKind::officials || c.chain[k].kind == SourceKind::anonymous;
      }
      all_unnamed = all_unnamed && unnamed;
      const std::string id = root_identity(root, res);
      // A root that hedges its own statement ("he might tell the committee that …") is
      // no committed, named witness: it confirms nothing.
      bool own_hedge = false;
      for (const Reason& r : c.reasons) {
        own_hedge = own_hedge || r.code == ReasonCode::hedge || r.code == ReasonCode::allegation;
      }
      if (c.commitment == Commitment::denial) {
        denying.insert(id);
      } else {
        asserting.insert(id);
        named_asserting = named_asserting || !unnamed;
        Root r{id, {}, !unnamed && !own_hedge};
        for (std::size_t h = 0; h + 1 < c.chain.size(); ++h) {
          r.relays.insert(root_identity(c.chain[h], res));
        }
        roots.push_back(std::move(r));
      }
    }
    // Two roots confirm each other when they differ, neither relays the other, and one is named.
    bool independent_pair = false;
    for (std::size_t a = 0; a < roots.size() && !independent_pair; ++a) {
      for (std::size_t b = a + 1; b < roots.size() && !independent_pair; ++b) {
        independent_pair = roots[a].id != roots[b].id && !roots[a].relays.count(roots[b].id) &&
                           !roots[b].relays.count(roots[a].id) && (roots[a].named || roots[b].named);
      }
    }
    ClaimStatus status = ClaimStatus::single_source;
    bool disputed = false;
    if (!any_attributed) {
      status = not_confirmed ? ClaimStatus::unconfirmed : hedged ? ClaimStatus::hedged : ClaimStatus::unsourced;
    } else if (!asserting.empty() && !denying.empty() &&
               std::any_of(denying.begin(), denying.end(), [&](const std::string& d) { return !asserting.count(d); })) {
      status = ClaimStatus::disputed;
      disputed = true;
    } else if (asserting.empty() && !denying.empty()) {
      status = ClaimStatus::denied;
    } else if (not_confirmed) {
      status = ClaimStatus::unconfirmed;
    } else if (independent_pair) {
      status = ClaimStatus::confirmed;
    } else if (hedged) {
      status = ClaimStatus::hedged;
    } else if (all_unnamed) {
      status = ClaimStatus::anonymous;
    }
    // Groups join claims through chains of likeness: a denial disputes the claims it is itself
    // like, not every claim the group reached through others ("the government awaits the
    // inquiry's results" is not disputed by "the source denied he was killed").
    auto status_without_denials = [&] {
      if (asserting.empty()) {
        return not_confirmed ? ClaimStatus::unconfirmed : hedged ? ClaimStatus::hedged : ClaimStatus::unsourced;
      }
      if (not_confirmed) {
        return ClaimStatus::unconfirmed;
      }
      if (independent_pair) {
        return ClaimStatus::confirmed;
      }
      if (hedged) {
        return ClaimStatus::hedged;
      }
      return all_unnamed ? ClaimStatus::anonymous : ClaimStatus::single_source;
    };
    auto like_a_denial = [&](std::size_t i) {
      return std::any_of(members[g].begin(), members[g].end(), [&](std::size_t j) {
        return j != i && claims[j].commitment == Commitment::denial && !claims[j].chain.empty() &&
               same_proposition(words[i], words[j]);
      });
    };
    for (const std::size_t i : members[g]) {
      Claim& c = claims[i];
      c.group = group_id;
      const bool disputed_here =
          disputed && (c.commitment == Commitment::denial || like_a_denial(i));
      c.status = disputed && !disputed_here ? status_without_denials() : status;
      // The outlet's own statement stays its own (an empty chain has no root to be single-source
      // or confirmed through); only its own marks, or a denial of it, change that.
      if (c.chain.empty() && !disputed_here) {
        bool own_not_confirmed = false;
        bool own_hedge = false;
        for (const Reason& r : c.reasons) {
          own_not_confirmed = own_not_confirmed || r.code == ReasonCode::not_confirmed;
          own_hedge = own_hedge || r.code == ReasonCode::hedge;
        }
        c.status = own_not_confirmed ? ClaimStatus::unconfirmed : own_hedge ? ClaimStatus::hedged : ClaimStatus::unsourced;
      }
      // An Arabic dismissal disputes what it points back to; the label itself is its speaker's
      // own word, as any description is. (An English one, "called the reports "baseless"", is the
      // object with its label, a denial flagged as the team's annotators flag it.)
      if (c.rule == "ar.dismissal" && !c.chain.empty()) {
        c.status = is_unnamed(c.chain.back().kind) ? ClaimStatus::anonymous : ClaimStatus::single_source;
        c.unconfirmed = is_unconfirmed_status(c.status);
        continue;
      }
      c.unconfirmed = is_unconfirmed_status(c.status);
      if (disputed_here) {
        bool has = false;
        for (const Reason& r : c.reasons) {
          has = has || r.code == ReasonCode::dispute;
        }
        if (!has && !c.chain.empty()) {
          // The root whose statement is disputed, as it is written.
          c.reasons.push_back({ReasonCode::dispute, c.chain.back().mention, c.chain.back().span});
        }
      }
    }
  }
  // Group ids in reading order.
  std::vector<int> remap(static_cast<std::size_t>(next_group), 0);
  int counter = 0;
  for (Claim& c : claims) {
    auto& slot = remap[static_cast<std::size_t>(c.group)];
    if (slot == 0) {
      slot = ++counter;
    }
    c.group = slot;
  }
}

}  // namespace claimtrace::extract
