#pragma once

#include <QByteArray>
#include <QString>
#include <string>
#include <unordered_map>

struct sb_stemmer;

namespace hotline::kb {

// Splits UTF-8 text into words, folds case and ё→е, and reduces Russian words to their Snowball stem.
// Used both by the FTS5 tokenizer (index and query) and by the query planner, so both see the same words.
// Not thread-safe: one instance per thread (the stemmer keeps its own buffer).
class TextAnalyzer {
public:
    TextAnalyzer();
    ~TextAnalyzer();
    TextAnalyzer(const TextAnalyzer&) = delete;
    TextAnalyzer& operator=(const TextAnalyzer&) = delete;

    // Calls sink(word, begin, end) for each word: the folded surface form and its byte offsets in the input.
    // The sink returns false to stop.
    template <typename Sink>
    static void forEachWord(const char* text, int size, Sink&& sink);

    // The stem of a folded word; the word itself when it has no Cyrillic letters or is short.
    // Stems are cached: a knowledge base has a few thousand distinct words, and snippets re-read them often.
    const std::string& stem(const std::string& word);

    // Words that carry no meaning for search in the way callers speak («и», «как», «подскажите» …).
    static bool isStopWord(const std::string& foldedWord);

    // Convenience for Qt callers.
    static QString fold(const QString& text);
    QString stem(const QString& foldedWord);

private:
    static char32_t decode(const unsigned char* s, int size, int& i);
    static char32_t foldChar(char32_t cp);
    static void append(std::string& out, char32_t cp);

    sb_stemmer* m_stemmer = nullptr;
    std::unordered_map<std::string, std::string> m_cache;
};

template <typename Sink>
void TextAnalyzer::forEachWord(const char* text, int size, Sink&& sink) {
    const auto* s = reinterpret_cast<const unsigned char*>(text);
    std::string word;
    int begin = -1;
    int i = 0;
    while (i < size) {
        const int at = i;
        const char32_t f = foldChar(decode(s, size, i));
        if (f) {
            if (begin < 0)
                begin = at;
            append(word, f);
            continue;
        }
        if (begin >= 0) {
            if (!sink(word, begin, at))
                return;
            word.clear();
            begin = -1;
        }
    }
    if (begin >= 0)
        sink(word, begin, size);
}

} // namespace hotline::kb
