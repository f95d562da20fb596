#include "EditCommands.h"

namespace hotline::kbedit {

namespace {

bool isTextField(const std::optional<ArticleField>& f) {
    return f && (*f == ArticleField::Title || *f == ArticleField::Body || *f == ArticleField::Keywords ||
                 *f == ArticleField::LegalBasis);
}

QString textOf(const ArticleDocument& d, ArticleField f) {
    const QVariant v = d.field(f);
    return v.typeId() == QMetaType::QStringList ? v.toStringList().join(QLatin1Char('\n')) : v.toString();
}

} // namespace

QString ArticleEditCommand::describe(ArticleField field) {
    switch (field) {
    case ArticleField::Title:
        return tr("title");
    case ArticleField::Category:
        return tr("category");
    case ArticleField::Kind:
        return tr("kind of appeal");
    case ArticleField::Days:
        return tr("days");
    case ArticleField::Agencies:
        return tr("agencies");
    case ArticleField::Algorithm:
        return tr("algorithm");
    case ArticleField::Keywords:
        return tr("keywords");
    case ArticleField::LegalBasis:
        return tr("legal basis");
    case ArticleField::Updated:
        return tr("date of update");
    case ArticleField::Roadmap:
        return tr("roadmap");
    case ArticleField::Body:
        return tr("text");
    }
    return {};
}

ArticleEditCommand::ArticleEditCommand(KbWorkspace& ws, QString articleId, ArticleDocument before,
                                       ArticleDocument after, std::optional<ArticleField> field, const QString& text)
    : m_ws(ws)
    , m_articleId(std::move(articleId))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_field(field) {
    setText(!text.isEmpty() ? text : field ? tr("edit of the %1").arg(describe(*field)) : tr("new text"));
    classify();
}

void ArticleEditCommand::classify() {
    m_typing = Typing::None;
    if (!isTextField(m_field))
        return;
    const QString a = textOf(m_before, *m_field);
    const QString b = textOf(m_after, *m_field);
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;
    const qsizetype removed = a.size() - prefix - suffix;
    const qsizetype inserted = b.size() - prefix - suffix;
    if (removed == 0 && inserted > 0 && inserted <= 2) {
        m_typing = Typing::Insert;
        m_inserted = b.mid(prefix, inserted);
    } else if (inserted == 0 && removed > 0 && removed <= 2) {
        m_typing = Typing::Delete;
    }
}

void ArticleEditCommand::undo() {
    m_ws.setDocument(m_articleId, m_before);
}

void ArticleEditCommand::redo() {
    m_ws.setDocument(m_articleId, m_after);
}

bool ArticleEditCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = dynamic_cast<const ArticleEditCommand*>(other);
    if (!next || next->m_articleId != m_articleId || next->m_field != m_field || m_typing == Typing::None ||
        next->m_typing != m_typing)
        return false;
    if (m_typing == Typing::Insert) {
        const bool wordEnded = !m_inserted.isEmpty() && !m_inserted.back().isSpace();
        if (wordEnded && next->m_inserted.front().isSpace())
            return false;
        m_inserted += next->m_inserted;
    }
    m_after = next->m_after;
    return true;
}

AddArticleCommand::AddArticleCommand(KbWorkspace& ws, ArticleDocument doc)
    : m_ws(ws)
    , m_doc(std::move(doc)) {
    setText(tr("new article «%1»").arg(m_doc.title));
}

CategoriesCommand::CategoriesCommand(KbWorkspace& ws, CategoryTree before, CategoryTree after, const QString& text)
    : m_ws(ws)
    , m_before(std::move(before))
    , m_after(std::move(after)) {
    setText(text);
}

SynonymsCommand::SynonymsCommand(KbWorkspace& ws, SynonymSet before, SynonymSet after, const QString& text)
    : m_ws(ws)
    , m_before(std::move(before))
    , m_after(std::move(after)) {
    setText(text);
}

} // namespace hotline::kbedit
