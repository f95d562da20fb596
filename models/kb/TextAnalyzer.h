#pragma once

#include <QByteArray>
#include <QString>
#include <functional>
#include <string>

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

    // word: the folded surface form; begin/end: byte offsets in the input. Return false to stop.
    using WordSink = std::function<bool(const std::string& word, int begin, int end)>;
    static void forEachWord(const char* text, int size, const WordSink& sink);

    // The stem of a folded word; the word itself when it has no Cyrillic letters or is short.
    std::string stem(const std::string& word);

    // Convenience for Qt callers.
    static QString fold(const QString& text);
    QString stem(const QString& foldedWord);

private:
    sb_stemmer* m_stemmer = nullptr;
};

} // namespace hotline::kb
