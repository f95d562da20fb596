#include "TopicRanking.h"

#include "TextAnalyzer.h"

#include <cmath>
#include <mutex>
#include <unordered_map>
#include <unordered_set>

namespace hotline::kb {

namespace {

// Side questions of a topic, as titles and callers name them. Each line is one side (one bit); its words are
// matched by stem, so listing the usual forms is enough.
const std::vector<std::vector<const char*>>& sideWords() {
    static const std::vector<std::vector<const char*>> sides{
        {"продление", "продлить", "продлевать", "продлили", "продлят", "перезаключение", "перезаключить"},
        {"изменение", "изменения", "изменений", "изменить", "изменили", "поменять", "поменяли"},
        {"исправление", "исправить", "ошибка", "ошибку", "ошибки", "ошибок", "опечатка", "опечатку", "опечатки"},
        {"срок", "сроки", "срока"},
        {"требования", "требований", "требование", "требованиям"},
        {"переоформление", "переоформить", "прекращение", "прекратить", "закрытие", "закрыть"},
        {"штраф", "штрафы", "оштрафовали", "протокол", "предписание", "демонтаж", "демонтировать"},
        {"оспаривание", "оспорить", "оспаривать"},
        {"компенсационная", "компенсационное", "компенсационную", "компенсация"},
        {"обязательства", "отчет", "отчеты", "отчетность", "возврат", "вернуть"},
        {"аварийное", "аварийные", "аварийный", "аварийная", "авария", "аварии"},
    };
    return sides;
}
// "Когда … не нужно / не требуется": the exemption side, said with a negation.
constexpr std::uint32_t kExemptionSide = 1u << 11;

const std::vector<const char*>& complaintWords() {
    static const std::vector<const char*> words{
        "жалоба",    "жалобу",      "жалобы",       "жаловаться", "пожаловаться", "обжаловать",     "обжалование",
        "отказ",     "отказали",    "отказывают",   "отказано",   "затягивают",   "затягивание",    "затянули",
        "задержка",  "задерживают", "задержали",    "тянут",      "волокита",     "нарушение",      "нарушают",
        "нарушили",  "бездействие", "бездействуют", "игнорируют", "вымогают",     "вымогательство", "взятка",
        "коррупция", "незаконно",   "незаконный",   "незаконная", "незаконное",   "претензия",
    };
    return words;
}
// After «не»/«нет»: the body does not do what it should.
const std::vector<const char*>& refusedVerbs() {
    static const std::vector<const char*> words{
        "выдают",  "отвечают", "ответа",        "ответили",   "рассматривают", "рассмотрели",  "принимают",
        "приняли", "дают",     "согласовывают", "подключают", "выплачивают",   "регистрируют", "выдали",
    };
    return words;
}
const std::vector<const char*>& needWords() { // «не нужно», «не требуется»
    static const std::vector<const char*> words{"нужно", "нужна", "нужен", "нужны", "требуется", "требуются"};
    return words;
}

struct Stems {
    std::unordered_map<std::string, std::uint32_t> side; // stem → side bits
    std::unordered_set<std::string> complaint;
    std::unordered_set<std::string> refused;
    std::unordered_set<std::string> need;
    std::string complaintNoun; // «жалоба» in a title
};

const Stems& stems(TextAnalyzer& analyzer) {
    // Built once from the word lists; the analyzer only stems (same stems on every thread).
    static Stems s;
    static std::once_flag once;
    std::call_once(once, [&] {
        const auto& sides = sideWords();
        for (std::size_t bit = 0; bit < sides.size(); ++bit) {
            for (const char* w : sides[bit])
                s.side[analyzer.stem(std::string(w))] |= 1u << bit;
        }
        for (const char* w : complaintWords())
            s.complaint.insert(analyzer.stem(std::string(w)));
        for (const char* w : refusedVerbs())
            s.refused.insert(analyzer.stem(std::string(w)));
        for (const char* w : needWords())
            s.need.insert(analyzer.stem(std::string(w)));
        s.complaintNoun = analyzer.stem(std::string("жалоба"));
    });
    return s;
}

bool isNegation(const std::string& w) {
    return w == "не" || w == "нет";
}

// Side bits of a word sequence, with «не нужно» as the exemption side.
std::uint32_t sidesOf(const std::vector<std::string>& words, TextAnalyzer& analyzer, bool* complaint) {
    const Stems& s = stems(analyzer);
    std::uint32_t bits = 0;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& stem = analyzer.stem(words[i]);
        if (const auto it = s.side.find(stem); it != s.side.end())
            bits |= it->second;
        const bool negated = i > 0 && isNegation(words[i - 1]);
        if (negated && s.need.count(stem))
            bits |= kExemptionSide;
        if (complaint && (s.complaint.count(stem) || (negated && s.refused.count(stem))))
            *complaint = true;
    }
    return bits;
}

} // namespace

TopicTraits TopicRanking::traitsOf(const std::vector<std::string>& titleWords, bool complaintKind, bool main,
                                   TextAnalyzer& analyzer) {
    TopicTraits t;
    bool complaintTitle = false;
    t.sides = sidesOf(titleWords, analyzer, &complaintTitle);
    // A title that only mentions a refusal («Профилактический визит: … можно ли отказаться») is no complaint;
    // the article's kind or the word «жалоба» in its title make one.
    bool saysComplaint = false;
    for (const std::string& w : titleWords)
        saysComplaint = saysComplaint || analyzer.stem(w) == stems(analyzer).complaintNoun;
    if (complaintKind || saysComplaint)
        t.flags |= TopicTraits::Complaint;
    if (main)
        t.flags |= TopicTraits::Main;
    return t;
}

QueryIntent TopicRanking::intentOf(const std::vector<std::string>& queryWords, TextAnalyzer& analyzer) {
    QueryIntent q;
    q.sides = sidesOf(queryWords, analyzer, &q.complaint);
    for (const std::string& w : queryWords)
        q.contentWords += TextAnalyzer::isStopWord(w) ? 0 : 1;
    return q;
}

double TopicRanking::factor(const TopicTraits& doc, const QueryIntent& query) {
    // Tuned on tests/data/relevance_topics (bare topics) and tests/data/relevance (callers' sentences).
    constexpr double kMain = 1.4;           // the topic's head, for a query that names no side and no complaint
    constexpr double kSideAsked = 1.5;      // the side question the caller named
    constexpr double kSideNotAsked = 0.6;   // a side question the caller did not name
    constexpr double kComplaintAsked = 1.3; // a complaint article when the caller complains
    constexpr double kComplaintNotAsked = 0.5;
    // A bare topic (one or two words) is all the ranking knows: the priors decide. A caller's sentence names
    // more, its words' full-text score is worth more, and the priors only lean (what a caller names — a side
    // question, a complaint — counts in full whatever the length).
    const double lean = query.contentWords <= 2 ? 1.0 : query.contentWords <= 4 ? 0.5 : 0.25;
    double f = 1.0;
    if (doc.flags & TopicTraits::Complaint)
        f *= query.complaint ? kComplaintAsked : std::pow(kComplaintNotAsked, lean);
    if (doc.sides)
        f *= (doc.sides & query.sides) ? kSideAsked : std::pow(kSideNotAsked, lean);
    if ((doc.flags & TopicTraits::Main) && !query.sides && !query.complaint)
        f *= std::pow(kMain, lean);
    return f;
}

} // namespace hotline::kb
