#include "NetLog.h"

namespace hotline::net {

Q_LOGGING_CATEGORY(lcNet, "hotline.net", QtInfoMsg)

} // namespace hotline::net
