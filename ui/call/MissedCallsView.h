#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace hotline::phone {
class MissedCallsModel;
}

namespace hotline::ui {

// «Пропущенные» in the call panel: the callers nobody answered, newest first; Enter calls the selected one
// back through the softphone.
class MissedCallsView : public QWidget {
    Q_OBJECT
public:
    explicit MissedCallsView(phone::MissedCallsModel* model, QWidget* parent = nullptr);
    QTreeView* view() const { return m_view; }
    // The tab's title with the count.
    QString title() const;

signals:
    void callBackRequested(const QString& number);
    void titleChanged(const QString& title);

private:
    void callBackCurrent();
    void refresh();

    phone::MissedCallsModel* m_model;
    QTreeView* m_view;
    QLabel* m_hint;
    QPushButton* m_callBack;
};

} // namespace hotline::ui
