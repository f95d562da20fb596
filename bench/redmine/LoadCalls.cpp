#include "LoadCalls.h"

#include "appeal/AppealFormData.h"

#include <array>

namespace hotline::bench {

namespace {

const std::array kFirstNames{u"Александр", u"Алексей", u"Анна",  u"Виктор", u"Галина",
                             u"Дмитрий",   u"Елена",   u"Игорь", u"Ирина",  u"Марина",
                             u"Наталья",   u"Ольга",   u"Павел", u"Сергей", u"Татьяна"};
const std::array kLastNames{u"Иванов",  u"Смирнов", u"Кузнецов", u"Попов",  u"Васильев", u"Петров", u"Соколов",
                            u"Морозов", u"Волков",  u"Лебедев",  u"Козлов", u"Орлов",    u"Захаров"};
const std::array kOrgWords{u"Альфа", u"Вектор", u"Гранит", u"Заря",   u"Квант",       u"Меридиан", u"Прогресс",
                           u"Союз",  u"Техно",  u"Урожай", u"Эталон", u"Подмосковье", u"Агро",     u"Сервис"};
const std::array kQuestions{u"Просит разъяснить порядок и сроки.", u"Документы поданы, ответа нет.",
                            u"Уточнить у ведомства статус рассмотрения.", u"Ранее обращался, вопрос не решён.",
                            u"Нужна консультация по условиям получения."};
const std::array kSearches{u"субсидия", u"гпзу",         u"порубочный билет", u"вывеска",
                           u"такси",    u"аренда земли", u"льготный займ",    u"разрешение на строительство"};

// Check digit of weighted digits: Σ d·w mod 11 mod 10 (ИНН).
int check(const QString& s, std::initializer_list<int> weights) {
    int sum = 0, i = 0;
    for (int w : weights)
        sum += (s.at(i++).unicode() - '0') * w;
    return sum % 11 % 10;
}

// The remainder of a decimal string (ОГРН mod 11, ОГРНИП mod 13).
int remainder(const QString& s, int m) {
    int r = 0;
    for (QChar c : s)
        r = (r * 10 + (c.unicode() - '0')) % m;
    return r;
}

} // namespace

LoadCalls::LoadCalls(const kb::KnowledgeBase& kb, const domain::ReferenceData& reference,
                     const domain::DeadlinePolicy& policy, quint32 seed)
    : m_kb(kb)
    , m_reference(reference)
    , m_policy(policy)
    , m_rnd(seed) {
    for (const kb::Article& a : kb.articles())
        m_byKind[int(a.kind)].append(&a);
    for (int i = 0; i < 3000; ++i)
        m_callers.append(makeCaller());
}

QString LoadCalls::digits(int n) {
    QString s;
    for (int i = 0; i < n; ++i)
        s += QChar(u'0' + int(m_rnd.bounded(10)));
    return s;
}

QString LoadCalls::person() {
    const QString first = QString::fromUtf16(kFirstNames[m_rnd.bounded(int(kFirstNames.size()))]);
    QString last = QString::fromUtf16(kLastNames[m_rnd.bounded(int(kLastNames.size()))]);
    if (first.endsWith(u'а'))
        last += u'а';
    return last + u' ' + first;
}

LoadCalls::Caller LoadCalls::makeCaller() {
    Caller c;
    c.contact = person();
    if (m_rnd.bounded(4) == 0) { // a sole trader: 12-digit ИНН, ОГРНИП
        c.organisation = QStringLiteral("ИП ") + c.contact;
        c.inn = QStringLiteral("50") + digits(8);
        c.inn += QChar(u'0' + check(c.inn, {7, 2, 4, 10, 3, 5, 9, 4, 6, 8}));
        c.inn += QChar(u'0' + check(c.inn, {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8}));
        c.ogrn = QStringLiteral("3") + QString::number(10 + m_rnd.bounded(16)) + QStringLiteral("50") + digits(9);
        c.ogrn += QChar(u'0' + remainder(c.ogrn, 13) % 10);
    } else {
        c.organisation = QStringLiteral("ООО «%1 %2»")
                             .arg(QString::fromUtf16(kOrgWords[m_rnd.bounded(int(kOrgWords.size()))]),
                                  QString::fromUtf16(kOrgWords[m_rnd.bounded(int(kOrgWords.size()))]));
        c.inn = QStringLiteral("50") + digits(7);
        c.inn += QChar(u'0' + check(c.inn, {2, 4, 10, 3, 5, 9, 4, 6, 8}));
        c.ogrn = QStringLiteral("1") + QString::number(10 + m_rnd.bounded(16)) + QStringLiteral("50") + digits(7);
        c.ogrn += QChar(u'0' + remainder(c.ogrn, 11) % 10);
    }
    c.phone = QStringLiteral("+79") + digits(9);
    c.email = QStringLiteral("info%1@firma%2.example.ru").arg(m_rnd.bounded(1000)).arg(m_rnd.bounded(100000));
    return c;
}

int LoadCalls::expectedIssues(const domain::Appeal& a) {
    // As IssuePlanner: roadmap steps of a complaint; the agencies' (and the municipality's) subtasks unless a
    // simple consultation was answered on the call.
    int n = 1 + (a.kind == domain::AppealKind::Complaint ? int(a.roadmap.size()) : 0);
    const bool answeredOnCall = a.kind == domain::AppealKind::Simple && a.closedOnCall;
    if (a.algorithm != domain::Algorithm::Single && !answeredOnCall)
        n += int(a.agencyIds.size()) + (a.algorithm == domain::Algorithm::Omsu && !a.municipality.isEmpty() ? 1 : 0);
    return n;
}

LoadCall LoadCalls::next(const QDateTime& now, const QString& operatorLogin) {
    LoadCall out;
    call::CallRecord& r = out.record;
    r.id = QUuid::createUuid();
    r.durationSeconds = 40 + int(m_rnd.bounded(560));
    r.end = now;
    r.start = now.addSecs(-r.durationSeconds);
    r.operatorLogin = operatorLogin;
    for (int i = 0, n = 1 + int(m_rnd.bounded(3)); i < n; ++i)
        r.searches.append({QString::fromUtf16(kSearches[m_rnd.bounded(int(kSearches.size()))]), int(m_rnd.bounded(8))});

    // The line's mix: simple 42 %, complex 22 %, task 14 %, complaint 5 %, no appeal 17 %.
    const int roll = int(m_rnd.bounded(100));
    const domain::AppealKind kind = roll < 42   ? domain::AppealKind::Simple
                                    : roll < 64 ? domain::AppealKind::Complex
                                    : roll < 78 ? domain::AppealKind::Task
                                                : domain::AppealKind::Complaint;
    const QList<const kb::Article*>& pool = m_byKind.value(int(kind));
    const kb::Article* article = pool.isEmpty() ? &m_kb.articles().first() : pool.at(m_rnd.bounded(int(pool.size())));
    r.articleId = article->id;
    r.categoryId = article->category;
    r.articles = {article->id};
    if (roll >= 83 || pool.isEmpty()) {
        r.outcome = call::CallRecord::Outcome::Discarded;
        const int how = int(m_rnd.bounded(10));
        r.result = how < 7   ? call::CallResult::Consulted
                   : how < 9 ? call::CallResult::Redirected
                             : call::CallResult::Dropped;
        return out;
    }

    // The form, as AppealForm::prefillFromArticle fills it and the operator completes it.
    ui::AppealFormData d;
    d.kind = article->kind;
    d.days = article->days;
    d.categoryId = article->category;
    d.articleId = article->id;
    d.algorithm = article->algorithm;
    d.agencyIds = article->agencies;
    d.roadmap = article->roadmap;
    d.articleTitle = article->title;
    d.description =
        article->title + QLatin1Char('\n') + QString::fromUtf16(kQuestions[m_rnd.bounded(int(kQuestions.size()))]);
    // Repeat callers: a skewed pick from the pool (some call often).
    const double u = m_rnd.generateDouble();
    const Caller& c = m_callers.at(int(u * u * double(m_callers.size())));
    d.organisation = c.organisation;
    d.inn = c.inn;
    d.ogrn = c.ogrn;
    d.contactPerson = c.contact;
    d.phone = c.phone;
    d.email = c.email;
    const auto& municipalities = m_reference.municipalities();
    d.municipality = municipalities.at(m_rnd.bounded(int(municipalities.size()))).name;
    d.closedOnCall = d.kind == domain::AppealKind::Simple && m_rnd.bounded(100) < 85;
    const domain::Appeal a = d.toAppeal(m_policy, r.start, r.durationSeconds, now, operatorLogin);
    r.appealClientIds = {a.clientId.toString(QUuid::WithoutBraces)};
    r.result = call::CallResult::AppealFiled;
    out.expectedIssues = expectedIssues(a);
    out.appeal = a;
    return out;
}

} // namespace hotline::bench
