#include "CliOutput.h"
#include "Commands.h"

#include <QCoreApplication>

namespace hotline::cli {

int runKb(const QStringList& args) {
    Q_UNUSED(args)
    return usageError(QCoreApplication::translate("KbCommand", "Usage: hotline-cli kb check|search|stats"));
}

} // namespace hotline::cli
