#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace hotline::itemmodels {
class OutboxModel;
}

namespace hotline::ui {

struct Services;

// «Исходящие»: every appeal stored on this workstation, with its delivery state and the reason of a failure;
// retry now, and delete after a confirmation.
class OutboxDialog : public QDialog {
    Q_OBJECT
public:
    OutboxDialog(const Services& services, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    itemmodels::OutboxModel* model() const { return m_model; }

public slots:
    void retrySelected();
    void deleteSelected();

private:
    void updateButtons();
    qint64 selectedId() const;

    const Services& m_services;
    itemmodels::OutboxModel* m_model;
    QTableView* m_table;
    QLabel* m_summary;
    QPushButton* m_retry;
    QPushButton* m_delete;
};

} // namespace hotline::ui
