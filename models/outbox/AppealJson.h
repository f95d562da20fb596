#pragma once

#include "domain/Appeal.h"

#include <QJsonObject>
#include <optional>

namespace hotline::outbox {

// The outbox keeps appeals as JSON so that a later version can still read what an older one stored.
QJsonObject toJson(const domain::Appeal& appeal);
std::optional<domain::Appeal> appealFromJson(const QJsonObject& json);

} // namespace hotline::outbox
