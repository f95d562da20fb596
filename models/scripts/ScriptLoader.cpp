#include "ScriptLoader.h"

#include "ScriptChecker.h"
#include "ScriptFormat.h"
#include "kb/KnowledgeBase.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>

namespace hotline::scripts {

int loadScripts(const QString& kbDir, kb::KnowledgeBase& kb, const domain::ReferenceData* reference,
                kb::KbIssues& issues, QCryptographicHash& fingerprint) {
    const QDir dir(kbDir);
    QStringList files;
    QDirIterator it(dir.filePath(QStringLiteral("scripts")), {QStringLiteral("*.json")}, QDir::Files);
    while (it.hasNext())
        files << it.next();
    files.sort();
    QList<Script> loaded;
    for (const QString& path : std::as_const(files)) {
        const QString shown = QStringLiteral("scripts/") + QFileInfo(path).fileName();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            issues.append(
                {shown, 0,
                 QCoreApplication::translate("KnowledgeBase", "cannot read the file: %1").arg(f.errorString()), true});
            continue;
        }
        const QByteArray data = f.read(ScriptFormat::kMaxFileBytes + 1);
        fingerprint.addData(shown.toUtf8());
        fingerprint.addData(QByteArray::number(f.size()));
        fingerprint.addData(data);
        ScriptFormat::Outcome parsed = ScriptFormat::parse(data, shown);
        issues.append(parsed.issues);
        if (!parsed.script)
            continue;
        const auto same =
            std::find_if(loaded.cbegin(), loaded.cend(), [&](const Script& s) { return s.id == parsed.script->id; });
        if (same != loaded.cend()) {
            issues.append({shown, parsed.script->line,
                           QCoreApplication::translate("KnowledgeBase", "duplicate id \"%1\" (also in %2)")
                               .arg(parsed.script->id, same->filePath),
                           true});
            continue;
        }
        loaded.append(std::move(*parsed.script));
    }
    issues.append(ScriptChecker::check(loaded, kb, reference));
    for (Script& s : loaded)
        kb.addScript(std::move(s));
    return int(files.size());
}

} // namespace hotline::scripts
