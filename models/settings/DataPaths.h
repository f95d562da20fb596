#pragma once

#include "domain/Result.h"

#include <QString>

namespace hotline {

// Where the shipped knowledge base lies: $HOTLINE_KB_DIR, else the installed copy, else the source tree
// (for a developer running from the build directory).
QString shippedKbDir();

// The workstation's private data directory (index, outbox, call log, drafts): $HOTLINE_DATA_DIR or the
// user's application data folder, created and made owner-only (0700). An error when either fails: the data
// must not be written where others can read it.
Result<QString> workstationDataDir();

// Makes a file owner-only (0600; a folder 0700) and checks that it took.
Status restrictToOwner(const QString& path);

} // namespace hotline
