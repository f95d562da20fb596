#include "KbEditor.h"

#include "EditCommands.h"

#include <QUndoGroup>
#include <QUndoStack>

namespace hotline::kbedit {

KbEditor::KbEditor(KbWorkspace& workspace, QObject* parent)
    : QObject(parent)
    , m_ws(workspace)
    , m_group(new QUndoGroup(this))
    , m_categories(new QUndoStack(m_group))
    , m_synonyms(new QUndoStack(m_group)) {}

KbEditor::~KbEditor() = default;

QUndoStack* KbEditor::articleStack(const QString& id) {
    QUndoStack*& stack = m_articles[id];
    if (!stack)
        stack = new QUndoStack(m_group);
    return stack;
}

void KbEditor::activateArticle(const QString& id) {
    m_group->setActiveStack(id.isEmpty() ? nullptr : articleStack(id));
}

void KbEditor::activateCategories() {
    m_group->setActiveStack(m_categories);
}

void KbEditor::activateSynonyms() {
    m_group->setActiveStack(m_synonyms);
}

void KbEditor::setField(const QString& id, ArticleField field, const QVariant& value) {
    const ArticleEntry* e = m_ws.article(id);
    if (!e)
        return;
    ArticleDocument after = e->doc;
    after.setField(field, value);
    if (field == ArticleField::Body ? after.body == e->doc.body : after.toText() == e->doc.toText())
        return;
    articleStack(id)->push(new ArticleEditCommand(m_ws, id, e->doc, after, field));
}

void KbEditor::replaceDocument(const QString& id, const ArticleDocument& doc, const QString& description) {
    const ArticleEntry* e = m_ws.article(id);
    if (!e || e->doc.toText() == doc.toText())
        return;
    articleStack(id)->push(new ArticleEditCommand(m_ws, id, e->doc, doc, std::nullopt, description));
}

void KbEditor::resetDocument(const QString& id, const ArticleDocument& doc) {
    articleStack(id)->clear();
    m_ws.setDocument(id, doc);
}

Status KbEditor::createArticle(const QString& id, const QString& title, const QString& category, const QString& today) {
    if (title.trimmed().isEmpty())
        return Error{Error::Code::InvalidInput, tr("Enter the article's title: operators find it by the title.")};
    if (!CategoryTree::isValidId(id))
        return Error{Error::Code::InvalidInput,
                     tr("The id \"%1\" may hold lower-case Latin letters, digits and dashes only (it becomes the "
                        "name of the wiki page).")
                         .arg(id)};
    if (m_ws.article(id))
        return Error{Error::Code::InvalidInput, tr("An article with the id \"%1\" already exists.").arg(id)};
    if (m_ws.categories().parentOf(category).isEmpty())
        return Error{Error::Code::InvalidInput, tr("Choose a subcategory for the article.")};
    const ArticleDocument doc = ArticleDocument::newArticle(id, title.trimmed(), category, today);
    articleStack(id)->push(new AddArticleCommand(m_ws, doc));
    return Ok{};
}

Status KbEditor::applyCategories(const CategoryTree& after, const QString& description) {
    if (after == m_ws.categories())
        return Ok{};
    m_categories->push(new CategoriesCommand(m_ws, m_ws.categories(), after, description));
    return Ok{};
}

Status KbEditor::addCategory(const QString& parentId, const QString& id, const QString& title) {
    CategoryTree after = m_ws.categories();
    if (auto st = after.add(parentId, id, title); !st)
        return st;
    return applyCategories(after, tr("new category «%1»").arg(title.trimmed()));
}

Status KbEditor::renameCategory(const QString& id, const QString& title) {
    CategoryTree after = m_ws.categories();
    const CategoryTree::Node* n = after.find(id);
    const QString old = n ? n->title : id;
    if (auto st = after.rename(id, title); !st)
        return st;
    return applyCategories(after, tr("renaming «%1» to «%2»").arg(old, title.trimmed()));
}

Status KbEditor::moveCategory(const QString& id, const QString& parentId, int position) {
    CategoryTree after = m_ws.categories();
    if (auto st = after.move(id, parentId, position, m_ws.usedCategories()); !st)
        return st;
    const CategoryTree::Node* n = after.find(id);
    return applyCategories(after, tr("moving «%1»").arg(n ? n->title : id));
}

Status KbEditor::moveCategoryBy(const QString& id, int delta) {
    const CategoryTree& tree = m_ws.categories();
    const int pos = tree.positionOf(id);
    if (pos < 0)
        return Error{Error::Code::InvalidInput, tr("Choose a category to move.")};
    const QString parent = tree.parentOf(id);
    const int siblings = int(parent.isEmpty() ? tree.tops().size() : tree.find(parent)->children.size());
    const int target = pos + delta;
    if (target >= 0 && target < siblings)
        return moveCategory(id, parent, target);
    if (parent.isEmpty())
        return Error{Error::Code::InvalidInput,
                     delta < 0 ? tr("It is the first category already.") : tr("It is the last category already.")};
    // To the end of the previous top category, or the start of the next one.
    const int parentPos = tree.positionOf(parent);
    const int neighbour = parentPos + (delta < 0 ? -1 : 1);
    if (neighbour < 0 || neighbour >= tree.tops().size())
        return Error{Error::Code::InvalidInput,
                     delta < 0 ? tr("It is the first category already.") : tr("It is the last category already.")};
    const CategoryTree::Node& next = tree.tops().at(neighbour);
    return moveCategory(id, next.id, delta < 0 ? int(next.children.size()) : 0);
}

Status KbEditor::removeCategory(const QString& id) {
    CategoryTree after = m_ws.categories();
    const CategoryTree::Node* n = after.find(id);
    const QString title = n ? n->title : id;
    if (auto st = after.remove(id, m_ws.usedCategories()); !st)
        return st;
    return applyCategories(after, tr("removing «%1»").arg(title));
}

void KbEditor::replaceCategories(const CategoryTree& tree, const QString& description) {
    (void)applyCategories(tree, description); // only pushes an undo command: it cannot fail
}

void KbEditor::replaceSynonyms(const SynonymSet& set, const QString& description) {
    if (set == m_ws.synonyms())
        return;
    m_synonyms->push(new SynonymsCommand(m_ws, m_ws.synonyms(), set, description));
}

void KbEditor::setSynonymGroup(int row, const QString& terms) {
    SynonymSet after = m_ws.synonyms();
    QList<QStringList> groups = after.groups();
    if (row < 0 || row >= groups.size())
        return;
    groups[row] = SynonymSet::parseTerms(terms);
    after.setGroups(groups);
    if (after == m_ws.synonyms())
        return;
    m_synonyms->push(new SynonymsCommand(m_ws, m_ws.synonyms(), after, tr("edit of synonym group %1").arg(row + 1)));
}

int KbEditor::addSynonymGroup(const QString& terms) {
    SynonymSet after = m_ws.synonyms();
    QList<QStringList> groups = after.groups();
    groups.append(SynonymSet::parseTerms(terms));
    after.setGroups(groups);
    m_synonyms->push(new SynonymsCommand(m_ws, m_ws.synonyms(), after, tr("new synonym group")));
    return int(groups.size()) - 1;
}

Status KbEditor::removeSynonymGroup(int row) {
    SynonymSet after = m_ws.synonyms();
    QList<QStringList> groups = after.groups();
    if (row < 0 || row >= groups.size())
        return Error{Error::Code::InvalidInput, tr("Choose a group to remove.")};
    const QString terms = SynonymSet::joinTerms(groups.at(row));
    groups.removeAt(row);
    after.setGroups(groups);
    m_synonyms->push(new SynonymsCommand(m_ws, m_ws.synonyms(), after, tr("removing the group «%1»").arg(terms)));
    return Ok{};
}

} // namespace hotline::kbedit
