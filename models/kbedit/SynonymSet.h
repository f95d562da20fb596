#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace hotline::kbedit {

// synonyms.json as the editor changes it: groups of words and phrases that mean the same to a caller
// (abbreviations, colloquial words, terms). Search expands a query word to its whole group.
class SynonymSet {
    Q_DECLARE_TR_FUNCTIONS(SynonymSet)

public:
    static Result<SynonymSet> fromJson(const QByteArray& json);
    QByteArray toJson() const; // as the shipped file is written: one group per line

    const QList<QStringList>& groups() const { return m_groups; }
    void setGroups(QList<QStringList> groups) { m_groups = std::move(groups); }

    // A group as the editor types it: "ип; индивидуальный предприниматель" → trimmed, lower-case, no repeats.
    static QStringList parseTerms(const QString& text);
    static QString joinTerms(const QStringList& terms);

    // Every group has at least two different terms; a term belongs to one group only.
    Status validate() const;
    // The problems of one group (empty when it is fine), for the editor's row.
    QStringList problemsOf(int group) const;

    bool operator==(const SynonymSet& o) const = default;

private:
    QList<QStringList> m_groups;
};

} // namespace hotline::kbedit
