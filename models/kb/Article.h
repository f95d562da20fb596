#pragma once

#include "domain/AppealKind.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace hotline::kb {

struct RoadmapStep {
    QString step;
    QString role; // moderation, execution, control
    int days = 1; // working days from the complaint's registration day
};

struct RelatedLink {
    QString title;
    QString articleId;
};

// One knowledge-base article: the metadata block and the Markdown sections the operator sees.
struct Article {
    QString id;
    QString title;
    QString category; // subcategory id
    domain::AppealKind kind = domain::AppealKind::Simple;
    int days = 0; // tasks: working days to resolve
    QStringList agencies;
    domain::Algorithm algorithm = domain::Algorithm::Single;
    QStringList keywords;
    QStringList legalBasis;
    QDate updated;
    QList<RoadmapStep> roadmap;

    QString script;        // «Скрипт ответа», read out to the caller; may hold {{placeholders}}
    QStringList questions; // «Уточняющие вопросы»
    QStringList documents; // «Документы»
    QString whereToApply;  // «Куда и как подать»
    QString operatorNotes; // «Для оператора»
    QList<RelatedLink> related;

    QString markdown; // the whole file as published to the wiki
    QString filePath;

    // Plain text of every section but the script, for the full-text index.
    QString bodyText() const;
    // Markdown markup, links and placeholders removed.
    static QString plainText(const QString& markdown);
};

} // namespace hotline::kb
