#include "ScriptPublishController.h"

#include "ConflictDialog.h"
#include "HistoryView.h"
#include "PublishDialog.h"
#include "ScriptEditorPage.h"
#include "kbedit/ScriptEditor.h"
#include "kbsync/ScriptPages.h"
#include "scripts/ScriptFormat.h"

namespace hotline::ui {

namespace {

std::optional<scripts::Script> parse(const QString& file, const QString& id) {
    return scripts::ScriptFormat::parse(file.toUtf8(), QStringLiteral("scripts/%1.json").arg(id)).script;
}

} // namespace

ScriptPublishController::ScriptPublishController(kbedit::ScriptEditor& editor, kbsync::WikiPublisher* wiki,
                                                 QWidget* window, Confirm confirm, Check check)
    : QObject(window)
    , m_editor(editor)
    , m_flow(wiki ? std::make_unique<kbedit::ScriptPublishFlow>(editor.workspace(), *wiki) : nullptr)
    , m_window(window)
    , m_confirm(std::move(confirm))
    , m_check(std::move(check)) {
    if (m_flow)
        m_flow->setApplyScript(
            [this](const QString& id, const scripts::Script& doc, const QString&) { m_editor.resetScript(id, doc); });
}

ScriptPublishController::~ScriptPublishController() = default;

void ScriptPublishController::setBusy(bool busy) {
    m_busy = busy;
    emit busyChanged(busy);
}

QString ScriptPublishController::describeError(const Error& e) {
    switch (e.code) {
    case Error::Code::Forbidden:
    case Error::Code::Unauthorized:
        return tr("The server refused: this account may not edit the knowledge base (it needs the role «Редактор "
                  "БЗ»). The changes are kept as a draft.");
    case Error::Code::Network:
    case Error::Code::Timeout:
    case Error::Code::Unavailable:
        return tr("No connection to the server: the changes are kept as a draft on this computer; publish again when "
                  "the server can be reached.");
    default:
        return e.message;
    }
}

void ScriptPublishController::publish(const QString& id) {
    const kbedit::ScriptEntry* e = m_editor.workspace().script(id);
    if (!e || m_busy)
        return;
    if (kbedit::KbChecker::hasErrors(kbedit::KbChecker::about(m_check(), kbedit::Problem::Scope::Script, id)))
        return emit message(tr("The script «%1» is not published: the check found problems (listed under the "
                               "preview). Fix them and publish again.")
                                .arg(e->doc.title),
                            true);
    if (!e->modified())
        return emit message(tr("Nothing to publish: the script «%1» is as on the server.").arg(e->doc.title), false);
    if (!m_flow)
        return emit message(tr("No server is configured: the changes are kept as a draft on this computer."), true);
    PublishDialog dialog(e->doc.title, kbedit::LineDiff::compute(e->baseCanonical, e->text()), {}, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    send(id, dialog.comment());
}

void ScriptPublishController::send(const QString& id, const QString& comment) {
    setBusy(true);
    emit message(tr("Publishing…"), false);
    m_flow->publish(id, comment, this, [this, id, comment](kbedit::FlowOutcome out) {
        setBusy(false);
        const kbedit::ScriptEntry* e = m_editor.workspace().script(id);
        const QString what = e ? e->doc.title : id;
        if (out.ok()) {
            emit message(tr("The script «%1» is published as version %2. The workstations take it in with their next "
                            "sync.")
                             .arg(what)
                             .arg(out.version),
                         false);
            emit published({kbsync::ScriptPage::pageKey(id)});
            return;
        }
        if (!out.conflict)
            return emit message(tr("The script «%1» is not published. %2").arg(what, describeError(*out.error)), true);
        emit message(
            tr("The script «%1» is not published: another editor changed it. Nothing was overwritten.").arg(what),
            true);
        ConflictDialog dialog(what, *out.conflict, m_window);
        const int choice = dialog.exec();
        const kbsync::WikiPage& server = out.conflict->server;
        const QString serverFile = kbedit::ScriptPublishFlow::fileOf(server.text, id);
        if (choice == ConflictDialog::KeepMine) {
            const QString who = server.author.isEmpty() ? tr("another editor") : server.author;
            if (!m_confirm(tr("Publish your script over version %1 by %2? Their change is replaced by your text; it "
                              "stays in the history and can be restored.")
                               .arg(server.version)
                               .arg(who)))
                return;
            m_editor.workspace().rebase(id, serverFile, server.version);
            send(id, comment);
        } else if (choice == ConflictDialog::TakeServer) {
            const auto doc = parse(serverFile, id);
            if (!doc)
                return emit message(tr("The other editor's page is not a valid script: it cannot be taken."), true);
            m_editor.replaceScript(id, *doc, tr("the other editor's script"));
            m_editor.workspace().rebase(id, serverFile, server.version);
            emit message(tr("The other editor's script is in the editor now; Ctrl+Z brings yours back."), false);
        }
    });
}

void ScriptPublishController::opened(const QString& id, ScriptEditorPage* page) {
    if (!m_flow || id.isEmpty())
        return;
    m_flow->refresh(id, page, [this, page, id](kbedit::RefreshOutcome out) {
        if (out.error)
            return emit message(describeError(*out.error), true);
        if (page->scriptId() != id)
            return;
        if (out.tookServerText && out.page)
            emit message(tr("The newer script of version %1 was taken from the server.").arg(out.page->version), false);
        if (out.serverChangedUnderDraft && out.page)
            page->setServerNote(tr("The server has a newer version %1 by %2: publishing will show what differs.")
                                    .arg(out.page->version)
                                    .arg(out.page->author));
    });
}

void ScriptPublishController::loadHistory(const QString& id, HistoryView* view) {
    view->setArticle(id);
    if (!m_flow)
        return view->setHistory(Error{Error::Code::Unavailable, tr("no server is configured")});
    view->setLoading();
    m_flow->history(id, view, [view](Result<QList<kbsync::WikiPage>> history) { view->setHistory(history); });
}

void ScriptPublishController::restore(const QString& id, int version, int currentVersion, HistoryView* view) {
    const kbedit::ScriptEntry* e = m_editor.workspace().script(id);
    if (!e || !m_flow || m_busy || view->versions().isEmpty())
        return;
    if (e->modified())
        return emit message(tr("The script «%1» has changes that are not published: publish them or undo them "
                               "first, then restore.")
                                .arg(e->doc.title),
                            true);
    QString oldText;
    for (const kbsync::WikiPage& p : view->versions()) {
        if (p.version == version)
            oldText = p.text;
    }
    if (!m_confirm(tr("Restore version %1 of the script «%2»? It is published again as the newest version for every "
                      "workstation; the current one stays in the history.")
                       .arg(version)
                       .arg(e->doc.title)))
        return;
    PublishDialog dialog(e->doc.title, kbedit::LineDiff::compute(view->versions().first().text, oldText), {}, m_window);
    dialog.setWindowTitle(tr("Restore version %1").arg(version));
    if (dialog.exec() != QDialog::Accepted)
        return;
    setBusy(true);
    m_flow->restore(id, version, currentVersion, dialog.comment(), this,
                    [this, id, version, view](kbedit::FlowOutcome out) {
                        setBusy(false);
                        if (!out.ok())
                            return emit message(tr("Version %1 is not restored. %2")
                                                    .arg(version)
                                                    .arg(out.conflict ? tr("Another editor changed the script "
                                                                           "meanwhile: reload the history.")
                                                                      : describeError(*out.error)),
                                                true);
                        emit message(tr("Version %1 is restored as version %2.").arg(version).arg(out.version), false);
                        emit published({kbsync::ScriptPage::pageKey(id)});
                        loadHistory(id, view);
                    });
}

void ScriptPublishController::refreshVersions() {
    if (!m_flow)
        return;
    m_flow->refreshVersions(this, [this](Status st) {
        if (!st)
            emit message(describeError(st.error()), true);
    });
}

} // namespace hotline::ui
