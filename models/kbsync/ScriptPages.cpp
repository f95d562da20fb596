#include "ScriptPages.h"

#include "scripts/ScriptFormat.h"

#include <QStringList>

namespace hotline::kbsync {

QString ScriptPage::title(const QString& scriptId) {
    return QLatin1String(kPrefix) + scriptId;
}

bool ScriptPage::isScriptTitle(const QString& t) {
    return t.startsWith(QLatin1String(kPrefix), Qt::CaseInsensitive) && t.size() > qsizetype(qstrlen(kPrefix));
}

QString ScriptPage::scriptIdOf(const QString& t) {
    return isScriptTitle(t) ? t.mid(qstrlen(kPrefix)).toLower() : QString();
}

QString ScriptPage::pageKey(const QString& scriptId) {
    return title(scriptId).toLower();
}

QString ScriptPage::pageText(const QString& title, const QByteArray& json) {
    // Published content in the line's language, the same for every workstation (not a UI string).
    QString body = QString::fromUtf8(json);
    while (body.endsWith(QLatin1Char('\n')))
        body.chop(1);
    return QStringLiteral("# Сценарий: %1\n\nСценарий звонка для операторов линии 0150: вопросы, ответы и итоги, "
                          "которые ведут к статье и маршруту обращения. Рабочие места берут его из блока JSON ниже; "
                          "правьте его в режиме «Редактор базы знаний» рабочего места.\n\n```json\n%2\n```\n")
        .arg(title, body);
}

Result<QByteArray> ScriptPage::jsonOf(const QString& text, const QString& scriptId) {
    const QStringList lines =
        QString(text).replace(QStringLiteral("\r\n"), QStringLiteral("\n")).split(QLatin1Char('\n'));
    const qsizetype open = lines.indexOf(QStringLiteral("```json"));
    qsizetype close = open < 0 ? -1 : open + 1;
    while (close >= 0 && close < lines.size() && lines.at(close).trimmed() != QLatin1String("```"))
        ++close;
    if (open < 0 || close >= lines.size())
        return Error{Error::Code::Parse, tr("The page has no ```json block with the script.")};
    const QByteArray json =
        (lines.mid(open + 1, close - open - 1).join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
    const QString file = QStringLiteral("scripts/%1.json").arg(scriptId);
    const scripts::ScriptFormat::Outcome parsed = scripts::ScriptFormat::parse(json, file);
    QStringList problems;
    for (const kb::KbIssue& issue : parsed.issues)
        problems << issue.toString();
    if (parsed.script && parsed.script->id != scriptId)
        problems << tr("%1: the script's id is \"%2\", the page is for \"%3\"").arg(file, parsed.script->id, scriptId);
    if (!problems.isEmpty())
        return Error{Error::Code::InvalidInput, problems.join(QLatin1Char('\n'))};
    return json;
}

} // namespace hotline::kbsync
