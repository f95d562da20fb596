#pragma once

#include <QLoggingCategory>

namespace hotline::phone {
Q_DECLARE_LOGGING_CATEGORY(lcPhone)
}
