#pragma once

#include "KbWorkspace.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace hotline::kbedit {

// Every change of the knowledge base in the editor is one of these commands on an undo stack (Tiled's way):
// a command holds the state before and after, so undo and redo are exact.

// A change of one article (one field, or the whole text when it is replaced).
class ArticleEditCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(ArticleEditCommand)

public:
    // `field` empty: the whole text was replaced (never merged with typing).
    ArticleEditCommand(KbWorkspace& ws, QString articleId, ArticleDocument before, ArticleDocument after,
                       std::optional<ArticleField> field, const QString& text = {});

    void undo() override;
    void redo() override;
    int id() const override { return 1; }
    // Typing in one field is one step per word: a space typed after a letter starts a new step.
    bool mergeWith(const QUndoCommand* other) override;

    static QString describe(ArticleField field);

private:
    enum class Typing { None, Insert, Delete };
    void classify();

    KbWorkspace& m_ws;
    QString m_articleId;
    ArticleDocument m_before;
    ArticleDocument m_after;
    std::optional<ArticleField> m_field;
    Typing m_typing = Typing::None;
    QString m_inserted; // what this step typed (Typing::Insert)
};

class AddArticleCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(AddArticleCommand)

public:
    AddArticleCommand(KbWorkspace& ws, ArticleDocument doc);
    void undo() override { m_ws.removeArticle(m_doc.id); }
    void redo() override { m_ws.addArticle(m_doc); }

private:
    KbWorkspace& m_ws;
    ArticleDocument m_doc;
};

class CategoriesCommand : public QUndoCommand {
public:
    CategoriesCommand(KbWorkspace& ws, CategoryTree before, CategoryTree after, const QString& text);
    void undo() override { m_ws.setCategories(m_before); }
    void redo() override { m_ws.setCategories(m_after); }

private:
    KbWorkspace& m_ws;
    CategoryTree m_before;
    CategoryTree m_after;
};

class SynonymsCommand : public QUndoCommand {
public:
    SynonymsCommand(KbWorkspace& ws, SynonymSet before, SynonymSet after, const QString& text);
    void undo() override { m_ws.setSynonyms(m_before); }
    void redo() override { m_ws.setSynonyms(m_after); }

private:
    KbWorkspace& m_ws;
    SynonymSet m_before;
    SynonymSet m_after;
};

} // namespace hotline::kbedit
