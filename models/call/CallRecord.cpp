#include "CallRecord.h"

namespace hotline::call {

QString callResultId(CallResult result) {
    switch (result) {
    case CallResult::AppealFiled:
        return QStringLiteral("appeal");
    case CallResult::Consulted:
        return QStringLiteral("consulted");
    case CallResult::Redirected:
        return QStringLiteral("redirected");
    case CallResult::Missed:
        return QStringLiteral("missed");
    case CallResult::Dropped:
        break;
    }
    return QStringLiteral("dropped");
}

std::optional<CallResult> callResultFromId(const QString& id) {
    for (CallResult r : {CallResult::AppealFiled, CallResult::Consulted, CallResult::Redirected, CallResult::Dropped,
                         CallResult::Missed}) {
        if (callResultId(r) == id)
            return r;
    }
    return std::nullopt;
}

QStringList CallRecord::emptySearches() const {
    QStringList out;
    for (const CallSearch& s : searches) {
        if (s.hits == 0)
            out << s.query;
    }
    return out;
}

} // namespace hotline::call
