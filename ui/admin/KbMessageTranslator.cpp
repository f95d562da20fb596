#include "KbMessageTranslator.h"

#include <QCoreApplication>
#include <QPointer>

namespace hotline::ui {

void KbMessageTranslator::ensureInstalled() {
    static QPointer<KbMessageTranslator> installed;
    if (installed || !QCoreApplication::instance())
        return;
    installed = new KbMessageTranslator(QCoreApplication::instance());
    QCoreApplication::installTranslator(installed);
}

QString KbMessageTranslator::translate(const char* context, const char* sourceText, const char* disambiguation,
                                       int n) const {
    static const QList<std::pair<QByteArray, QList<const char*>>> aliases{
        {"ArticleParser", {"hotline::kb::ArticleParser", "hotline::kb::MetaParser", "hotline::kb"}},
        {"KnowledgeBase", {"hotline::kb::KnowledgeBase", "hotline::kb"}},
        {"SearchIndex", {"hotline::kb::SearchIndex", "hotline::kb"}},
    };
    for (const auto& [shortContext, scoped] : aliases) {
        if (shortContext != context)
            continue;
        for (const char* c : scoped) {
            // The scoped contexts are not aliases themselves: this cannot recurse.
            const QString t = QCoreApplication::translate(c, sourceText, disambiguation, n);
            if (t != QLatin1String(sourceText))
                return t;
        }
    }
    return {};
}

} // namespace hotline::ui
