#pragma once

#include "domain/AppealKind.h"
#include "domain/Result.h"
#include "kb/ArticleParser.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace hotline::kbedit {

// The parts of an article the editor changes one at a time (each is one kind of undo step).
enum class ArticleField {
    Title,
    Category,
    Kind,
    Days,
    Agencies,
    Algorithm,
    Keywords,
    LegalBasis,
    Updated,
    Roadmap,
    Body,
};

// An article as the KB editor edits it: the metadata as fields and the Markdown sections as text. Reading a
// file and writing it back gives the same bytes (docs/KB_FORMAT.md): the key order of the metadata and keys
// this version does not know are kept, and the "# title" heading is written from the title.
struct ArticleDocument {
    Q_DECLARE_TR_FUNCTIONS(ArticleDocument)

public:
    QString id;
    QString title;
    QString category;
    domain::AppealKind kind = domain::AppealKind::Simple;
    int days = 0; // written for tasks (and when the file had it)
    QStringList agencies;
    domain::Algorithm algorithm = domain::Algorithm::Single;
    QStringList keywords;
    QStringList legalBasis;
    QString updated; // YYYY-MM-DD as written; the check says when it is not a date
    QList<kb::RoadmapStep> roadmap;
    QString body; // the `##` sections, Markdown, without the trailing newline

    QStringList keyOrder;     // metadata keys in the order of the file
    QJsonObject extraMeta;    // metadata keys the editor does not know, written back unchanged
    QString unknownKind;      // a kind or algorithm the file had that is not known: kept so nothing is lost
    QString unknownAlgorithm; // (the check reports them)

    // Reads an article file. Fails only when there is no readable metadata block; every other problem is
    // left for the check (ArticleParser) to report, so the editor can open a broken article and fix it.
    static Result<ArticleDocument> fromText(const QString& text);
    // A new article with every section heading and the placeholders of an answer script.
    static ArticleDocument newArticle(const QString& id, const QString& title, const QString& category,
                                      const QString& today);

    QString toText() const;
    // 1-based line of toText() where `body` starts (to show the check's line numbers in the body editor).
    int bodyFirstLine() const;
    // The article as the operator's window would load it (and what the check says about it).
    kb::ArticleParser::Outcome parse() const;

    QVariant field(ArticleField f) const;
    void setField(ArticleField f, const QVariant& value);

    bool operator==(const ArticleDocument& other) const { return toText() == other.toText(); }
};

// The metadata key an article field is written under ("agency" for Agencies, "" for the body).
QString metadataKey(ArticleField f);

} // namespace hotline::kbedit

Q_DECLARE_METATYPE(QList<hotline::kb::RoadmapStep>)
