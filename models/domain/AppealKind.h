#pragma once

#include <QString>
#include <array>
#include <optional>

namespace hotline::domain {

enum class AppealKind {
    Simple,    // простая консультация
    Complex,   // сложная консультация
    Task,      // задача по типовому алгоритму
    Complaint, // проблема/жалоба по дорожной карте
};

// Every kind, in the order the form and the supervisor's filter list them.
inline constexpr std::array<AppealKind, 4> allAppealKinds{AppealKind::Simple, AppealKind::Complex, AppealKind::Task,
                                                          AppealKind::Complaint};

QString appealKindId(AppealKind kind); // "simple", "complex", "task", "complaint"
std::optional<AppealKind> appealKindFromId(const QString& id);
QString appealKindTitle(AppealKind kind); // translated, for people

enum class Algorithm {
    Single, // одно ведомство
    Multi,  // несколько ведомств
    Omsu,   // с участием ОМСУ
};

QString algorithmId(Algorithm algorithm); // "single", "multi", "omsu"
std::optional<Algorithm> algorithmFromId(const QString& id);
QString algorithmTitle(Algorithm algorithm);

} // namespace hotline::domain
