#include "PublishDialog.h"

#include "DiffHtml.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace hotline::ui {

PublishDialog::PublishDialog(const QString& what, const QList<kbedit::DiffLine>& changes, const QString& todayText,
                             QWidget* parent)
    : QDialog(parent)
    , m_comment(new QLineEdit(this))
    , m_error(new QLabel(this)) {
    setWindowTitle(tr("Publish to the knowledge base"));
    auto* layout = new QVBoxLayout(this);
    auto* head = new QLabel(tr("Publishing «%1» for every workstation of the line.").arg(what), this);
    head->setWordWrap(true);
    layout->addWidget(head);
    layout->addWidget(new QLabel(tr("Changes against the version on the server:"), this));
    auto* diff = new QTextBrowser(this);
    diff->setObjectName(QStringLiteral("publishDiff"));
    diff->setHtml(DiffHtml::render(changes, tr("taken out"), tr("added")));
    diff->setMinimumSize(640, 260);
    layout->addWidget(diff, 1);

    auto* label = new QLabel(tr("Edit &comment (required, other editors see it in the history):"), this);
    label->setBuddy(m_comment);
    m_comment->setObjectName(QStringLiteral("publishComment"));
    m_comment->setPlaceholderText(tr("What changed and why, e.g. «new deadline from the ministry's letter»"));
    layout->addWidget(label);
    layout->addWidget(m_comment);
    if (!todayText.isEmpty()) {
        m_today = new QCheckBox(tr("Set «&Updated» to today, %1").arg(todayText), this);
        m_today->setChecked(true);
        layout->addWidget(m_today);
    }
    m_error->setStyleSheet(QStringLiteral("color:#b02020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("&Publish"), QDialogButtonBox::AcceptRole)->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &PublishDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PublishDialog::reject);
    layout->addWidget(buttons);
    m_comment->setFocus();
}

QString PublishDialog::comment() const {
    return m_comment->text().trimmed();
}

bool PublishDialog::setUpdatedToday() const {
    return m_today && m_today->isChecked();
}

void PublishDialog::accept() {
    if (comment().isEmpty()) {
        m_error->setText(tr("Describe the change in a comment: without it the page is not published."));
        m_error->show();
        m_comment->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace hotline::ui
