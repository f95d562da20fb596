#include "SynonymSet.h"

#include "JsonText.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hotline::kbedit {

Result<SynonymSet> SynonymSet::fromJson(const QByteArray& json) {
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError) {
        const int line = int(json.left(err.offset).count('\n')) + 1;
        return Error{Error::Code::Parse, tr("synonyms.json:%1: bad JSON: %2").arg(line).arg(err.errorString())};
    }
    const QJsonValue groups = doc.object().value(QLatin1String("groups"));
    if (!groups.isArray())
        return Error{Error::Code::Parse, tr("synonyms.json has no \"groups\" list.")};
    SynonymSet set;
    for (const QJsonValue& g : groups.toArray()) {
        QStringList terms;
        for (const QJsonValue& t : g.toArray())
            terms << t.toString();
        set.m_groups.append(terms);
    }
    return set;
}

QByteArray SynonymSet::toJson() const {
    QStringList lines;
    for (const QStringList& g : m_groups) {
        QStringList quoted;
        for (const QString& t : g)
            quoted << JsonText::string(t);
        lines << QStringLiteral("  [") + quoted.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    return (QStringLiteral("{\n \"groups\": [\n") + lines.join(QStringLiteral(",\n")) + QStringLiteral("\n ]\n}\n"))
        .toUtf8();
}

QStringList SynonymSet::parseTerms(const QString& text) {
    QStringList out;
    for (const QString& part : text.split(QLatin1Char(';'))) {
        const QString term = part.simplified().toLower();
        if (!term.isEmpty() && !out.contains(term))
            out << term;
    }
    return out;
}

QString SynonymSet::joinTerms(const QStringList& terms) {
    return terms.join(QStringLiteral("; "));
}

QStringList SynonymSet::problemsOf(int group) const {
    QStringList problems;
    const QStringList& g = m_groups.at(group);
    QStringList seen;
    for (const QString& t : g) {
        const QString term = t.simplified().toLower();
        if (term.isEmpty())
            problems << tr("an empty term");
        else if (term.contains(QLatin1Char(';')))
            problems << tr("\"%1\": a term cannot hold a semicolon").arg(term);
        else if (!seen.contains(term))
            seen << term;
    }
    if (seen.size() < 2)
        problems << tr("a group needs at least two different words or phrases");
    for (int other = 0; other < m_groups.size(); ++other) {
        if (other == group)
            continue;
        for (const QString& t : m_groups.at(other)) {
            if (seen.contains(t.simplified().toLower()))
                problems << tr("\"%1\" is also in group %2").arg(t.simplified().toLower()).arg(other + 1);
        }
    }
    return problems;
}

Status SynonymSet::validate() const {
    QStringList problems;
    for (int i = 0; i < m_groups.size(); ++i) {
        const QStringList p = problemsOf(i);
        if (!p.isEmpty())
            problems << tr("Group %1 (%2): %3").arg(i + 1).arg(joinTerms(m_groups.at(i)), p.join(QStringLiteral("; ")));
    }
    if (problems.isEmpty())
        return Ok{};
    return Error{Error::Code::InvalidInput, problems.join(QLatin1Char('\n'))};
}

} // namespace hotline::kbedit
