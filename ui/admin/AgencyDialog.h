#pragma once

#include "domain/ReferenceData.h"

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace hotline::ui {

// Chooses the executing agencies of an article from reference/agencies.json: type to filter, Space to tick.
// An abolished agency is shown as such (the check asks for its successor).
class AgencyDialog : public QDialog {
    Q_OBJECT
public:
    AgencyDialog(const domain::ReferenceData& reference, const QStringList& selected, QWidget* parent = nullptr);

    // In the order they were ticked, the ones already chosen first.
    QStringList selected() const;
    QLineEdit* filterField() const { return m_filter; }
    QListWidget* list() const { return m_list; }

private:
    void applyFilter(const QString& text);

    QLineEdit* m_filter;
    QListWidget* m_list;
    QStringList m_order;
};

} // namespace hotline::ui
