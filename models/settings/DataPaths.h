#pragma once

#include <QString>

namespace hotline {

// Where the shipped knowledge base lies: $HOTLINE_KB_DIR, else the installed copy, else the source tree
// (for a developer running from the build directory).
QString shippedKbDir();

// The workstation's private data directory (index, outbox, call log); created with mode 0700.
QString workstationDataDir();

} // namespace hotline
