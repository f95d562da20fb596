#pragma once

#include "phone/AppealStatus.h"
#include "phone/CallerHistory.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QAbstractProxyModel;
class QTextBrowser;
class QTreeView;

namespace hotline::phone {
class CallerAppealsModel;
}

namespace hotline::ui {

// The caller's card: their earlier appeals (this workstation's at once, then Redmine's by phone and ИНН) with
// number, date, kind, status and deadline, open ones first and the overdue marked; an appeal's status as the
// operator reads it out (by its number: Ctrl+G); «Дополнить обращение» and «Новое обращение». Offline it says
// that it shows this workstation's data only.
class CallerCard : public QWidget {
    Q_OBJECT
public:
    explicit CallerCard(phone::CallerHistory& history, QWidget* parent = nullptr);

    // Shows what is known about this caller now and asks Redmine for the rest.
    void showCaller(const phone::CallerKey& key);
    // Reads appeal `issueId` from Redmine and shows it (with the caller's other appeals).
    void showAppeal(int issueId);
    void focusNumberField();
    phone::CallerKey key() const { return m_key; }

    // What the card shows (tests, accessibility).
    QString titleText() const;
    QString scopeText() const;
    QString detailsText() const;
    phone::CallerAppealsModel* appealsModel() const { return m_model; }
    QTreeView* appealsView() const { return m_view; }
    QLineEdit* numberField() const { return m_number; }
    // The appeal selected in the list (or shown by number): what «Дополнить» adds to.
    const phone::AppealSummary* currentAppeal() const;

signals:
    void newAppealRequested(const hotline::phone::CallerKey& key);
    void noteRequested(int issueId, const QString& subject);
    // Redmine answered (or failed): the card is complete.
    void loaded();

private:
    void buildLayout();
    void setLocal();
    void openCurrent();
    void showStatus(const phone::AppealStatus& status);
    void showSummary(const phone::AppealSummary& appeal);
    void requestNote();
    void updateButtons();

    phone::CallerHistory& m_history;
    phone::CallerKey m_key;
    QList<phone::AppealSummary> m_local;
    std::optional<phone::AppealSummary> m_shown; // the appeal in the details pane
    int m_generation = 0;
    QLabel* m_title;
    QLabel* m_scope;
    QLabel* m_calls;
    QTreeView* m_view;
    phone::CallerAppealsModel* m_model;
    QAbstractProxyModel* m_colours;
    QLineEdit* m_number;
    QTextBrowser* m_details;
    QPushButton* m_open;
    QPushButton* m_note;
    QPushButton* m_new;
};

} // namespace hotline::ui
