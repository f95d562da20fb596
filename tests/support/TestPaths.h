#pragma once

#include <QString>

namespace hotline::test {

inline QString kbDir() {
    return QStringLiteral(HOTLINE_KB_SOURCE_DIR);
}
inline QString dataDir() {
    return QStringLiteral(HOTLINE_TEST_DATA_DIR);
}

} // namespace hotline::test
