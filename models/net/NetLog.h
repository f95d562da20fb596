#pragma once

#include <QLoggingCategory>

namespace hotline::net {

// "hotline.net": requests (method, path, status, time). Never a key, a password, a query string or a body:
// they carry callers' personal data.
Q_DECLARE_LOGGING_CATEGORY(lcNet)

} // namespace hotline::net
