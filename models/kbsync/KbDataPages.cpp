#include "KbDataPages.h"

#include "kb/UsageStats.h"
#include "kbedit/CategoryTree.h"
#include "kbedit/SynonymSet.h"

#include <QCoreApplication>
#include <QStringList>

namespace hotline::kbsync {

QString KbDataPage::title(Kind kind) {
    switch (kind) {
    case Kind::Categories:
        return QString::fromLatin1(kCategoriesTitle);
    case Kind::Synonyms:
        return QString::fromLatin1(kSynonymsTitle);
    case Kind::Usage:
        break;
    }
    return QString::fromLatin1(kUsageTitle);
}

QString KbDataPage::fileName(Kind kind) {
    switch (kind) {
    case Kind::Categories:
        return QStringLiteral("categories.json");
    case Kind::Synonyms:
        return QStringLiteral("synonyms.json");
    case Kind::Usage:
        break;
    }
    return QStringLiteral("usage.json");
}

std::optional<KbDataPage::Kind> KbDataPage::fromTitle(const QString& t) {
    for (const Kind kind : kAll) {
        if (t.compare(title(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QString KbDataPage::pageText(Kind kind, const QByteArray& json) {
    // Published content in the line's language, the same for every workstation (not a UI string).
    QString heading;
    QString note;
    switch (kind) {
    case Kind::Categories:
        heading = QStringLiteral("Категории базы знаний");
        note = QStringLiteral("Дерево категорий, которое видят операторы линии 0150. Рабочие места берут его из блока "
                              "JSON ниже; правьте его в режиме «Редактор базы знаний» рабочего места.");
        break;
    case Kind::Synonyms:
        heading = QStringLiteral("Синонимы для поиска");
        note = QStringLiteral("Группы слов, которые поиск считает одинаковыми (сокращения, разговорные слова, "
                              "термины). Рабочие места берут их из блока JSON ниже; правьте их в режиме «Редактор "
                              "базы знаний» рабочего места.");
        break;
    case Kind::Usage:
        heading = QStringLiteral("Какие статьи открывают операторы");
        note = QStringLiteral("Сколько раз операторы линии открывали каждую статью после поиска (недавние звонки "
                              "весят больше). Поиск на рабочих местах учитывает это при порядке похожих статей. "
                              "Страница пересчитывается из журнала звонков командой hotline-cli kb usage --publish; "
                              "вручную её не правят.");
        break;
    }
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
    } else if (kind == Kind::Synonyms) {
        auto set = kbedit::SynonymSet::fromJson(json);
        if (!set)
            return set.error();
        if (auto valid = set.value().validate(); !valid)
            return valid.error();
    } else if (auto usage = kb::UsageStats::fromJson(json); !usage) {
        return usage.error();
    }
    return json;
}

} // namespace hotline::kbsync
