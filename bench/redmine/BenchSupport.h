#pragma once

// Shared pieces of the server benchmarks: the harness's env.sh, the seed users' keys, percentiles.

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <vector>

namespace hotline::bench {

// The variables redmine-harness.sh exports in DIR/env.sh.
inline QHash<QString, QString> harnessEnv(const QString& dir) {
    QHash<QString, QString> out;
    QFile f(dir + QStringLiteral("/env.sh"));
    if (!f.open(QIODevice::ReadOnly))
        return out;
    static const QRegularExpression re(QStringLiteral("^export ([A-Z0-9_]+)='?([^']*)'?$"));
    for (const QByteArray& line : f.readAll().split('\n')) {
        const auto m = re.match(QString::fromUtf8(line));
        if (m.hasMatch())
            out.insert(m.captured(1), m.captured(2));
    }
    return out;
}

struct SeedUser {
    int id = 0;
    QString login;
    QByteArray key;
    QString role; // operator, supervisor, executor
};

// The users seed_appeals.py wrote with --users-out.
inline QList<SeedUser> seedUsers(const QString& path, const QString& role = {}) {
    QList<SeedUser> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QJsonValue& v : QJsonDocument::fromJson(f.readAll()).array()) {
        const QJsonObject o = v.toObject();
        SeedUser u{o.value(QLatin1String("id")).toInt(), o.value(QLatin1String("login")).toString(),
                   o.value(QLatin1String("key")).toString().toLatin1(), o.value(QLatin1String("role")).toString()};
        if (role.isEmpty() || u.role == role)
            out.append(u);
    }
    return out;
}

// The p-th percentile (0..1) by the nearest-rank method; 0 for no samples.
inline double percentile(std::vector<double> v, double p) {
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto rank = static_cast<std::size_t>(std::max(1.0, std::ceil(p * double(v.size()))));
    return v[std::min(v.size(), rank) - 1];
}

} // namespace hotline::bench
