#include "AppealKind.h"

#include <QCoreApplication>

namespace hotline::domain {

QString appealKindId(AppealKind kind) {
    switch (kind) {
    case AppealKind::Simple:
        return QStringLiteral("simple");
    case AppealKind::Complex:
        return QStringLiteral("complex");
    case AppealKind::Task:
        return QStringLiteral("task");
    case AppealKind::Complaint:
        break;
    }
    return QStringLiteral("complaint");
}

std::optional<AppealKind> appealKindFromId(const QString& id) {
    for (AppealKind k : allAppealKinds) {
        if (appealKindId(k) == id)
            return k;
    }
    return std::nullopt;
}

QString appealKindTitle(AppealKind kind) {
    switch (kind) {
    case AppealKind::Simple:
        return QCoreApplication::translate("AppealKind", "Simple consultation");
    case AppealKind::Complex:
        return QCoreApplication::translate("AppealKind", "Complex consultation");
    case AppealKind::Task:
        return QCoreApplication::translate("AppealKind", "Task");
    case AppealKind::Complaint:
        break;
    }
    return QCoreApplication::translate("AppealKind", "Problem or complaint");
}

QString algorithmId(Algorithm algorithm) {
    switch (algorithm) {
    case Algorithm::Single:
        return QStringLiteral("single");
    case Algorithm::Multi:
        return QStringLiteral("multi");
    case Algorithm::Omsu:
        break;
    }
    return QStringLiteral("omsu");
}

std::optional<Algorithm> algorithmFromId(const QString& id) {
    for (Algorithm a : {Algorithm::Single, Algorithm::Multi, Algorithm::Omsu}) {
        if (algorithmId(a) == id)
            return a;
    }
    return std::nullopt;
}

QString algorithmTitle(Algorithm algorithm) {
    switch (algorithm) {
    case Algorithm::Single:
        return QCoreApplication::translate("AppealKind", "One agency");
    case Algorithm::Multi:
        return QCoreApplication::translate("AppealKind", "Several agencies");
    case Algorithm::Omsu:
        break;
    }
    return QCoreApplication::translate("AppealKind", "With the municipality (OMSU)");
}

} // namespace hotline::domain
