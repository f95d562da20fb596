#pragma once

#include <QTranslator>

namespace hotline::ui {

// The knowledge-base loader's messages (models/kb, what `kb check` prints) are looked up at run time under short
// contexts ("ArticleParser", "KnowledgeBase") while lupdate files their Russian under the scoped ones
// ("hotline::kb::ArticleParser", "hotline::kb::MetaParser", "hotline::kb"). This translator answers the short
// contexts from the scoped ones, so the editor shows the check's problems in Russian. Once models/kb translates
// with the scoped contexts itself, it finds nothing to do and can go.
class KbMessageTranslator : public QTranslator {
    Q_OBJECT
public:
    using QTranslator::QTranslator;

    // Installs one for the application (once).
    static void ensureInstalled();

    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return false; }
};

} // namespace hotline::ui
