#include "KbDataPages.h"

#include "kbedit/CategoryTree.h"
#include "kbedit/SynonymSet.h"

#include <QCoreApplication>
#include <QStringList>

namespace hotline::kbsync {

QString KbDataPage::title(Kind kind) {
    return QString::fromLatin1(kind == Kind::Categories ? kCategoriesTitle : kSynonymsTitle);
}

QString KbDataPage::fileName(Kind kind) {
    return kind == Kind::Categories ? QStringLiteral("categories.json") : QStringLiteral("synonyms.json");
}

std::optional<KbDataPage::Kind> KbDataPage::fromTitle(const QString& t) {
    for (const Kind kind : {Kind::Categories, Kind::Synonyms}) {
        if (t.compare(title(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QString KbDataPage::pageText(Kind kind, const QByteArray& json) {
    // Published content in the line's language, the same for every workstation (not a UI string).
    const QString heading =
        kind == Kind::Categories ? QStringLiteral("Категории базы знаний") : QStringLiteral("Синонимы для поиска");
    const QString note =
        kind == Kind::Categories
            ? QStringLiteral("Дерево категорий, которое видят операторы линии 0150. Рабочие места берут его из блока "
                             "JSON ниже; правьте его в режиме «Редактор базы знаний» рабочего места.")
            : QStringLiteral("Группы слов, которые поиск считает одинаковыми (сокращения, разговорные слова, "
                             "термины). Рабочие места берут их из блока JSON ниже; правьте их в режиме «Редактор "
                             "базы знаний» рабочего места.");
    QString body = QString::fromUtf8(json);
    while (body.endsWith(QLatin1Char('\n')))
        body.chop(1);
    return QStringLiteral("# %1\n\n%2\n\n```json\n%3\n```\n").arg(heading, note, body);
}

Result<QByteArray> KbDataPage::jsonOf(Kind kind, const QString& text) {
    const QStringList lines =
        QString(text).replace(QStringLiteral("\r\n"), QStringLiteral("\n")).split(QLatin1Char('\n'));
    const qsizetype open = lines.indexOf(QStringLiteral("```json"));
    qsizetype close = open < 0 ? -1 : open + 1;
    while (close >= 0 && close < lines.size() && lines.at(close).trimmed() != QLatin1String("```"))
        ++close;
    if (open < 0 || close >= lines.size())
        return Error{Error::Code::Parse, tr("The page has no ```json block with %1.").arg(fileName(kind))};
    const QByteArray json =
        (lines.mid(open + 1, close - open - 1).join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
    if (kind == Kind::Categories) {
        auto tree = kbedit::CategoryTree::fromJson(json);
        if (!tree)
            return tree.error();
        if (auto valid = tree.value().validate({}); !valid)
            return valid.error();
    } else {
        auto set = kbedit::SynonymSet::fromJson(json);
        if (!set)
            return set.error();
        if (auto valid = set.value().validate(); !valid)
            return valid.error();
    }
    return json;
}

} // namespace hotline::kbsync
