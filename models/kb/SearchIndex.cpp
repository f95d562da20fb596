#include "SearchIndex.h"

#include <QLoggingCategory>
#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>

Q_DECLARE_LOGGING_CATEGORY(lcKb)

namespace hotline::kb {

namespace {

int utf8Length(const std::string& s) {
    return static_cast<int>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

std::string quoted(const std::string& words) {
    return '"' + words + '"';
}

// An alternative made of several positions ("(… AND …)"), as opposed to one quoted phrase or prefix.
bool isComposite(const std::string& alternative) {
    return !alternative.empty() && alternative.front() == '(';
}

// The quoted phrases of an FTS5 expression, in order, each with its * when it is a prefix.
template <typename Sink>
void forEachPhrase(const std::string& expression, Sink&& sink) {
    for (std::size_t at = expression.find('"'); at != std::string::npos;) {
        const std::size_t end = expression.find('"', at + 1);
        if (end == std::string::npos)
            return;
        const bool prefix = end + 1 < expression.size() && expression[end + 1] == '*';
        sink(expression.substr(at + 1, end - at - 1), prefix);
        at = expression.find('"', end + (prefix ? 2 : 1));
    }
}

std::string join(const std::vector<SearchIndex::Position>& positions, const char* between) {
    std::string out;
    for (const auto& p : positions) {
        if (!out.empty())
            out += between;
        out += '(';
        for (std::size_t k = 0; k < p.size(); ++k) {
            if (k)
                out += " OR ";
            out += p[k];
        }
        out += ')';
    }
    return out;
}

} // namespace

std::vector<std::string> SearchIndex::phraseStems(const std::string& phrase) {
    std::vector<std::string> stems;
    TextAnalyzer::forEachWord(phrase.data(), static_cast<int>(phrase.size()), [&](const std::string& w, int, int) {
        stems.push_back(m_analyzer.stem(w));
        return true;
    });
    return stems;
}

int SearchIndex::phraseFrequency(const std::string& phrase) {
    // A phrase is as frequent as its rarest word's stem (an upper bound, good enough to find the main term).
    int f = -1;
    for (const std::string& stem : phraseStems(phrase)) {
        const auto it = m_stemFrequency.find(stem);
        const int n = it == m_stemFrequency.end() ? 0 : it->second;
        f = f < 0 ? n : std::min(f, n);
    }
    return std::max(f, 0);
}

int SearchIndex::stemFrequency(const std::string& stem) const {
    const auto it = m_stemFrequency.find(stem);
    return it == m_stemFrequency.end() ? 0 : it->second;
}

std::vector<std::string> SearchIndex::derivedWords(const std::string& stem) const {
    // Stems that extend this one (a different word built on it), each by its most frequent surface form.
    std::vector<std::pair<int, std::string>> found;
    for (auto it = std::lower_bound(m_stemList.begin(), m_stemList.end(), stem);
         it != m_stemList.end() && it->compare(0, stem.size(), stem) == 0; ++it) {
        if (it->size() == stem.size())
            continue;
        const auto rep = m_stemRepresentative.find(*it);
        if (rep != m_stemRepresentative.end())
            found.emplace_back(m_stemFrequency.at(*it), rep->second);
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<std::string> out;
    for (std::size_t i = 0; i < found.size() && i < 3; ++i)
        out.push_back(found[i].second);
    return out;
}

bool SearchIndex::hasCompletion(const std::string& prefix) const {
    const auto it = std::lower_bound(m_vocabulary.begin(), m_vocabulary.end(), prefix);
    return it != m_vocabulary.end() && it->compare(0, prefix.size(), prefix) == 0;
}

std::vector<std::string> SearchIndex::typoCandidates(const std::string& word) {
    if (m_spell.empty()) {
        // Built on the first typo, not at start-up: most sessions open many searches and few typos.
        std::vector<std::pair<std::string, int>> words;
        words.reserve(m_vocabulary.size());
        for (std::size_t i = 0; i < m_vocabulary.size(); ++i)
            words.emplace_back(m_vocabulary[i], m_frequency[i]);
        m_spell.build(words);
    }
    return m_spell.suggest(word, 3);
}

SearchIndex::Position SearchIndex::withoutRedundant(Position alternatives) {
    // Alternatives that match no document the others do not and weigh no more: word forms with the same stem
    // (аукцион, аукциона) and phrases containing a word that is itself an alternative (электронные торги beside
    // торги). Each costs FTS5 a doclist and changes no answer. A phrase that weighs more than the word (a
    // synonym group's term beside the caller's word taken alone) stays: it ranks its articles higher.
    struct Alternative {
        std::string text;
        std::vector<std::string> stems; // empty for a prefix or a composite
        double weight = 1.0;
    };
    auto weightOf = [&](const std::string& text) {
        const auto it = m_expanded.find(text);
        return it == m_expanded.end() ? 1.0 : it->second;
    };
    std::vector<Alternative> all;
    std::unordered_map<std::string, double> single; // stem → the weight of the word alternative
    for (std::string& a : alternatives) {
        Alternative alt{std::move(a), {}, 1.0};
        alt.weight = weightOf(alt.text);
        if (alt.text.back() != '*' && !isComposite(alt.text)) {
            alt.stems = phraseStems(alt.text.substr(1, alt.text.size() - 2));
            if (alt.stems.size() == 1)
                single[alt.stems.front()] = std::max(single[alt.stems.front()], alt.weight);
        }
        all.push_back(std::move(alt));
    }
    Position out;
    std::map<std::vector<std::string>, std::size_t> seen; // stems → index in out
    for (const Alternative& a : all) {
        if (!a.stems.empty()) {
            if (const auto was = seen.find(a.stems); was != seen.end()) {
                if (a.weight > weightOf(out[was->second]))
                    out[was->second] = a.text;
                continue;
            }
            if (a.stems.size() > 1 && std::any_of(a.stems.begin(), a.stems.end(), [&](const std::string& s) {
                    const auto it = single.find(s);
                    return it != single.end() && it->second >= a.weight;
                }))
                continue;
            seen.emplace(a.stems, out.size());
        }
        out.push_back(a.text);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

SearchIndex::Plan SearchIndex::plan(const QString& query) {
    Plan out;
    m_expanded.clear();
    std::vector<Word>& words = out.words;
    const QByteArray utf8 = query.toUtf8();
    int lastEnd = 0;
    TextAnalyzer::forEachWord(utf8.constData(), static_cast<int>(utf8.size()), [&](const std::string& w, int, int end) {
        words.push_back({w, m_analyzer.stem(w)});
        lastEnd = end;
        return words.size() < 16;
    });
    // The word under the cursor is still being typed: match it as a prefix.
    out.typing = !words.empty() && lastEnd == utf8.size();

    for (std::size_t i = 0; i < words.size();) {
        const bool last = i + 1 == words.size();
        // A phrase of a synonym group may start with a function word («мой бизнес», «мой налог»).
        const Synonym* phrase = longestSynonym(words, i);
        // A function word narrows nothing, even alone (a query of just «по» would rank the whole base);
        // while it is being typed it may still grow into a real word.
        if (TextAnalyzer::isStopWord(words[i].surface) && !(phrase && phrase->stems.size() > 1) &&
            !(last && out.typing && words.size() == 1 && utf8Length(words[i].surface) >= 3)) {
            ++i;
            continue;
        }
        if (phrase && phrase->stems.size() > 1) {
            // A phrase of a synonym group is one more way to say it, never instead of the caller's words: the
            // group's phrases OR all of the words the caller said.
            Position alternatives = synonymAlternatives(*phrase, words[i]);
            std::vector<Position> own;
            for (std::size_t k = i; k < i + phrase->stems.size(); ++k) {
                if (TextAnalyzer::isStopWord(words[k].surface))
                    continue;
                if (auto p = wordPosition(words, k, out.typing && k + 1 == words.size()))
                    own.push_back(std::move(*p));
            }
            // The words one by one match more loosely than the phrase: they weigh less than the group's terms.
            for (const Position& p : own) {
                for (const std::string& a : p)
                    m_expanded.emplace(a, kScatteredWeight);
            }
            if (own.size() == 1)
                alternatives.insert(alternatives.end(), own.front().begin(), own.front().end());
            else if (own.size() > 1)
                alternatives.push_back('(' + join(own, " AND ") + ')');
            out.positions.push_back(withoutRedundant(std::move(alternatives)));
            i += phrase->stems.size();
            continue;
        }
        if (auto p = wordPosition(words, i, last && out.typing))
            out.positions.push_back(withoutRedundant(std::move(*p)));
        ++i;
    }
    return out;
}

const SearchIndex::Synonym* SearchIndex::longestSynonym(const std::vector<Word>& words, std::size_t i) const {
    // Synonyms and abbreviations: the longest phrase of the query from word i on that is a member of a group.
    const auto syn = m_synonymsByFirstStem.find(words[i].stem);
    if (syn == m_synonymsByFirstStem.end())
        return nullptr;
    const Synonym* best = nullptr;
    for (const Synonym& s : syn->second) {
        if (s.stems.size() > words.size() - i || (best && s.stems.size() <= best->stems.size()))
            continue;
        bool match = true;
        for (std::size_t k = 0; k < s.stems.size() && match; ++k)
            match = words[i + k].stem == s.stems[k];
        if (match)
            best = &s;
    }
    return best;
}

SearchIndex::Position SearchIndex::synonymAlternatives(const Synonym& spoken, const Word& first) {
    const auto& group = m_synonymGroups[static_cast<std::size_t>(spoken.group)];
    // The group's most used member in the articles is what they say; when the caller already said it, the
    // colloquial members would only pull in loosely related articles.
    int saidFrequency = 0;
    int maxFrequency = 0;
    for (std::size_t k = 0; k < group.size(); ++k) {
        const int f = phraseFrequency(group[k]);
        maxFrequency = std::max(maxFrequency, f);
        if (phraseStems(group[k]) == spoken.stems)
            saidFrequency = f;
    }
    Position alternatives;
    if (maxFrequency == 0)
        return alternatives; // no member is in the base: the group adds nothing
    const bool mainTerm = saidFrequency > 0 && saidFrequency == maxFrequency;
    if (mainTerm && spoken.stems.size() == 1 && first.stem.size() >= 10 && stemFrequency(first.stem) < 3) {
        for (const std::string& derived : derivedWords(first.stem))
            alternatives.push_back(quoted(derived));
    }
    // The other members still count (an article that says only «ОКВЭД» answers «вид деятельности»), but less
    // than what the caller said — and much less when the caller said the term the articles use: then the
    // colloquial members would mostly pull in loosely related articles (субсидии → «деньги»).
    for (std::size_t k = 0; k < group.size(); ++k) {
        alternatives.push_back(quoted(group[k]));
        if (phraseStems(group[k]) != spoken.stems)
            m_expanded[alternatives.back()] = mainTerm ? kWeakSynonymWeight : kSynonymWeight;
    }
    return alternatives;
}

std::optional<SearchIndex::Position> SearchIndex::wordPosition(const std::vector<Word>& words, std::size_t i,
                                                               bool prefix) {
    const Word& w = words[i];
    Position alternatives;
    bool matchable = m_stems.count(w.stem) > 0;
    // A one-word member of a synonym group («мэрия», «ифнс»): the group's terms that the base has.
    const Synonym* synonym = longestSynonym(words, i);
    if (synonym && synonym->stems.size() == 1) {
        alternatives = synonymAlternatives(*synonym, w);
        matchable = matchable || !alternatives.empty();
    }
    alternatives.push_back(quoted(w.surface));
    // Expanding one or two letters would rank most of the base: wait for the third letter.
    if (prefix && utf8Length(w.surface) >= 3 && hasCompletion(w.surface)) {
        alternatives.push_back(quoted(w.surface) + '*');
        matchable = true;
    }
    // Derived words share the stem's beginning (вымогают → вымогательство): when the articles hardly use the
    // caller's word itself, add the derived words they do use. Sizes are in UTF-8 bytes: a Cyrillic letter
    // takes two.
    if (w.stem.size() >= 10 && stemFrequency(w.stem) < 3) {
        for (const std::string& derived : derivedWords(w.stem)) {
            alternatives.push_back(quoted(derived));
            matchable = true;
        }
    }
    if (!matchable && w.surface.size() >= 8) {
        for (const std::string& c : typoCandidates(w.surface)) {
            alternatives.push_back(quoted(c));
            matchable = true;
        }
    }
    if (!matchable)
        return std::nullopt; // a word the knowledge base does not have narrows nothing: leave it out
    return alternatives;
}

std::vector<SearchIndex::Position> SearchIndex::partialPlan(const Plan& plan) {
    // The last resort before «nothing found»: words the base does not have, matched loosely — a spelling
    // suggestion even for a short word, or the longest beginning of the word the base has (электроснабжение →
    // электро…). Whatever this finds is shown as a partial match.
    std::vector<Position> positions;
    for (const Word& w : plan.words) {
        const int letters = utf8Length(w.surface);
        if (TextAnalyzer::isStopWord(w.surface) || letters < 3)
            continue;
        Position alternatives;
        for (const std::string& c : typoCandidates(w.surface))
            alternatives.push_back(quoted(c));
        const std::u32string wide = QString::fromStdString(w.surface).toStdU32String();
        for (int n = letters - 1; n >= std::max(4, letters / 3); --n) {
            const std::string prefix =
                QString::fromStdU32String(wide.substr(0, static_cast<std::size_t>(n))).toStdString();
            if (hasCompletion(prefix)) {
                alternatives.push_back(quoted(prefix) + '*');
                break;
            }
        }
        if (!alternatives.empty())
            positions.push_back(withoutRedundant(std::move(alternatives)));
    }
    return positions;
}

double SearchIndex::documentFrequency(const std::string& phrase, Scope scope) {
    auto& known = m_documentFrequency[static_cast<int>(scope)];
    if (const auto it = known.find(phrase); it != known.end())
        return it->second;
    if (known.size() > 50000)
        known.clear(); // bounded: a long shift of typing must not grow it without end
    double n = 0;
    if (phrase.back() == '*') {
        // A prefix: every keystroke is a new one, and counting its rows costs as much as the query. The
        // articles of its completions, added up, are an upper bound (an article with two counts twice).
        const std::vector<int>& articles = scope == Scope::Titles ? m_titleDocuments : m_documents;
        const std::string prefix = phrase.substr(1, phrase.size() - 3);
        for (auto it = std::lower_bound(m_vocabulary.begin(), m_vocabulary.end(), prefix);
             it != m_vocabulary.end() && it->compare(0, prefix.size(), prefix) == 0 && n < m_articleCount; ++it)
            n += articles[static_cast<std::size_t>(it - m_vocabulary.begin())];
        n = std::min<double>(n, m_articleCount);
    } else {
        m_count.bind(1, QByteArray::fromStdString(scope == Scope::Titles ? "{title keywords} : " + phrase : phrase));
        // A count that failed is taken as "every article": the query then runs over the whole index.
        n = m_count.step() ? static_cast<double>(m_count.columnInt(0)) : m_count.failed() ? m_articleCount : 0.0;
        m_count.reset();
    }
    known.emplace(phrase, n);
    return n;
}

double SearchIndex::estimatedRows(const std::vector<Position>& positions, bool all, Scope scope) {
    // An upper bound of the rows an expression matches: for AND the least of its positions, for OR the sum.
    // A base within the ranking budget is ranked whole anyway: nothing to count.
    if (m_maxRowid <= kRankBudget)
        return 0;
    double estimate = all ? m_articleCount : 0;
    for (const Position& p : positions) {
        double alternatives = 0;
        for (const std::string& a : p)
            alternatives += documentFrequency(a, scope);
        estimate = all ? std::min(estimate, alternatives) : estimate + alternatives;
    }
    return std::min<double>(estimate, m_articleCount);
}

std::string SearchIndex::rankFor(const std::string& match) {
    // Every quoted string (with its * if it is a prefix) is one phrase of the expression, in FTS5's order. Each
    // gets its inverse document frequency and its place in the query (see RankPlace): the positions are the
    // parenthesised groups at depth 2, their alternatives are split by OR; an alternative made of several
    // positions nests the same two levels once more.
    const double rows = std::max(1, m_articleCount);
    std::string rank = "kbrank(";
    bool first = true;
    int depth = 0;
    RankPlace place{-1, 0, -1, 0};
    for (std::size_t at = 0; at < match.size(); ++at) {
        const char c = match[at];
        if (c == '(') {
            ++depth;
            if (depth == 2) {
                ++place.position;
                place.alternative = 0;
                place.innerPosition = -1;
            } else if (depth == 4) {
                ++place.innerPosition;
                place.innerAlternative = 0;
            }
        } else if (c == ')') {
            --depth;
        } else if (match.compare(at, 4, " OR ") == 0 && (depth == 2 || depth == 4)) {
            if (depth == 2) {
                ++place.alternative;
                place.innerPosition = -1;
            } else {
                ++place.innerAlternative;
            }
            at += 3;
        } else if (c == '"') {
            const std::size_t end = match.find('"', at + 1);
            if (end == std::string::npos)
                break;
            const std::size_t stop = end + 1 < match.size() && match[end + 1] == '*' ? end + 2 : end + 1;
            const std::string phrase = match.substr(at, stop - at);
            const double n = std::min(rows, documentFrequency(phrase, Scope::All));
            // As FTS5's bm25(): a phrase in more than half of the rows still counts, a little.
            double idf = std::max(1e-6, std::log((rows - n + 0.5) / (n + 0.5)));
            // What the caller said counts more than what the synonyms made of it, and a word as said more than
            // the words it may still grow into.
            if (const auto weight = m_expanded.find(phrase); weight != m_expanded.end())
                idf *= weight->second;
            if (phrase.back() == '*')
                idf *= kPrefixWeight;
            // Fixed notation: FTS5's parser of the rank function's arguments does not read exponents.
            char number[32];
            const auto written = std::to_chars(number, number + sizeof number, idf, std::chars_format::fixed, 6);
            if (!first)
                rank += ", ";
            rank.append(number, written.ptr);
            RankPlace p = place;
            if (depth < 4)
                p.innerPosition = p.innerAlternative = 0;
            rank += ", " + std::to_string(depth >= 2 ? p.encode() : -1);
            first = false;
            at = stop - 1;
        }
    }
    return rank + ')';
}

void SearchIndex::run(const std::string& match, double estimatedRows, int limit, QList<SearchHit>& hits) {
    // A query that matches a large part of a big base (a common word, the first letters of one) ranks the
    // first kRankBudget or so rows of the index instead (its first articles stand for the rest); only if they
    // hold too few answers is the whole base ranked.
    const qsizetype before = hits.size();
    const std::string rank = rankFor(match);
    if (estimatedRows > kRankBudget) {
        const auto window = static_cast<qint64>(static_cast<double>(m_maxRowid) * kRankBudget / estimatedRows);
        runWindow(match, rank, limit, std::max<qint64>(window, static_cast<qint64>(kRankBudget)), hits);
        if (hits.size() - before >= std::min<qsizetype>(limit, 3))
            return;
    }
    runWindow(match, rank, limit, m_maxRowid, hits);
}

void SearchIndex::runWindow(const std::string& match, const std::string& rank, int limit, qint64 lastRowid,
                            QList<SearchHit>& hits) {
    m_query.bind(1, QByteArray::fromStdString(match));
    m_query.bind(2, static_cast<qint64>(limit));
    m_query.bind(3, QByteArray::fromStdString(rank));
    m_query.bind(4, lastRowid);
    while (m_query.step()) {
        const QString id = m_query.columnText(1);
        if (std::any_of(hits.begin(), hits.end(), [&](const SearchHit& h) { return h.id == id; }))
            continue;
        // The full-text score, weighed by what the article is for the caller's topic and by what the line's
        // operators open for such a query.
        const double score = -m_query.columnDouble(4) *
                             TopicRanking::factor(TopicTraits::unpack(m_query.columnInt(6)), m_context.intent) *
                             usageFactor(id);
        SearchHit hit{id, m_query.columnText(3), m_query.columnText(2), score, {}, m_query.columnInt(0)};
        hit.snippet = QString::fromUtf8(m_query.columnBytes(5)); // the raw script; made into a snippet at the end
        hits.append(hit);
    }
    if (m_query.failed()) // the operator sees the hits found so far; the log says why there may be fewer
        qCWarning(lcKb) << "search query failed:" << m_db->lastError();
    m_query.reset();
}

SearchIndex::Terms SearchIndex::termsOf(const std::vector<Position>& positions) {
    Terms terms;
    for (const Position& p : positions) {
        for (const std::string& alt : p) {
            forEachPhrase(alt, [&](const std::string& words, bool prefix) {
                TextAnalyzer::forEachWord(words.data(), static_cast<int>(words.size()),
                                          [&](const std::string& w, int, int) {
                                              if (prefix)
                                                  terms.prefixes.push_back(w);
                                              else
                                                  terms.stems.insert(m_analyzer.stem(w));
                                              return true;
                                          });
            });
        }
    }
    return terms;
}

QString SearchIndex::snippet(const QString& text, const Terms& terms) {
    // The window of the answer script with the most matched words, matches in <b>, the rest HTML-escaped.
    constexpr int kWords = 16;
    const QByteArray utf8 = text.toUtf8();
    struct Word {
        int begin;
        int end;
        bool match;
    };
    std::vector<Word> words;
    TextAnalyzer::forEachWord(utf8.constData(), static_cast<int>(utf8.size()), [&](const std::string& w, int b, int e) {
        bool match = terms.stems.count(m_analyzer.stem(w)) > 0;
        for (std::size_t k = 0; !match && k < terms.prefixes.size(); ++k)
            match = w.compare(0, terms.prefixes[k].size(), terms.prefixes[k]) == 0;
        words.push_back({b, e, match});
        return true;
    });
    if (words.empty())
        return {};
    std::size_t best = 0;
    int bestCount = -1;
    int count = 0;
    for (std::size_t i = 0; i < words.size(); ++i) {
        count += words[i].match ? 1 : 0;
        if (i >= kWords)
            count -= words[i - kWords].match ? 1 : 0;
        const std::size_t start = i + 1 >= kWords ? i + 1 - kWords : 0;
        if (count > bestCount) {
            bestCount = count;
            best = start;
        }
    }
    const std::size_t last = std::min(words.size(), best + kWords) - 1;
    QString out;
    if (best > 0)
        out += QStringLiteral("…");
    int at = words[best].begin;
    for (std::size_t i = best; i <= last; ++i) {
        out += QString::fromUtf8(utf8.mid(at, words[i].begin - at)).toHtmlEscaped();
        const QString word = QString::fromUtf8(utf8.mid(words[i].begin, words[i].end - words[i].begin)).toHtmlEscaped();
        out += words[i].match ? QStringLiteral("<b>") + word + QStringLiteral("</b>") : word;
        at = words[i].end;
    }
    if (last + 1 < words.size())
        out += QStringLiteral(" …");
    else
        out += QString::fromUtf8(utf8.mid(at)).toHtmlEscaped();
    return out.simplified();
}

QString SearchIndex::explain(const QString& query) {
    return QString::fromStdString(join(plan(query).positions, " AND "));
}

void SearchIndex::rerank(QList<SearchHit>& hits, qsizetype from) {
    // The tier's rows came sorted by the full-text score alone; the topic and usage factors may reorder them.
    std::stable_sort(hits.begin() + from, hits.end(),
                     [](const SearchHit& a, const SearchHit& b) { return a.score > b.score; });
}

QList<SearchHit> SearchIndex::search(const QString& query, const QString& categoryId, int limit) {
    return find(query, categoryId, limit, Reach::Widened).hits;
}

SearchIndex::Typed SearchIndex::searchTyped(const QString& query, const QString& categoryId, int limit) {
    return find(query, categoryId, limit, Reach::Strict);
}

SearchIndex::Typed SearchIndex::find(const QString& query, const QString& categoryId, int limit, Reach reach) {
    Typed found;
    QList<SearchHit>& hits = found.hits;
    if (limit <= 0)
        return found;
    const Plan planned = plan(query);
    std::vector<std::string> said;
    std::vector<std::string> stems;
    for (const Word& w : planned.words) {
        said.push_back(w.surface);
        if (!TextAnalyzer::isStopWord(w.surface))
            stems.push_back(w.stem);
    }
    m_context.intent = TopicRanking::intentOf(said, m_analyzer);
    m_context.usage = m_usage.forQuery(stems);
    // Every tier asks for a pool of rows, more than a short list shows, so that the ranking factors choose the
    // first few among the same candidates whatever the limit (the tests' top 3 is the window's top 3).
    const int pool = std::max(limit, kPool);
    const std::vector<Position>& positions = planned.positions;
    std::string filter;
    if (!categoryId.isEmpty())
        filter = "cat : " + quoted(TextAnalyzer::fold(categoryId).toStdString()) + " AND ";
    const std::string content = "{title keywords script body agencies} : ";
    if (!positions.empty()) {
        // Every position must match, first in titles and keywords (they rank above the body), then anywhere;
        // if that leaves too few answers, all but one position (callers add words the articles do not use);
        // then any position.
        const std::string all = '(' + join(positions, " AND ") + ')';
        run(filter + "{title keywords} : " + all, estimatedRows(positions, true, Scope::Titles), pool, hits);
        rerank(hits, 0);
        if (hits.size() < limit) {
            const qsizetype before = hits.size();
            run(filter + content + all, estimatedRows(positions, true, Scope::All), pool, hits);
            rerank(hits, before);
        }
    }
    // Widening (all but one position, any position, the partial match) costs a query per position: only when the
    // strict match left almost nothing, and not while the operator is still typing (searchTyped: the caller runs
    // search() once typing pauses). These conditions are exactly those of the tiers below.
    constexpr qsizetype kEnough = 3;
    const bool widens = hits.isEmpty() || (positions.size() > 1 && hits.size() < std::min<qsizetype>(kEnough, limit));
    if (widens && reach == Reach::Strict) {
        found.complete = false;
    } else if (widens) {
        if (hits.size() < std::min<qsizetype>(kEnough, limit) && positions.size() > 2 && positions.size() <= 6) {
            QList<SearchHit> relaxed;
            for (std::size_t skip = 0; skip < positions.size(); ++skip) {
                std::vector<Position> rest = positions;
                rest.erase(rest.begin() + static_cast<std::ptrdiff_t>(skip));
                run(filter + content + '(' + join(rest, " AND ") + ')', estimatedRows(rest, true, Scope::All), pool,
                    relaxed);
            }
            rerank(relaxed, 0);
            for (const SearchHit& h : std::as_const(relaxed)) {
                if (std::none_of(hits.begin(), hits.end(), [&](const SearchHit& x) { return x.id == h.id; }))
                    hits.append(h);
            }
        }
        if (hits.size() < std::min<qsizetype>(kEnough, limit) && positions.size() > 1) {
            const qsizetype before = hits.size();
            run(filter + content + '(' + join(positions, " OR ") + ')', estimatedRows(positions, false, Scope::All),
                pool, hits);
            rerank(hits, before);
        }
    }
    std::vector<Position> terms = positions;
    if (hits.isEmpty() && reach == Reach::Widened) {
        // Nothing matched the words as they are: the best partial match, marked as such, before «nothing found».
        terms = partialPlan(planned);
        if (!terms.empty()) {
            run(filter + content + '(' + join(terms, " OR ") + ')', estimatedRows(terms, false, Scope::All), pool,
                hits);
            rerank(hits, 0);
            for (SearchHit& h : hits)
                h.partial = true;
        }
    }
    exactTitleFirst(query, hits);
    while (hits.size() > limit)
        hits.removeLast();
    // The order is the answer (tiers, then the score inside each): the scores shown follow it.
    for (qsizetype i = 1; i < hits.size(); ++i)
        hits[i].score = std::min(hits[i].score, hits[i - 1].score);
    const Terms highlighted = termsOf(terms);
    for (SearchHit& h : hits)
        h.snippet = snippet(h.snippet, highlighted);
    return found;
}

void SearchIndex::exactTitleFirst(const QString& query, QList<SearchHit>& hits) {
    // The operator typed an article's title: that article, whatever any factor says.
    const QString folded = TextAnalyzer::fold(query);
    if (folded.isEmpty())
        return;
    for (qsizetype i = 1; i < hits.size(); ++i) {
        if (TextAnalyzer::fold(hits.at(i).title) == folded) {
            hits.move(i, 0);
            return;
        }
    }
}

double SearchIndex::usageFactor(const QString& id) const {
    // At most +30 %: what the line opens decides between articles that match about equally, never over a
    // clearly better match (and never over an exact title, see exactTitleFirst).
    constexpr double kUsage = 0.3;
    const double share = m_context.usage.value(id, 0.0);
    return 1.0 + kUsage * share;
}

void SearchIndex::setUsage(UsageStats usage) {
    m_usage = std::move(usage);
}

} // namespace hotline::kb
