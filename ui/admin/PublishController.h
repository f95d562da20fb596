#pragma once

#include "kbedit/KbChecker.h"
#include "kbedit/PublishFlow.h"

#include <QObject>
#include <functional>
#include <memory>

class QWidget;

namespace hotline::kbedit {
class KbEditor;
}

namespace hotline::ui {

class ArticleEditor;
class HistoryView;

// The admin window's conversations with the KB wiki: publishing an article or the categories or synonyms (the
// check first, then the comment, then the save based on the right version), a conflict shown with the
// difference, the history of an article and restoring a version, and what the server has when an article is
// opened. Without a server everything stays a draft and it says so.
class PublishController : public QObject {
    Q_OBJECT
public:
    using Confirm = std::function<bool(const QString& question)>;
    using Check = std::function<QList<kbedit::Problem>()>;

    PublishController(kbedit::KbEditor& editor, kbsync::WikiPublisher* wiki, QWidget* window, Confirm confirm,
                      Check check);
    ~PublishController() override;

    bool online() const { return m_flow != nullptr; }
    void setToday(const QString& isoDate, const QString& shown);

    void publishArticle(const QString& id);
    void publishData(kbsync::KbDataPage::Kind kind);
    void openedArticle(const QString& id, ArticleEditor* editor);
    void loadHistory(const QString& id, HistoryView* view);
    void restore(const QString& id, int version, int currentVersion, HistoryView* view);
    void refreshVersions();
    bool busy() const { return m_busy; }

signals:
    void published(const QStringList& pages); // article ids, "categories.json", "synonyms.json"
    void message(const QString& text, bool problem);
    void busyChanged(bool busy);

private:
    void setBusy(bool busy);
    void sendArticle(const QString& id, const QString& comment);
    void sendData(kbsync::KbDataPage::Kind kind, const QString& comment);
    // `rebase` false: the server's page cannot be used (nothing more is done).
    void handleOutcome(const QString& what, const kbedit::FlowOutcome& out, const QString& page,
                       const std::function<void()>& retry, const std::function<bool(const kbsync::WikiPage&)>& rebase,
                       const std::function<void(const QString&)>& takeServer);
    static QString describeError(const Error& e);

    kbedit::KbEditor& m_editor;
    std::unique_ptr<kbedit::PublishFlow> m_flow;
    QWidget* m_window;
    Confirm m_confirm;
    Check m_check;
    QString m_todayIso;
    QString m_todayShown;
    bool m_busy = false;
};

} // namespace hotline::ui
