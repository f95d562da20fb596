#pragma once

#include "domain/Result.h"

class QAbstractItemModel;
class QIODevice;

namespace hotline::calllog {

// A table model (e.g. the filtered call log) as CSV for Excel: UTF-8 with a BOM (so Excel reads Cyrillic),
// ';' between fields (the list separator of a Russian Windows), CRLF line ends, quotes where needed.
Status writeCsv(const QAbstractItemModel& model, QIODevice& out);
Status writeCsvFile(const QAbstractItemModel& model, const QString& path);

} // namespace hotline::calllog
