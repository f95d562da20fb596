#include "NewArticleDialog.h"

#include "kbedit/KbEditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace hotline::ui {

NewArticleDialog::NewArticleDialog(kbedit::KbEditor& editor, const QString& category, const QString& today,
                                   QWidget* parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_today(today)
    , m_title(new QLineEdit(this))
    , m_id(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_error(new QLabel(this)) {
    setWindowTitle(tr("New article"));
    auto* form = new QFormLayout(this);
    m_title->setObjectName(QStringLiteral("newTitle"));
    m_id->setObjectName(QStringLiteral("newId"));
    m_id->setToolTip(tr("Lower-case Latin letters, digits and dashes; it becomes the name of the wiki page"));
    const kbedit::CategoryTree& tree = editor.workspace().categories();
    for (const kbedit::CategoryTree::Node& top : tree.tops()) {
        for (const kbedit::CategoryTree::Node& c : top.children)
            m_category->addItem(QStringLiteral("%1 — %2").arg(top.title, c.title), c.id);
    }
    m_category->setCurrentIndex(std::max(0, m_category->findData(category)));
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Id:"), m_id);
    form->addRow(tr("&Category:"), m_category);
    m_error->setStyleSheet(QStringLiteral("color:#b02020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    form->addRow(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewArticleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewArticleDialog::reject);
    form->addRow(buttons);
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString& t) {
        if (!m_idEdited)
            m_id->setText(kbedit::CategoryTree::suggestId(t));
    });
    connect(m_id, &QLineEdit::textEdited, this, [this] { m_idEdited = true; });
    setMinimumWidth(520);
}

void NewArticleDialog::accept() {
    const QString id = m_id->text().trimmed();
    if (auto st = m_editor.createArticle(id, m_title->text(), m_category->currentData().toString(), m_today); !st) {
        m_error->setText(st.error().message);
        m_error->show();
        (m_title->text().trimmed().isEmpty() ? m_title : m_id)->setFocus();
        return;
    }
    m_created = id;
    QDialog::accept();
}

} // namespace hotline::ui
