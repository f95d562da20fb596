#include "PublishFlow.h"

#include <QPointer>
#include <memory>

namespace hotline::kbedit {

using kbsync::KbDataPage;
using kbsync::PublishOutcome;
using kbsync::WikiPage;

PublishFlow::PublishFlow(KbWorkspace& workspace, kbsync::WikiPublisher& wiki)
    : m_ws(workspace)
    , m_wiki(wiki)
    , m_apply([this](const QString& id, const ArticleDocument& doc, const QString&) { m_ws.setDocument(id, doc); }) {}

FlowOutcome PublishFlow::fromPublish(const PublishOutcome& out, const QString& mine) {
    FlowOutcome r;
    r.error = out.error;
    r.version = out.version;
    if (out.conflict() && out.current)
        r.conflict = Conflict{*out.current, mine, LineDiff::compute(mine, out.current->text)};
    return r;
}

void PublishFlow::resolveBase(const QString& title, const QString& baseText, int baseVersion, const QString& mine,
                              const std::function<bool(const QString&)>& sameAsBase, QObject* context, Put put,
                              std::function<void(FlowOutcome)> done) {
    if (baseVersion >= 1)
        return put(baseVersion);
    // Not known which version the edit started from: the server's text decides.
    m_wiki.page(title, 0, context, [baseText, mine, sameAsBase, put, done](Result<WikiPage> page) {
        if (!page) {
            if (page.error().code == Error::Code::NotFound)
                return put(0); // a new page
            return done({page.error(), {}, 0});
        }
        if (!baseText.isEmpty() && sameAsBase(page.value().text))
            return put(page.value().version);
        FlowOutcome out;
        out.error = Error{Error::Code::Conflict,
                          tr("Another editor changed the article. Nothing was overwritten: compare the texts and "
                             "publish again.")};
        out.conflict = Conflict{page.value(), mine, LineDiff::compute(mine, page.value().text)};
        done(out);
    });
}

void PublishFlow::publishArticle(const QString& id, const QString& comment, QObject* context,
                                 std::function<void(FlowOutcome)> done) {
    const ArticleEntry* e = m_ws.article(id);
    if (!e)
        return done({Error{Error::Code::NotFound, tr("There is no article \"%1\".").arg(id)}, {}, 0});
    if (comment.trimmed().isEmpty())
        return done(
            {Error{Error::Code::InvalidInput, tr("Describe the change in a comment before publishing.")}, {}, 0});
    const QString text = e->doc.toText();
    if (auto valid = kbsync::WikiPublisher::validateArticle(id, text); !valid)
        return done({valid.error(), {}, 0});
    const QString baseCanonical = e->baseCanonical;
    const QString baseText = e->baseText;
    auto same = [baseText, baseCanonical](const QString& server) {
        if (server == baseText)
            return true;
        auto doc = ArticleDocument::fromText(server);
        return doc && doc.value().toText() == baseCanonical;
    };
    const QPointer<QObject> ctx(context);
    Put put = [this, id, text, comment, ctx, done](int base) {
        m_wiki.publish(id, text, comment, base, ctx, [this, id, text, done](PublishOutcome out) {
            if (out.ok())
                m_ws.markPublished(id, text, out.version);
            else if (out.conflict() && out.current)
                m_ws.setServerVersion(id, out.current->version);
            done(fromPublish(out, text));
        });
    };
    resolveBase(id, baseText, e->baseVersion, text, same, context, put, std::move(done));
}

void PublishFlow::publishData(KbDataPage::Kind kind, const QString& comment, QObject* context,
                              std::function<void(FlowOutcome)> done) {
    const bool cats = kind == KbDataPage::Kind::Categories;
    if (comment.trimmed().isEmpty())
        return done(
            {Error{Error::Code::InvalidInput, tr("Describe the change in a comment before publishing.")}, {}, 0});
    const QByteArray json = cats ? m_ws.categories().toJson() : m_ws.synonyms().toJson();
    const Status valid = cats ? m_ws.categories().validate(m_ws.usedCategories()) : m_ws.synonyms().validate();
    if (!valid)
        return done({valid.error(), {}, 0});
    const DataEntry& base = cats ? m_ws.categoriesBase() : m_ws.synonymsBase();
    const QString text = KbDataPage::pageText(kind, json);
    const QByteArray baseCanonical = base.baseCanonical;
    auto same = [kind, baseCanonical, cats](const QString& server) {
        auto serverJson = KbDataPage::jsonOf(kind, server);
        if (!serverJson)
            return false;
        if (cats) {
            auto t = CategoryTree::fromJson(serverJson.value());
            return t && t.value().toJson() == baseCanonical;
        }
        auto s = SynonymSet::fromJson(serverJson.value());
        return s && s.value().toJson() == baseCanonical;
    };
    const QPointer<QObject> ctx(context);
    const QString title = KbDataPage::title(kind);
    Put put = [this, cats, title, text, json, comment, ctx, done](int baseVersion) {
        m_wiki.publishPage(title, text, comment, baseVersion, ctx, [this, cats, text, json, done](PublishOutcome out) {
            if (out.ok()) {
                if (cats)
                    m_ws.markCategoriesPublished(json, out.version);
                else
                    m_ws.markSynonymsPublished(json, out.version);
            }
            done(fromPublish(out, text));
        });
    };
    // "Not known" also when only the shipped file is here: the first publish creates the page.
    resolveBase(title, QString::fromUtf8(base.baseJson), base.baseVersion, text, same, context, put, std::move(done));
}

void PublishFlow::refreshVersions(QObject* context, std::function<void(Status)> done) {
    m_wiki.index(context, [this, done](Result<QList<kbsync::WikiPageInfo>> index) {
        if (!index)
            return done(index.error());
        for (const kbsync::WikiPageInfo& p : index.value())
            m_ws.setServerVersion(kbsync::WikiPublisher::articleIdOf(p.title), p.version);
        done(Ok{});
    });
}

void PublishFlow::refreshArticle(const QString& id, QObject* context, std::function<void(RefreshOutcome)> done) {
    m_wiki.page(id, 0, context, [this, id, done](Result<WikiPage> page) {
        RefreshOutcome out;
        const ArticleEntry* e = m_ws.article(id);
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
        const WikiPage& p = page.value();
        auto serverDoc = ArticleDocument::fromText(p.text);
        const bool sameAsBase = p.text == e->baseText || (serverDoc && serverDoc.value().toText() == e->baseCanonical);
        m_ws.setServerVersion(id, p.version);
        if (sameAsBase) {
            m_ws.learnBaseVersion(id, p.version);
        } else if (!e->modified() && serverDoc && !e->isNew()) {
            m_ws.rebase(id, p.text, p.version);
            m_apply(id, serverDoc.value(), tr("the text of version %1 from the server").arg(p.version));
            out.tookServerText = true;
        } else {
            out.serverChangedUnderDraft = true;
        }
        done(out);
    });
}

void PublishFlow::history(const QString& id, QObject* context,
                          std::function<void(Result<QList<kbsync::WikiPage>>)> done) {
    m_wiki.history(id, context, std::move(done));
}

void PublishFlow::restore(const QString& id, int oldVersion, int currentVersion, const QString& comment,
                          QObject* context, std::function<void(FlowOutcome)> done) {
    const ArticleEntry* e = m_ws.article(id);
    if (!e)
        return done({Error{Error::Code::NotFound, tr("There is no article \"%1\".").arg(id)}, {}, 0});
    if (e->modified())
        return done({Error{Error::Code::InvalidInput,
                           tr("The article has changes that are not published. Publish them or go back to the "
                              "published text first, then restore the old version.")},
                     {},
                     0});
    m_wiki.restore(id, oldVersion, currentVersion, comment, context,
                   [this, id, oldVersion, context, done](PublishOutcome out) {
                       if (!out.ok())
                           return done(fromPublish(out, {}));
                       // The restored text, read back as the server has it now.
                       const int version = out.version;
                       m_wiki.page(id, 0, context, [this, id, oldVersion, version, done](Result<WikiPage> page) {
                           if (!page)
                               return done({page.error(), {}, version});
                           auto doc = ArticleDocument::fromText(page.value().text);
                           m_ws.rebase(id, page.value().text, page.value().version);
                           if (doc)
                               m_apply(id, doc.value(), tr("restored version %1").arg(oldVersion));
                           done({std::nullopt, {}, page.value().version});
                       });
                   });
}

} // namespace hotline::kbedit
