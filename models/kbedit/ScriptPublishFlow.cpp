#include "ScriptPublishFlow.h"

#include "kbsync/ScriptPages.h"
#include "scripts/ScriptFormat.h"

#include <QPointer>

namespace hotline::kbedit {

using kbsync::PublishOutcome;
using kbsync::ScriptPage;
using kbsync::WikiPage;

namespace {

std::optional<scripts::Script> parse(const QString& file, const QString& id) {
    return scripts::ScriptFormat::parse(file.toUtf8(), QStringLiteral("scripts/%1.json").arg(id)).script;
}

} // namespace

ScriptPublishFlow::ScriptPublishFlow(ScriptWorkspace& workspace, kbsync::WikiPublisher& wiki)
    : m_ws(workspace)
    , m_wiki(wiki)
    , m_apply([this](const QString& id, const scripts::Script& doc, const QString&) { m_ws.setScript(id, doc); }) {}

QString ScriptPublishFlow::fileOf(const QString& pageText, const QString& id) {
    const auto json = ScriptPage::jsonOf(pageText, id);
    return json ? QString::fromUtf8(json.value()) : pageText; // a page broken by hand: compared as it is
}

FlowOutcome ScriptPublishFlow::outcome(const PublishOutcome& out, const QString& mineFile, const QString& id) {
    FlowOutcome r;
    r.error = out.error;
    r.version = out.version;
    if (out.conflict() && out.current)
        r.conflict = Conflict{*out.current, mineFile, LineDiff::compute(mineFile, fileOf(out.current->text, id))};
    return r;
}

void ScriptPublishFlow::publish(const QString& id, const QString& comment, QObject* context,
                                std::function<void(FlowOutcome)> done) {
    const ScriptEntry* e = m_ws.script(id);
    if (!e)
        return done({Error{Error::Code::NotFound, tr("There is no script \"%1\".").arg(id)}, {}, 0});
    if (comment.trimmed().isEmpty())
        return done(
            {Error{Error::Code::InvalidInput, tr("Describe the change in a comment before publishing.")}, {}, 0});
    const QString file = e->text();
    if (auto valid = ScriptPage::jsonOf(ScriptPage::pageText({}, file.toUtf8()), id); !valid)
        return done({valid.error(), {}, 0});
    const QString title = ScriptPage::title(id);
    const QString text = ScriptPage::pageText(e->doc.title, file.toUtf8());
    const QString baseText = e->baseText;
    const QString baseCanonical = e->baseCanonical;
    const QPointer<QObject> ctx(context);
    auto put = [this, id, title, text, file, comment, ctx, done](int base) {
        m_wiki.publishPage(title, text, comment, base, ctx, [this, id, file, done](PublishOutcome out) {
            if (out.ok())
                m_ws.markPublished(id, file, out.version);
            else if (out.conflict() && out.current)
                m_ws.setServerVersion(id, out.current->version);
            done(outcome(out, file, id));
        });
    };
    if (e->baseVersion >= 1)
        return put(e->baseVersion);
    // Not known which version the edit started from: the server's file decides.
    m_wiki.page(title, 0, context, [id, file, baseText, baseCanonical, put, done](Result<WikiPage> page) {
        if (!page) {
            if (page.error().code == Error::Code::NotFound)
                return put(0);
            return done({page.error(), {}, 0});
        }
        const QString server = fileOf(page.value().text, id);
        const auto doc = parse(server, id);
        const bool same =
            !baseText.isEmpty() &&
            (server == baseText || (doc && QString::fromUtf8(scripts::ScriptFormat::toJson(*doc)) == baseCanonical));
        if (same)
            return put(page.value().version);
        FlowOutcome out;
        out.error = Error{Error::Code::Conflict, tr("Another editor changed the script. Nothing was overwritten: "
                                                    "compare the texts and publish again.")};
        out.conflict = Conflict{page.value(), file, LineDiff::compute(file, server)};
        done(out);
    });
}

void ScriptPublishFlow::refreshVersions(QObject* context, std::function<void(Status)> done) {
    m_wiki.index(context, [this, done](Result<QList<kbsync::WikiPageInfo>> index) {
        if (!index)
            return done(index.error());
        for (const kbsync::WikiPageInfo& p : index.value()) {
            if (ScriptPage::isScriptTitle(p.title))
                m_ws.setServerVersion(ScriptPage::scriptIdOf(p.title), p.version);
        }
        done(Ok{});
    });
}

void ScriptPublishFlow::refresh(const QString& id, QObject* context, std::function<void(RefreshOutcome)> done) {
    m_wiki.page(ScriptPage::title(id), 0, context, [this, id, done](Result<WikiPage> page) {
        RefreshOutcome out;
        const ScriptEntry* e = m_ws.script(id);
        if (!e)
            return done(out);
        if (!page) {
            if (page.error().code != Error::Code::NotFound)
                out.error = page.error();
            else if (e->baseVersion == kUnknownVersion)
                m_ws.learnBaseVersion(id, 0);
            return done(out);
        }
        out.page = page.value();
        const QString server = fileOf(page.value().text, id);
        const auto doc = parse(server, id);
        const bool same = server == e->baseText ||
                          (doc && QString::fromUtf8(scripts::ScriptFormat::toJson(*doc)) == e->baseCanonical);
        m_ws.setServerVersion(id, page.value().version);
        if (same) {
            m_ws.learnBaseVersion(id, page.value().version);
        } else if (!e->modified() && doc && !e->isNew()) {
            m_ws.rebase(id, server, page.value().version);
            m_apply(id, *doc, tr("the text of version %1 from the server").arg(page.value().version));
            out.tookServerText = true;
        } else {
            out.serverChangedUnderDraft = true;
        }
        done(out);
    });
}

void ScriptPublishFlow::history(const QString& id, QObject* context,
                                std::function<void(Result<QList<kbsync::WikiPage>>)> done) {
    // The versions with their script files as text: the history view compares files, not pages.
    m_wiki.history(ScriptPage::title(id), context, [id, done](Result<QList<WikiPage>> pages) {
        if (!pages)
            return done(pages.error());
        QList<WikiPage> out = pages.value();
        for (WikiPage& p : out)
            p.text = fileOf(p.text, id);
        done(out);
    });
}

void ScriptPublishFlow::restore(const QString& id, int oldVersion, int currentVersion, const QString& comment,
                                QObject* context, std::function<void(FlowOutcome)> done) {
    const ScriptEntry* e = m_ws.script(id);
    if (!e)
        return done({Error{Error::Code::NotFound, tr("There is no script \"%1\".").arg(id)}, {}, 0});
    if (e->modified())
        return done({Error{Error::Code::InvalidInput,
                           tr("The script has changes that are not published. Publish them or go back to the "
                              "published text first, then restore the old version.")},
                     {},
                     0});
    if (comment.trimmed().isEmpty())
        return done(
            {Error{Error::Code::InvalidInput, tr("Describe the change in a comment before publishing.")}, {}, 0});
    const QString title = ScriptPage::title(id);
    const QPointer<QObject> ctx(context);
    m_wiki.page(
        title, oldVersion, context,
        [this, id, title, oldVersion, currentVersion, comment, ctx, done](Result<WikiPage> old) {
            if (!old)
                return done({old.error(), {}, 0});
            const QString file = fileOf(old.value().text, id);
            const auto doc = parse(file, id);
            if (!doc)
                return done(
                    {Error{Error::Code::Parse, tr("Version %1 is not a valid script.").arg(oldVersion)}, {}, 0});
            m_wiki.publishPage(title, old.value().text, tr("Restored version %1: %2").arg(oldVersion).arg(comment),
                               currentVersion, ctx, [this, id, file, doc, oldVersion, done](PublishOutcome out) {
                                   if (!out.ok())
                                       return done(outcome(out, {}, id));
                                   m_ws.rebase(id, file, out.version);
                                   m_apply(id, *doc, tr("restored version %1").arg(oldVersion));
                                   done({std::nullopt, {}, out.version});
                               });
        });
}

} // namespace hotline::kbedit
