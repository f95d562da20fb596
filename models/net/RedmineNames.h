#pragma once

#include <QString>

// Names the workstation finds on the server (the contract with packaging/redmine/provision.rb): ids differ
// from server to server, names do not.
namespace hotline::net::names {

inline const QString project = QStringLiteral("hotline0150");

inline const QString trackerSimple = QStringLiteral("Простая консультация");
inline const QString trackerComplex = QStringLiteral("Сложная консультация");
inline const QString trackerTask = QStringLiteral("Задача");
inline const QString trackerComplaint = QStringLiteral("Проблема/жалоба");
inline const QString trackerStep = QStringLiteral("Шаг дорожной карты");
inline const QString trackerCall = QStringLiteral("Звонок"); // a call that ended with no appeal

inline const QString statusNew = QStringLiteral("Новая");
inline const QString statusClosed = QStringLiteral("Закрыта");

inline const QString cfChannel = QStringLiteral("Канал");
inline const QString cfCategory = QStringLiteral("Категория");
inline const QString cfInn = QStringLiteral("ИНН");
inline const QString cfOgrn = QStringLiteral("ОГРН/ОГРНИП");
inline const QString cfOrganisation = QStringLiteral("Организация");
inline const QString cfContact = QStringLiteral("Контактное лицо");
inline const QString cfPhone = QStringLiteral("Телефон");
inline const QString cfEmail = QStringLiteral("E-mail");
inline const QString cfMunicipality = QStringLiteral("Муниципалитет");
inline const QString cfAlgorithm = QStringLiteral("Алгоритм");
inline const QString cfAgencies = QStringLiteral("Ведомства");
inline const QString cfArticle = QStringLiteral("Статья БЗ");
inline const QString cfCallStart = QStringLiteral("Начало звонка");
inline const QString cfCallSeconds = QStringLiteral("Длительность звонка, с");
inline const QString cfExactDeadline = QStringLiteral("Крайний срок (точный)");
inline const QString cfClientUuid = QStringLiteral("UUID клиента");
// The call's figures: on a «Звонок» issue, or on the first appeal filed during the call.
inline const QString cfOperator = QStringLiteral("Оператор");
inline const QString cfSearches = QStringLiteral("Поисковые запросы");     // "query<TAB>hits" per line
inline const QString cfArticlesOpened = QStringLiteral("Открытые статьи"); // ids, ", " between
inline const QString cfCallResult = QStringLiteral("Результат звонка");
inline const QString cfCallUuid = QStringLiteral("UUID звонка"); // every issue filed during the call
inline const QString cfScripts = QStringLiteral("Сценарии"); // guided scripts run: "script<TAB>end<TAB>nodes" per line

inline const QString callResultConsulted = QStringLiteral("Консультация дана");
inline const QString callResultAppeal = QStringLiteral("Обращение зарегистрировано");
inline const QString callResultRedirected = QStringLiteral("Переадресован");
inline const QString callResultDropped = QStringLiteral("Сорвался");

inline const QString algorithmSingle = QStringLiteral("Одно ведомство");
inline const QString algorithmMulti = QStringLiteral("Несколько ведомств");
inline const QString algorithmOmsu = QStringLiteral("С участием ОМСУ");

inline const QString roleOperator = QStringLiteral("Оператор 0150");
inline const QString roleSupervisor = QStringLiteral("Супервизор");
inline const QString roleEditor = QStringLiteral("Редактор БЗ");

} // namespace hotline::net::names
