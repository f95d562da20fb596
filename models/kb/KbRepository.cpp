#include "KbRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
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
    // How the line's operators use the articles (the synced Kb_usage page), a ranking signal; without it the
    // workstation may give its own call records (WorkstationKb::setLocalUsage).
    QFile usage(QDir(kbDir).filePath(QStringLiteral("usage.json")));
    if (usage.exists()) {
        if (!usage.open(QIODevice::ReadOnly)) {
            out.issues.append(
                {QStringLiteral("usage.json"), 0, usage.errorString(), false, KbIssue::Severity::Warning});
        } else if (auto stats = UsageStats::fromJson(usage.readAll()); !stats) {
            out.issues.append(
                {QStringLiteral("usage.json"), 0, stats.error().message, false, KbIssue::Severity::Warning});
            qCWarning(lcKb).noquote() << stats.error().message;
        } else {
            out.index->setUsage(std::move(stats).value());
        }
    }
    return out;
}

} // namespace hotline::kb
