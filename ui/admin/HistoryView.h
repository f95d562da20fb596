#pragma once

#include "domain/Result.h"
#include "kbsync/WikiPublisher.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace hotline::kbedit {
class KbWorkspace;
}

namespace hotline::ui {

// The open article's versions on the server (version, author, date, comment, newest first) and the line
// difference between the chosen version and the current one (or the editor's own text); an old version can
// be restored.
class HistoryView : public QWidget {
    Q_OBJECT
public:
    explicit HistoryView(kbedit::KbWorkspace& workspace, QWidget* parent = nullptr);

    void setArticle(const QString& id);
    // The editor's own text of `id` for «my text in the editor» (default: the article's; the scripts tab gives
    // the script's file).
    void setCurrentText(std::function<QString(const QString& id)> current) { m_current = std::move(current); }
    void setLoading();
    void setHistory(const Result<QList<kbsync::WikiPage>>& history);

    QTableWidget* table() const { return m_table; }
    QTextBrowser* diffView() const { return m_diff; }
    QPushButton* restoreButton() const { return m_restore; }
    QComboBox* compareWith() const { return m_compare; }
    const QList<kbsync::WikiPage>& versions() const { return m_versions; }

signals:
    void refreshRequested();
    void restoreRequested(int version, int currentVersion);

private:
    void showDiff();

    kbedit::KbWorkspace& m_ws;
    std::function<QString(const QString& id)> m_current;
    QString m_id;
    QList<kbsync::WikiPage> m_versions;
    QLabel* m_status;
    QTableWidget* m_table;
    QComboBox* m_compare;
    QTextBrowser* m_diff;
    QPushButton* m_restore;
    QPushButton* m_refresh;
};

} // namespace hotline::ui
