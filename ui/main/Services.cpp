#include "Services.h"

#include <QMessageBox>

namespace hotline::ui {

bool confirmWithUser(const Services& services, QWidget* parent, const QString& question) {
    if (services.confirm)
        return services.confirm(parent, question);
    return QMessageBox::question(parent, QMessageBox::tr("Confirm"), question, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) == QMessageBox::Yes;
}

} // namespace hotline::ui
