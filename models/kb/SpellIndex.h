#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace hotline::kb {

// Suggests known words for a mistyped one (symmetric-delete lookup, then an exact
// Damerau–Levenshtein check): one edit for words up to 5 letters, two for longer ones.
// Deletion variants are kept as 64-bit hashes to bound memory on large vocabularies.
class SpellIndex {
public:
    void build(const std::vector<std::pair<std::string, int>>& wordsWithFrequency); // folded UTF-8 words
    bool empty() const { return m_words.empty(); }
    // Best first: fewer edits, then more frequent. At most max suggestions.
    std::vector<std::string> suggest(const std::string& word, std::size_t max) const;

    static int distance(const std::u32string& a, const std::u32string& b, int limit);

private:
    std::vector<std::u32string> m_words;
    std::vector<int> m_frequency;
    std::unordered_map<std::uint64_t, std::vector<int>> m_deletes;
};

} // namespace hotline::kb
