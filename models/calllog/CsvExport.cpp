#include "CsvExport.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QSaveFile>

namespace hotline::calllog {

namespace {

QByteArray field(const QString& text) {
    QString s = text;
    // A leading = + - @ would make Excel run a formula.
    if (!s.isEmpty() && QStringLiteral("=+-@").contains(s.front()))
        s.prepend(QLatin1Char('\''));
    if (s.contains(QLatin1Char(';')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')) ||
        s.contains(QLatin1Char('\r'))) {
        s.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        s = QLatin1Char('"') + s + QLatin1Char('"');
    }
    return s.toUtf8();
}

} // namespace

Status writeCsv(const QAbstractItemModel& model, QIODevice& out) {
    QByteArray buffer("\xEF\xBB\xBF");
    const int columns = model.columnCount();
    auto line = [&](auto valueOf) {
        for (int c = 0; c < columns; ++c) {
            if (c > 0)
                buffer += ';';
            buffer += field(valueOf(c));
        }
        buffer += "\r\n";
    };
    line([&](int c) { return model.headerData(c, Qt::Horizontal).toString(); });
    for (int row = 0; row < model.rowCount(); ++row) {
        line([&](int c) { return model.index(row, c).data().toString(); });
        if (buffer.size() > (1 << 20)) {
            if (out.write(buffer) != buffer.size())
                break;
            buffer.clear();
        }
    }
    if (out.write(buffer) != buffer.size())
        return Error{
            Error::Code::Io,
            QCoreApplication::translate("CsvExport", "The CSV file could not be written: %1").arg(out.errorString())};
    return Ok{};
}

Status writeCsvFile(const QAbstractItemModel& model, const QString& path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Error::Code::Io,
                     QCoreApplication::translate("CsvExport", "Cannot create %1: %2").arg(path, file.errorString())};
    if (const Status s = writeCsv(model, file); !s)
        return s;
    if (!file.commit())
        return Error{
            Error::Code::Io,
            QCoreApplication::translate("CsvExport", "The CSV file could not be written: %1").arg(file.errorString())};
    return Ok{};
}

} // namespace hotline::calllog
