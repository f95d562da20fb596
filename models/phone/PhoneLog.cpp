#include "PhoneLog.h"

namespace hotline::phone {
Q_LOGGING_CATEGORY(lcPhone, "hotline.phone")
}
