#include "PublishController.h"

#include "ArticleEditor.h"
#include "ConflictDialog.h"
#include "HistoryView.h"
#include "PublishDialog.h"
#include "kbedit/KbEditor.h"

namespace hotline::ui {

using kbedit::ArticleField;
using kbsync::KbDataPage;

PublishController::PublishController(kbedit::KbEditor& editor, kbsync::WikiPublisher* wiki, QWidget* window,
                                     Confirm confirm, Check check)
    : QObject(window)
    , m_editor(editor)
    , m_flow(wiki ? std::make_unique<kbedit::PublishFlow>(editor.workspace(), *wiki) : nullptr)
    , m_window(window)
    , m_confirm(std::move(confirm))
    , m_check(std::move(check)) {
    if (m_flow)
        m_flow->setApplyDocument([this](const QString& id, const kbedit::ArticleDocument& doc, const QString&) {
            m_editor.resetDocument(id, doc);
        });
}

PublishController::~PublishController() = default;

void PublishController::setToday(const QString& isoDate, const QString& shown) {
    m_todayIso = isoDate;
    m_todayShown = shown;
}

void PublishController::setBusy(bool busy) {
    m_busy = busy;
    emit busyChanged(busy);
}

QString PublishController::describeError(const Error& e) {
    // The client's own messages speak of appeals in the outbox; here it is about the editor's drafts.
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

void PublishController::publishArticle(const QString& id) {
    const kbedit::ArticleEntry* e = m_editor.workspace().article(id);
    if (!e || m_busy)
        return;
    const QList<kbedit::Problem> problems = kbedit::KbChecker::about(m_check(), kbedit::Problem::Scope::Article, id);
    if (kbedit::KbChecker::hasErrors(problems))
        return emit message(tr("«%1» is not published: the check found problems (listed next to the editor). Fix "
                               "them and publish again.")
                                .arg(e->doc.title),
                            true);
    if (!e->modified())
        return emit message(tr("Nothing to publish: «%1» is as on the server.").arg(e->doc.title), false);
    if (!m_flow)
        return emit message(tr("No server is configured: the changes are kept as a draft on this computer."), true);
    const QString today = e->doc.updated != m_todayIso ? m_todayShown : QString();
    PublishDialog dialog(e->doc.title, kbedit::LineDiff::compute(e->baseCanonical, e->doc.toText()), today, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.setUpdatedToday())
        m_editor.setField(id, ArticleField::Updated, m_todayIso);
    sendArticle(id, dialog.comment());
}

void PublishController::sendArticle(const QString& id, const QString& comment) {
    setBusy(true);
    emit message(tr("Publishing…"), false);
    m_flow->publishArticle(id, comment, this, [this, id, comment](kbedit::FlowOutcome out) {
        setBusy(false);
        const kbedit::ArticleEntry* now = m_editor.workspace().article(id);
        handleOutcome(
            now ? now->doc.title : id, out, id, [this, id, comment] { sendArticle(id, comment); },
            [this, id](const kbsync::WikiPage& server) {
                m_editor.workspace().rebase(id, server.text, server.version);
                return true;
            },
            [this, id](const QString& text) {
                if (auto doc = kbedit::ArticleDocument::fromText(text))
                    m_editor.replaceDocument(id, doc.value(), tr("the other editor's text"));
            });
    });
}

void PublishController::publishData(KbDataPage::Kind kind) {
    if (m_busy)
        return;
    kbedit::KbWorkspace& ws = m_editor.workspace();
    const bool cats = kind == KbDataPage::Kind::Categories;
    const QString what = cats ? tr("Categories") : tr("Synonyms");
    const auto scope = cats ? kbedit::Problem::Scope::Categories : kbedit::Problem::Scope::Synonyms;
    if (kbedit::KbChecker::hasErrors(kbedit::KbChecker::about(m_check(), scope)))
        return emit message(tr("«%1» is not published: the check found problems (listed on the page). Fix them and "
                               "publish again.")
                                .arg(what),
                            true);
    if (!(cats ? ws.categoriesModified() : ws.synonymsModified()))
        return emit message(tr("Nothing to publish: «%1» is as on the server.").arg(what), false);
    if (!m_flow)
        return emit message(tr("No server is configured: the changes are kept as a draft on this computer."), true);
    const kbedit::DataEntry& base = cats ? ws.categoriesBase() : ws.synonymsBase();
    const QByteArray now = cats ? ws.categories().toJson() : ws.synonyms().toJson();
    PublishDialog dialog(what, kbedit::LineDiff::compute(QString::fromUtf8(base.baseCanonical), QString::fromUtf8(now)),
                         {}, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    sendData(kind, dialog.comment());
}

void PublishController::sendData(KbDataPage::Kind kind, const QString& comment) {
    const bool cats = kind == KbDataPage::Kind::Categories;
    const QString what = cats ? tr("Categories") : tr("Synonyms");
    setBusy(true);
    emit message(tr("Publishing…"), false);
    m_flow->publishData(kind, comment, this, [this, kind, cats, what, comment](kbedit::FlowOutcome out) {
        setBusy(false);
        handleOutcome(
            what, out, KbDataPage::fileName(kind), [this, kind, comment] { sendData(kind, comment); },
            [this, kind, cats](const kbsync::WikiPage& server) {
                // A page someone broke by hand in Redmine cannot be the base of anything.
                const auto json = KbDataPage::jsonOf(kind, server.text);
                if (!json) {
                    emit message(json.error().message, true);
                    return false;
                }
                if (cats)
                    m_editor.workspace().rebaseCategories(json.value(), server.version);
                else
                    m_editor.workspace().rebaseSynonyms(json.value(), server.version);
                return true;
            },
            [this, kind, cats](const QString& text) {
                auto json = KbDataPage::jsonOf(kind, text);
                if (!json)
                    return;
                if (cats) {
                    if (auto tree = kbedit::CategoryTree::fromJson(json.value()))
                        m_editor.replaceCategories(tree.value(), tr("the other editor's categories"));
                } else if (auto set = kbedit::SynonymSet::fromJson(json.value())) {
                    m_editor.replaceSynonyms(set.value(), tr("the other editor's synonyms"));
                }
            });
    });
}

void PublishController::handleOutcome(const QString& what, const kbedit::FlowOutcome& out, const QString& page,
                                      const std::function<void()>& retry,
                                      const std::function<bool(const kbsync::WikiPage&)>& rebase,
                                      const std::function<void(const QString&)>& takeServer) {
    if (out.ok()) {
        emit message(tr("«%1» is published as version %2. The workstations take it in with their next sync.")
                         .arg(what)
                         .arg(out.version),
                     false);
        emit published({page});
        return;
    }
    if (!out.conflict) {
        emit message(tr("«%1» is not published. %2").arg(what, describeError(*out.error)), true);
        return;
    }
    emit message(tr("«%1» is not published: another editor changed it. Nothing was overwritten.").arg(what), true);
    ConflictDialog dialog(what, *out.conflict, m_window);
    const int choice = dialog.exec();
    const kbsync::WikiPage& server = out.conflict->server;
    if (choice == ConflictDialog::KeepMine) {
        const QString who = server.author.isEmpty() ? tr("another editor") : server.author;
        if (!m_confirm(tr("Publish your text over version %1 by %2? Their change is replaced by your text; it stays "
                          "in the history and can be restored.")
                           .arg(server.version)
                           .arg(who)))
            return;
        if (rebase(server))
            retry();
    } else if (choice == ConflictDialog::TakeServer) {
        takeServer(server.text);
        if (!rebase(server))
            return;
        emit message(tr("The other editor's text is in the editor now; Ctrl+Z brings your text back."), false);
    }
}

void PublishController::openedArticle(const QString& id, ArticleEditor* editor) {
    if (!m_flow || id.isEmpty())
        return;
    m_flow->refreshArticle(id, editor, [this, editor, id](kbedit::RefreshOutcome out) {
        if (out.error)
            return emit message(describeError(*out.error), true);
        if (editor->articleId() != id)
            return;
        if (out.tookServerText && out.page)
            emit message(tr("The newer text of version %1 was taken from the server.").arg(out.page->version), false);
        if (out.serverChangedUnderDraft && out.page)
            editor->setServerNote(tr("The server has a newer version %1 by %2: publishing will show what differs.")
                                      .arg(out.page->version)
                                      .arg(out.page->author));
    });
}

void PublishController::loadHistory(const QString& id, HistoryView* view) {
    view->setArticle(id);
    if (!m_flow)
        return view->setHistory(Error{Error::Code::Unavailable, tr("no server is configured")});
    view->setLoading();
    m_flow->history(id, view, [view, id](Result<QList<kbsync::WikiPage>> history) { view->setHistory(history); });
}

void PublishController::restore(const QString& id, int version, int currentVersion, HistoryView* view) {
    const kbedit::ArticleEntry* e = m_editor.workspace().article(id);
    if (!e || !m_flow || m_busy)
        return;
    if (e->modified())
        return emit message(tr("«%1» has changes that are not published: publish them or go back to the published "
                               "text first (File menu), then restore.")
                                .arg(e->doc.title),
                            true);
    QString oldText;
    for (const kbsync::WikiPage& p : view->versions()) {
        if (p.version == version)
            oldText = p.text;
    }
    if (!m_confirm(tr("Restore version %1 of «%2»? It is published again as the newest version for every "
                      "workstation; the current text stays in the history.")
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
                                                    .arg(out.conflict ? tr("Another editor changed the article "
                                                                           "meanwhile: reload the history.")
                                                                      : describeError(*out.error)),
                                                true);
                        emit message(tr("Version %1 is restored as version %2.").arg(version).arg(out.version), false);
                        emit published({id});
                        loadHistory(id, view);
                    });
}

void PublishController::refreshVersions() {
    if (!m_flow)
        return emit message(tr("No server is configured: editing works, the changes are kept as drafts."), false);
    m_flow->refreshVersions(this, [this](Status st) {
        if (!st)
            emit message(describeError(st.error()), true);
        else
            emit message(tr("Connected to the server: the list shows which articles are newer there."), false);
    });
}

} // namespace hotline::ui
