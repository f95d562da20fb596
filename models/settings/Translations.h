#pragma once

#include <QString>

class QCoreApplication;

namespace hotline {

// Loads the project's and Qt's own translations for a language ("ru" by default, "en" for English).
// The operators read Russian, so Russian is the default whatever the machine's locale is;
// HOTLINE_LANG overrides it.
void installTranslations(QCoreApplication& app, const QString& language = {});

} // namespace hotline
