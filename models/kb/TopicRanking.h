#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace hotline::kb {

class TextAnalyzer;

// What a document is for the caller's topic, decided once when the index is built: the topic's main article,
// a complaint, or a side question of the topic (extension, changes, term, requirements …).
struct TopicTraits {
    enum Flag : std::uint32_t {
        Main = 1u << 0,      // categories.json names it a main article of its subcategory
        Complaint = 1u << 1, // kind "complaint" or a complaint in its title
    };
    std::uint32_t flags = 0;
    std::uint32_t sides = 0; // the side questions its title is about, one bit per TopicRanking side

    std::int64_t packed() const { return static_cast<std::int64_t>(flags) | static_cast<std::int64_t>(sides) << 8; }
    static TopicTraits unpack(std::int64_t v) {
        return {static_cast<std::uint32_t>(v & 0xFF), static_cast<std::uint32_t>(v >> 8)};
    }
};

// What the caller's words say beyond the topic.
struct QueryIntent {
    bool complaint = false; // жалоба, отказ, затягивают, не выдают, не отвечают …
    std::uint32_t sides = 0; // продление, изменения, срок, требования … (TopicRanking sides)
    int contentWords = 0; // words that are not function words: a bare topic has one or two
};

// Topic heads first: a bare topic query puts the topic's main article first; complaint articles come first
// only when the caller's words say complaint, side questions only when their words are there. Applied as a
// factor on the full-text score inside one tier of results (titles, then the whole text …), so it reorders
// articles that match equally well and never lifts a weaker tier over a stronger one.
class TopicRanking {
public:
    // Words are folded (lower case, ё→е) as TextAnalyzer gives them.
    static TopicTraits traitsOf(const std::vector<std::string>& titleWords, bool complaintKind, bool main,
                                TextAnalyzer& analyzer);
    static QueryIntent intentOf(const std::vector<std::string>& queryWords, TextAnalyzer& analyzer);
    static double factor(const TopicTraits& doc, const QueryIntent& query);
};

} // namespace hotline::kb
