#include "SpellIndex.h"

#include <QList>
#include <QString>
#include <algorithm>

namespace hotline::kb {

namespace {

std::u32string toU32(const std::string& utf8) {
    const QList<uint> ucs4 = QString::fromStdString(utf8).toUcs4();
    return std::u32string(ucs4.begin(), ucs4.end());
}

std::string toUtf8(const std::u32string& s) {
    return QString::fromUcs4(s.data(), static_cast<qsizetype>(s.size())).toStdString();
}

int allowedEdits(std::size_t length) {
    return length <= 5 ? 1 : 2;
}

constexpr std::size_t kMinLength = 4;

std::uint64_t hashOf(const std::u32string& s) {
    std::uint64_t h = 1469598103934665603ULL; // FNV-1a
    for (char32_t c : s) {
        h ^= static_cast<std::uint64_t>(c);
        h *= 1099511628211ULL;
    }
    return h;
}

// Every string reachable by deleting up to `depth` characters (the word itself included).
void deletions(const std::u32string& w, int depth, std::vector<std::uint64_t>& out) {
    out.push_back(hashOf(w));
    if (depth == 0 || w.size() <= 1)
        return;
    for (std::size_t i = 0; i < w.size(); ++i) {
        if (i > 0 && w[i] == w[i - 1])
            continue; // deleting either of two equal neighbours gives the same string
        std::u32string d = w;
        d.erase(i, 1);
        deletions(d, depth - 1, out);
    }
}

} // namespace

void SpellIndex::build(const std::vector<std::pair<std::string, int>>& wordsWithFrequency) {
    m_words.clear();
    m_frequency.clear();
    m_deletes.clear();
    for (const auto& [word, frequency] : wordsWithFrequency) {
        std::u32string w = toU32(word);
        if (w.size() < kMinLength)
            continue;
        const int index = static_cast<int>(m_words.size());
        std::vector<std::uint64_t> keys;
        deletions(w, allowedEdits(w.size()), keys);
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        for (std::uint64_t key : keys)
            m_deletes[key].push_back(index);
        m_words.push_back(std::move(w));
        m_frequency.push_back(frequency);
    }
}

std::vector<std::string> SpellIndex::suggest(const std::string& word, std::size_t max) const {
    const std::u32string q = toU32(word);
    if (q.size() < kMinLength || m_words.empty())
        return {};
    const int limit = allowedEdits(q.size());
    std::vector<int> candidates;
    std::vector<std::uint64_t> keys;
    deletions(q, limit, keys);
    for (std::uint64_t key : keys) {
        const auto it = m_deletes.find(key);
        if (it != m_deletes.end())
            candidates.insert(candidates.end(), it->second.begin(), it->second.end());
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());

    struct Scored {
        int index;
        int edits;
    };
    std::vector<Scored> scored;
    for (int index : candidates) {
        const int d = distance(q, m_words[static_cast<std::size_t>(index)], limit);
        if (d <= limit && d > 0)
            scored.push_back({index, d});
    }
    std::sort(scored.begin(), scored.end(), [&](const Scored& a, const Scored& b) {
        if (a.edits != b.edits)
            return a.edits < b.edits;
        return m_frequency[static_cast<std::size_t>(a.index)] > m_frequency[static_cast<std::size_t>(b.index)];
    });
    std::vector<std::string> out;
    for (const Scored& s : scored) {
        if (out.size() >= max)
            break;
        out.push_back(toUtf8(m_words[static_cast<std::size_t>(s.index)]));
    }
    return out;
}

int SpellIndex::distance(const std::u32string& a, const std::u32string& b, int limit) {
    // Optimal string alignment distance (adjacent transpositions count as one edit), with an early exit.
    const std::size_t n = a.size();
    const std::size_t m = b.size();
    if (static_cast<int>(n > m ? n - m : m - n) > limit)
        return limit + 1;
    std::vector<int> prev2(m + 1), prev(m + 1), cur(m + 1);
    for (std::size_t j = 0; j <= m; ++j)
        prev[j] = static_cast<int>(j);
    for (std::size_t i = 1; i <= n; ++i) {
        cur[0] = static_cast<int>(i);
        int rowMin = cur[0];
        for (std::size_t j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                cur[j] = std::min(cur[j], prev2[j - 2] + 1);
            rowMin = std::min(rowMin, cur[j]);
        }
        if (rowMin > limit)
            return limit + 1;
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return prev[m];
}

} // namespace hotline::kb
