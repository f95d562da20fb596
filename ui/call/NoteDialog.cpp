#include "NoteDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace hotline::ui {

NoteDialog::NoteDialog(int issueId, const QString& subject, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Add to appeal №%1").arg(issueId));
    setObjectName(QStringLiteral("noteDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* about = new QLabel(tr("<b>Appeal №%1</b>: %2").arg(issueId).arg(subject.toHtmlEscaped()), this);
    about->setWordWrap(true);
    layout->addWidget(about);
    auto* label = new QLabel(tr("&What the caller adds (it goes to the appeal's history in Redmine; the executor "
                                "sees it):"),
                             this);
    label->setWordWrap(true);
    m_text = new QPlainTextEdit(this);
    m_text->setTabChangesFocus(true);
    m_text->setAccessibleName(tr("Addition to the appeal"));
    label->setBuddy(m_text);
    layout->addWidget(label);
    layout->addWidget(m_text, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Add (Ctrl+Enter)"));
    m_ok->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this,
            [this] { m_ok->setEnabled(!m_text->toPlainText().trimmed().isEmpty()); });
    for (auto* key : {new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this),
                      new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this)}) {
        connect(key, &QShortcut::activated, this, [this] {
            if (m_ok->isEnabled())
                accept();
        });
    }
    resize(520, 300);
    m_text->setFocus();
}

QString NoteDialog::text() const {
    return m_text->toPlainText().trimmed();
}

} // namespace hotline::ui
