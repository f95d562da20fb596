#include "CategoriesPage.h"

#include "ProblemList.h"
#include "kbedit/CategoryEditModel.h"
#include "kbedit/KbEditor.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace hotline::ui {

CategoriesPage::CategoriesPage(kbedit::KbEditor& editor, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_model(new kbedit::CategoryEditModel(editor.workspace(), editor, this))
    , m_tree(new QTreeView(this))
    , m_error(new QLabel(this))
    , m_problems(new ProblemList(this)) {
    m_tree->setObjectName(QStringLiteral("categoryTree"));
    m_tree->setModel(m_model);
    m_tree->setAccessibleName(tr("Categories"));
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->header()->setSectionResizeMode(kbedit::CategoryEditModel::TitleColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(kbedit::CategoryEditModel::IdColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(kbedit::CategoryEditModel::CountColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->expandAll();
    connect(m_model, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
    connect(m_model, &kbedit::CategoryEditModel::refused, this, [this](const QString& m) {
        report(Error{Error::Code::InvalidInput, m});
    });

    auto* buttons = new QVBoxLayout;
    auto button = [this, buttons](const QString& text, const QKeySequence& key, auto slot) {
        auto* b = new QPushButton(text, this);
        buttons->addWidget(b);
        connect(b, &QPushButton::clicked, this, slot);
        if (!key.isEmpty()) {
            auto* a = new QAction(this);
            a->setShortcut(key);
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            connect(a, &QAction::triggered, this, slot);
            addAction(a);
            b->setToolTip(key.toString(QKeySequence::NativeText));
        }
        return b;
    };
    button(tr("New &top category…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Insert), &CategoriesPage::addTop);
    button(tr("New &subcategory…"), QKeySequence(Qt::Key_Insert), &CategoriesPage::addSub);
    button(tr("Re&name (F2)"), {}, &CategoriesPage::rename);
    button(tr("Move &up (Alt+Up)"), QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveBy(-1); });
    button(tr("Move do&wn (Alt+Down)"), QKeySequence(Qt::ALT | Qt::Key_Down), [this] { moveBy(1); });
    button(tr("Move &under…"), QKeySequence(Qt::CTRL | Qt::Key_M), &CategoriesPage::moveTo);
    button(tr("&Remove (Del)"), QKeySequence(Qt::Key_Delete), &CategoriesPage::remove);
    buttons->addStretch();

    auto* left = new QVBoxLayout;
    auto* label = new QLabel(tr("Category &tree as the operators see it (drag to move, F2 renames):"), this);
    label->setBuddy(m_tree);
    left->addWidget(label);
    left->addWidget(m_tree, 1);
    m_error->setObjectName(QStringLiteral("categoryError"));
    m_error->setStyleSheet(QStringLiteral("color:#b02020;"));
    m_error->setWordWrap(true);
    left->addWidget(m_error);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addLayout(buttons);
    layout->addWidget(m_problems, 2);
}

void CategoriesPage::setProblems(const QList<kbedit::Problem>& problems) {
    m_problems->setProblems(kbedit::KbChecker::about(problems, kbedit::Problem::Scope::Categories));
}

QString CategoriesPage::currentId() const {
    return m_model->idOf(m_tree->currentIndex());
}

void CategoriesPage::select(const QString& id) {
    const QModelIndex i = m_model->indexOf(id);
    if (i.isValid()) {
        m_tree->setCurrentIndex(i);
        m_tree->scrollTo(i);
    }
}

void CategoriesPage::report(const Status& st, const QString& selectId) {
    if (!st) {
        m_error->setText(st.error().message);
        emit message(st.error().message);
        return;
    }
    m_error->clear();
    if (!selectId.isEmpty())
        select(selectId);
}

bool CategoriesPage::askIdAndTitle(const QString& caption, QString* id, QString* title) {
    QDialog dialog(this);
    dialog.setWindowTitle(caption);
    auto* form = new QFormLayout(&dialog);
    auto* titleEdit = new QLineEdit(*title, &dialog);
    auto* idEdit = new QLineEdit(*id, &dialog);
    idEdit->setToolTip(tr("Lower-case Latin letters, digits and dashes; articles refer to it"));
    form->addRow(tr("&Name:"), titleEdit);
    form->addRow(tr("&Id:"), idEdit);
    bool idEdited = !id->isEmpty();
    connect(titleEdit, &QLineEdit::textEdited, &dialog, [idEdit, &idEdited](const QString& t) {
        if (!idEdited)
            idEdit->setText(kbedit::CategoryTree::suggestId(t));
    });
    connect(idEdit, &QLineEdit::textEdited, &dialog, [&idEdited] { idEdited = true; });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    dialog.setMinimumWidth(460);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *id = idEdit->text().trimmed();
    *title = titleEdit->text().trimmed();
    return true;
}

void CategoriesPage::addTop() {
    QString id, title;
    // A refused input opens the dialog again with what was typed.
    while (askIdAndTitle(tr("New top category"), &id, &title)) {
        const Status st = m_editor.addCategory({}, id, title);
        report(st, id);
        if (st)
            return;
    }
}

void CategoriesPage::addSub() {
    const QString current = currentId();
    const kbedit::CategoryTree& tree = m_editor.workspace().categories();
    const QString parent = tree.isTop(current) ? current : tree.parentOf(current);
    if (parent.isEmpty())
        return report(Error{Error::Code::InvalidInput, tr("Choose the top category the subcategory goes under.")});
    QString id, title;
    while (askIdAndTitle(tr("New subcategory of «%1»").arg(tree.find(parent)->title), &id, &title)) {
        const Status st = m_editor.addCategory(parent, id, title);
        report(st, id);
        if (st)
            return;
    }
}

void CategoriesPage::rename() {
    const QModelIndex i = m_tree->currentIndex().siblingAtColumn(kbedit::CategoryEditModel::TitleColumn);
    if (i.isValid())
        m_tree->edit(i);
}

void CategoriesPage::moveBy(int delta) {
    const QString id = currentId();
    if (id.isEmpty())
        return;
    report(m_editor.moveCategoryBy(id, delta), id);
}

void CategoriesPage::moveTo() {
    const QString id = currentId();
    const kbedit::CategoryTree& tree = m_editor.workspace().categories();
    if (id.isEmpty() || tree.isTop(id))
        return report(Error{Error::Code::InvalidInput, tr("Choose a subcategory to move under another top category.")});
    QStringList titles;
    for (const kbedit::CategoryTree::Node& top : tree.tops())
        titles << top.title;
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Move under"), tr("&Top category:"), titles,
                                                 int(titles.indexOf(tree.find(tree.parentOf(id))->title)), false, &ok);
    if (!ok)
        return;
    const QString parent = tree.tops().at(int(titles.indexOf(chosen))).id;
    report(m_editor.moveCategory(id, parent, -1), id);
}

void CategoriesPage::remove() {
    const QString id = currentId();
    if (!id.isEmpty())
        report(m_editor.removeCategory(id));
}

} // namespace hotline::ui
