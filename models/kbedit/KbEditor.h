#pragma once

#include "KbWorkspace.h"

#include <QHash>
#include <QObject>

class QUndoGroup;
class QUndoStack;

namespace hotline::kbedit {

// The one way views change the knowledge base: each call checks what must hold (a refused change is an
// Error with the reason and leaves everything as it was) and pushes an undo command. An article, the
// categories and the synonyms each have their own undo stack, so Ctrl+Z undoes what the editor is looking at;
// the group's active stack follows the editor.
class KbEditor : public QObject {
    Q_OBJECT
public:
    explicit KbEditor(KbWorkspace& workspace, QObject* parent = nullptr);
    ~KbEditor() override;

    KbWorkspace& workspace() { return m_ws; }
    QUndoGroup* undoGroup() const { return m_group; }
    QUndoStack* articleStack(const QString& id);
    QUndoStack* categoriesStack() const { return m_categories; }
    QUndoStack* synonymsStack() const { return m_synonyms; }
    void activateArticle(const QString& id);
    void activateCategories();
    void activateSynonyms();

    // Articles: any input is taken (the check says what is wrong), nothing typed is refused.
    void setField(const QString& id, ArticleField field, const QVariant& value);
    // Replaces the whole text as one undo step (the other editor's text, back to the published text).
    void replaceDocument(const QString& id, const ArticleDocument& doc, const QString& description);
    // Shows what the server has now (a newer version taken in, a version restored): not an edit of the editor's,
    // so it is not an undo step and the article's undo history starts again from it.
    void resetDocument(const QString& id, const ArticleDocument& doc);
    // A new article with the section headings; the id must be new and well-formed, the category a subcategory.
    Status createArticle(const QString& id, const QString& title, const QString& category, const QString& today);

    // Categories.
    Status addCategory(const QString& parentId, const QString& id, const QString& title);
    Status renameCategory(const QString& id, const QString& title);
    Status moveCategory(const QString& id, const QString& parentId, int position);
    // One step up or down among its siblings; a subcategory at the edge goes to the neighbouring top category.
    Status moveCategoryBy(const QString& id, int delta);
    Status removeCategory(const QString& id);

    // The whole tree or set at once (the server's, after a conflict): one undo step.
    void replaceCategories(const CategoryTree& tree, const QString& description);
    void replaceSynonyms(const SynonymSet& set, const QString& description);

    // Synonyms: the terms as typed, separated by ";".
    void setSynonymGroup(int row, const QString& terms);
    int addSynonymGroup(const QString& terms); // the new row
    Status removeSynonymGroup(int row);

private:
    Status applyCategories(const CategoryTree& after, const QString& description);

    KbWorkspace& m_ws;
    QUndoGroup* m_group;
    QUndoStack* m_categories;
    QUndoStack* m_synonyms;
    QHash<QString, QUndoStack*> m_articles;
};

} // namespace hotline::kbedit
