#include "TextAnalyzer.h"

#include <libstemmer.h>
#include <unordered_set>

namespace hotline::kb {

// Words that carry no meaning for search in the way callers speak.
bool TextAnalyzer::isStopWord(const std::string& foldedWord) {
    static const std::unordered_set<std::string> words = [] {
        std::unordered_set<std::string> s;
        const char* list[] = {
            "и",       "в",          "во",      "на",         "не",           "что",    "как",   "где",
            "когда",   "какой",      "какая",   "какие",      "каких",        "мне",    "меня",  "я",
            "мы",      "вы",         "нам",     "вам",        "нас",          "вас",    "у",     "к",
            "ко",      "с",          "со",      "о",          "об",           "от",     "до",    "по",
            "за",      "из",         "для",     "а",          "но",           "же",     "ли",    "бы",
            "это",     "этот",       "эта",     "эти",        "то",           "там",    "тут",   "так",
            "уже",     "еще",        "можно",   "нужно",      "надо",         "хочу",   "хотим", "хотел",
            "хотела",  "подскажите", "скажите", "пожалуйста", "здравствуйте", "добрый", "день",  "вопрос",
            "есть",    "был",        "была",    "было",       "быть",         "его",    "ее",    "их",
            "ему",     "ей",         "им",      "мой",        "моя",          "мое",    "мои",   "наш",
            "наша",    "наше",       "наши",    "ваш",        "ваша",         "при",    "про",   "через",
            "или",     "если",       "чтобы",   "тоже",       "все",          "весь",   "вся",   "нет",
            "да",      "ну",         "вот",     "меня",       "чем",          "кто",    "куда",  "зачем",
            "почему",  "сколько",    "нужен",   "нужна",      "нужны",        "могу",   "можем", "который",
            "которая", "которые",    "себе",    "свой",       "давно",        "она",    "он",    "оно",
            "они",     "каком",      "какую",   "каким",      "сейчас",       "теперь", "очень", "просто",
            "под",     "над",        "перед",   "без",        "около",        "возле",  "чтоб",  "этого",
            "этом",    "этой",       "такой",   "такие",      "дайте",        "дай",
        };
        for (const char* w : list)
            s.insert(w);
        return s;
    }();
    return words.count(foldedWord) > 0;
}

// Decodes one UTF-8 code point at s[i]; advances i. Invalid bytes decode as U+FFFD.
char32_t TextAnalyzer::decode(const unsigned char* s, int size, int& i) {
    const unsigned char c = s[i];
    int extra = 0;
    char32_t cp = 0;
    if (c < 0x80) {
        ++i;
        return c;
    } else if ((c & 0xE0) == 0xC0) {
        extra = 1;
        cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        extra = 2;
        cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        extra = 3;
        cp = c & 0x07;
    } else {
        ++i;
        return 0xFFFD;
    }
    for (int k = 1; k <= extra; ++k) {
        if (i + k >= size || (s[i + k] & 0xC0) != 0x80) {
            i += k;
            return 0xFFFD;
        }
        cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    i += extra + 1;
    return cp;
}

void TextAnalyzer::append(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// Folds a code point for search: lower case, ё→е. Returns 0 for anything that is not part of a word.
char32_t TextAnalyzer::foldChar(char32_t cp) {
    if ((cp >= U'a' && cp <= U'z') || (cp >= U'0' && cp <= U'9'))
        return cp;
    if (cp >= U'A' && cp <= U'Z')
        return cp + 32;
    if (cp == 0x401 || cp == 0x451) // Ё ё
        return 0x435;
    if (cp >= 0x410 && cp <= 0x42F)
        return cp + 0x20;
    if (cp >= 0x430 && cp <= 0x44F)
        return cp;
    if (cp >= 0x400 && cp <= 0x40F)
        return cp + 0x50;
    if (cp >= 0x450 && cp <= 0x45F)
        return cp;
    return 0;
}

TextAnalyzer::TextAnalyzer()
    : m_stemmer(sb_stemmer_new("russian", "UTF_8")) {}

TextAnalyzer::~TextAnalyzer() {
    if (m_stemmer)
        sb_stemmer_delete(m_stemmer);
}

const std::string& TextAnalyzer::stem(const std::string& word) {
    const auto cached = m_cache.find(word);
    if (cached != m_cache.end())
        return cached->second;
    if (m_cache.size() > 200000)
        m_cache.clear(); // bounded: synthetic or hostile input must not grow it without end
    std::string result = word;
    // Only Cyrillic words of three letters or more are stemmed (two bytes a letter in UTF-8).
    if (m_stemmer && word.size() >= 6 && static_cast<unsigned char>(word[0]) >= 0x80) {
        const sb_symbol* out =
            sb_stemmer_stem(m_stemmer, reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
        if (out)
            result.assign(reinterpret_cast<const char*>(out), static_cast<size_t>(sb_stemmer_length(m_stemmer)));
    }
    return m_cache.emplace(word, std::move(result)).first->second;
}

QString TextAnalyzer::fold(const QString& text) {
    const QByteArray utf8 = text.toUtf8();
    QString out;
    forEachWord(utf8.constData(), static_cast<int>(utf8.size()), [&](const std::string& w, int, int) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += QString::fromStdString(w);
        return true;
    });
    return out;
}

QString TextAnalyzer::stem(const QString& foldedWord) {
    return QString::fromStdString(stem(foldedWord.toStdString()));
}

} // namespace hotline::kb
