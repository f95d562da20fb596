#include "ConflictDialog.h"

#include "DiffHtml.h"
#include "domain/MoscowTime.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace hotline::ui {

ConflictDialog::ConflictDialog(const QString& what, const kbedit::Conflict& conflict, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Another editor changed the article"));
    setObjectName(QStringLiteral("conflictDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* head = new QLabel(this);
    head->setObjectName(QStringLiteral("conflictHead"));
    head->setWordWrap(true);
    const QString when = conflict.server.updatedOn.isValid()
                             ? QLocale().toString(domain::toMoscow(conflict.server.updatedOn), QLocale::ShortFormat)
                             : QString();
    QString who = conflict.server.author.isEmpty() ? tr("another editor") : conflict.server.author;
    head->setText(QStringLiteral("<b>%1</b><br>%2")
                      .arg(tr("«%1»: another editor changed the article").arg(what).toHtmlEscaped(),
                           tr("While you were editing, %1 saved version %2 (%3, comment: «%4»). Nothing was "
                              "overwritten and your text is still in the editor.")
                               .arg(who)
                               .arg(conflict.server.version)
                               .arg(when, conflict.server.comments)
                               .toHtmlEscaped()));
    layout->addWidget(head);
    auto* diff = new QTextBrowser(this);
    diff->setObjectName(QStringLiteral("conflictDiff"));
    diff->setHtml(DiffHtml::render(conflict.diff, tr("only in your text"),
                                   tr("only on the server (version %1)").arg(conflict.server.version)));
    diff->setMinimumSize(760, 360);
    layout->addWidget(diff, 1);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* mine = buttons->addButton(tr("Publish &my text over version %1…").arg(conflict.server.version),
                                           QDialogButtonBox::ActionRole);
    QPushButton* server =
        buttons->addButton(tr("&Take the server's text (yours stays one Ctrl+Z away)"), QDialogButtonBox::ActionRole);
    QPushButton* close = buttons->addButton(tr("&Close, decide later"), QDialogButtonBox::RejectRole);
    mine->setObjectName(QStringLiteral("keepMine"));
    server->setObjectName(QStringLiteral("takeServer"));
    close->setDefault(true);
    connect(mine, &QPushButton::clicked, this, [this] { done(KeepMine); });
    connect(server, &QPushButton::clicked, this, [this] { done(TakeServer); });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString ConflictDialog::diffText() const {
    return findChild<QTextBrowser*>(QStringLiteral("conflictDiff"))->toPlainText();
}

} // namespace hotline::ui
