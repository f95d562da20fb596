#pragma once

// Catch2 with readable Qt values in failure messages.
#include <QByteArray>
#include <QDate>
#include <QString>
#include <catch2/catch.hpp>

namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template <>
struct StringMaker<QDate> {
    static std::string convert(const QDate& d) { return d.toString(Qt::ISODate).toStdString(); }
};
template <>
struct StringMaker<QByteArray> {
    static std::string convert(const QByteArray& b) { return '"' + b.toStdString() + '"'; }
};
} // namespace Catch
