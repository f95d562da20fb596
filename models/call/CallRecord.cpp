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
    case CallResult::Dropped:
        break;
    }
    return QStringLiteral("dropped");
}

std::optional<CallResult> callResultFromId(const QString& id) {
    for (CallResult r : {CallResult::AppealFiled, CallResult::Consulted, CallResult::Redirected, CallResult::Dropped}) {
        if (callResultId(r) == id)
            return r;
    }
    return std::nullopt;
}

QString scriptRunEndId(CallScriptRun::End end) {
    switch (end) {
    case CallScriptRun::End::Result:
        return QStringLiteral("result");
    case CallScriptRun::End::Jumped:
        return QStringLiteral("jumped");
    case CallScriptRun::End::Abandoned:
        break;
    }
    return QStringLiteral("abandoned");
}

std::optional<CallScriptRun::End> scriptRunEndFromId(const QString& id) {
    using E = CallScriptRun::End;
    for (E e : {E::Result, E::Jumped, E::Abandoned}) {
        if (scriptRunEndId(e) == id)
            return e;
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
