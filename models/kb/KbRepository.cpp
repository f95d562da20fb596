#include "KbRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcKb)

namespace hotline::kb {

QString KbRepository::defaultIndexPath(const QString& dataDir) {
    return QDir(dataDir).filePath(QStringLiteral("kb-index.sqlite"));
}

Result<KbRepository::Opened> KbRepository::open(const QString& kbDir, const QString& indexPath) {
    KnowledgeBase::Loaded loaded = KnowledgeBase::loadFromDir(kbDir);
    if (loaded.kb.articles().isEmpty())
        return Error{Error::Code::NotFound,
                     QCoreApplication::translate("KbRepository", "No articles could be loaded from %1.").arg(kbDir)};
    Opened out;
    out.issues = std::move(loaded.issues);
    for (const KbIssue& issue : std::as_const(out.issues))
        qCWarning(lcKb).noquote() << issue.toString();

    auto index = SearchIndex::open(indexPath);
    if (!index || index.value()->fingerprint() != loaded.kb.fingerprint()) {
        if (auto built = SearchIndex::build(loaded.kb, indexPath); !built)
            return built.error();
        index = SearchIndex::open(indexPath);
        if (!index)
            return index.error();
        out.rebuilt = true;
    }
    out.kb = std::move(loaded.kb);
    out.index = std::move(index).value();
    return out;
}

} // namespace hotline::kb
