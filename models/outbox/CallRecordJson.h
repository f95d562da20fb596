#pragma once

#include "call/CallRecord.h"

#include <QJsonObject>
#include <optional>

namespace hotline::outbox {

// A finished call as the outbox stores it until its figures are filed to Redmine.
QJsonObject toJson(const call::CallRecord& call);
std::optional<call::CallRecord> callFromJson(const QJsonObject& json);

} // namespace hotline::outbox
