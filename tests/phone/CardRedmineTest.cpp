// The caller's card, «Дополнить обращение» and the duplicate hint against the harness's real Redmine.
#include "AwaitCallback.h"
#include "FaultProxy.h"
#include "PhoneFixture.h"
#include "appeal/AppealForm.h"
#include "call/DuplicateHint.h"
#include "call/NoteDialog.h"
#include "domain/Validators.h"
#include "phone/AppealStatus.h"
#include "phone/CallerAppealsModel.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTreeView>

using namespace hotline;
using namespace hotline::test;
using State = outbox::OutboxEntry::State;

namespace {

QDateTime now() {
    return QDateTime::currentDateTimeUtc();
}

QJsonArray journalOf(int issueId) {
    it::Client admin(QStringLiteral("ADMIN"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("include"), QStringLiteral("journals"));
    const auto r = admin.get(QStringLiteral("/issues/%1.json").arg(issueId), q);
    REQUIRE(r.ok());
    return r.json.object().value(QLatin1String("issue"))[QLatin1String("journals")].toArray();
}

int notesWith(const QJsonArray& journals, const QString& text) {
    int n = 0;
    for (const QJsonValue& j : journals)
        n += j[QLatin1String("notes")].toString().contains(text);
    return n;
}

// A call without an appeal filed as `user`: its «Звонок» issue number.
// A valid 10-digit ИНН of an organisation (check digit by the weights of the ФНС rule).
QString randomInn() {
    static const int weights[] = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    QString inn = QString::number(QRandomGenerator::global()->bounded(100000000, 999999999));
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += weights[i] * inn.at(i).digitValue();
    return inn + QString::number(sum % 11 % 10);
}

int fileCallAs(const QString& user) {
    QTemporaryDir dir;
    it::Client net(user);
    test::FakeClock clock;
    clock.t = QDateTime::currentDateTimeUtc().addDays(1);
    const auto reference = domain::ReferenceData::load(kbDir() + QStringLiteral("/reference")).value();
    auto store = outbox::OutboxStore::open(dir.filePath(QStringLiteral("outbox.sqlite")), clock).value();
    outbox::OutboxSender sender(*store, net.client, reference, clock);
    call::CallRecord r;
    r.id = QUuid::createUuid();
    r.start = now().addSecs(-60);
    r.end = now();
    r.durationSeconds = 60;
    r.operatorLogin = user.toLower();
    r.outcome = call::CallRecord::Outcome::Discarded;
    r.result = call::CallResult::Consulted;
    const qint64 id = store->enqueueCall(r).value();
    QSignalSpy done(&sender, &outbox::OutboxSender::passFinished);
    sender.deliverDue();
    REQUIRE(done.wait(60000));
    REQUIRE(store->entry(id)->state == outbox::OutboxEntry::State::Sent);
    return store->entry(id)->redmineIssueId;
}

void putNote(const QString& user, int issueId, const QString& text) {
    it::Client c(user);
    const auto r = net::RedmineClient::wait([&](QObject* ctx, auto cb) {
        c.client.put(QStringLiteral("/issues/%1.json").arg(issueId),
                     QJsonObject{{QStringLiteral("issue"), QJsonObject{{QStringLiteral("notes"), text}}}}, ctx, cb);
    });
    INFO(r.serverErrors.join(QStringLiteral("; ")).toStdString());
    REQUIRE(r.ok());
}

} // namespace

TEST_CASE("«Дополнить обращение»: the note reaches the appeal once, also when the connection drops after Redmine "
          "accepted it",
          "[integration][phone]") {
    domain::Appeal a = test::makeAppeal(domain::AppealKind::Task);
    a.phone = randomMobile();
    const int issue = fileAs(QStringLiteral("OPERATOR2"), a); // a colleague's appeal

    const auto e = it::env();
    FaultProxy proxy(e.value(QStringLiteral("REDMINE_DIR")) + QStringLiteral("/tls"),
                     quint16(e.value(QStringLiteral("REDMINE_PORT")).toUInt()));
    REQUIRE(proxy.start());
    int puts = 0;
    proxy.decide = [&puts](const FaultProxy::Request& r) {
        if (r.method != "PUT")
            return FaultProxy::Action::Pass;
        return ++puts == 1 ? FaultProxy::Action::DropAfterForward : FaultProxy::Action::Pass;
    };
    it::SenderRig rig(proxy.url());
    outbox::AppealNote note;
    note.id = QUuid::createUuid();
    note.issueId = issue;
    note.text = QStringLiteral("Заявитель сообщил новый номер кадастрового участка: 50:21:0000000:%1")
                    .arg(QRandomGenerator::global()->bounded(100000));
    note.operatorLogin = QStringLiteral("operator1");
    note.createdAt = now();
    const qint64 id = rig.store->enqueueNote(note).value();
    rig.pass();
    CHECK(rig.entry(id).state == State::Pending);
    CHECK(rig.entry(id).maybeDelivered);
    CHECK(notesWith(journalOf(issue), note.id.toString(QUuid::WithoutBraces)) == 1); // Redmine has it already
    rig.drain();
    REQUIRE(rig.entry(id).state == State::Sent);
    const QJsonArray journal = journalOf(issue);
    CHECK(notesWith(journal, note.id.toString(QUuid::WithoutBraces)) == 1);
    CHECK(notesWith(journal, note.text) == 1);
    CHECK(proxy.postsSeen == 0); // a note is never a new issue
    CHECK(puts == 1);            // the retry read the journal and did not put it again
}

TEST_CASE("An appeal by its number: status in plain Russian, executor, roadmap step, deadline, last public answer, and "
          "what Redmine refuses is said",
          "[integration][phone]") {
    const QString number = randomMobile();
    domain::Appeal complaint = test::makeAppeal(domain::AppealKind::Complaint);
    complaint.phone = number;
    const int issue = fileAs(QStringLiteral("OPERATOR2"), complaint);
    domain::Appeal other = test::makeAppeal(domain::AppealKind::Complex);
    other.phone = number;
    other.closedOnCall = false;
    const int otherIssue = fileAs(QStringLiteral("OPERATOR2"), other);
    putNote(QStringLiteral("EXECUTOR1"), issue, QStringLiteral("Проверка назначена на 10 декабря."));

    PhoneWindow w(now(), nullptr);
    // The number read out by the caller: Ctrl+G, digits, Enter.
    w.key(Qt::Key_G, Qt::ControlModifier);
    ui::CallerCard* card = w.phoneUi->card();
    REQUIRE(QApplication::focusWidget() == card->numberField());
    typeText(QString::number(issue));
    QSignalSpy loaded(card, &ui::CallerCard::loaded);
    press(Qt::Key_Return);
    REQUIRE(waitUntil([&] { return card->detailsText().contains(QStringLiteral("Шаг дорожной карты")); }));
    const QString details = card->detailsText();
    INFO(details.toStdString());
    CHECK(details.contains(QStringLiteral("Обращение №%1").arg(issue)));
    CHECK(details.contains(QStringLiteral("Зарегистрировано, ждёт модератора"))); // «Новая» in plain words
    CHECK(details.contains(QStringLiteral("Министерство инвестиций, промышленности и науки")));
    CHECK(details.contains(QStringLiteral("Модерация жалобы"))); // the first open step
    CHECK(details.contains(QStringLiteral("0 из 3")));
    CHECK(details.contains(QStringLiteral("ПРОСРОЧЕНО"))); // the roadmap of March 2026 is long past
    CHECK(details.contains(QStringLiteral("Проверка назначена на 10 декабря.")));
    // The caller's other appeals beside it, from the phone the appeal carries.
    REQUIRE(waitUntil([&] {
        const auto& list = card->appealsModel()->appeals();
        return std::any_of(list.cbegin(), list.cend(), [&](const auto& a) { return a.issueId == otherIssue; });
    }));

    // An addition through the card: then it is not taken for the executor's answer.
    const int row = [&] {
        for (int i = 0; i < card->appealsModel()->rowCount(); ++i) {
            if (card->appealsModel()->appeals().at(i).issueId == issue)
                return i;
        }
        return -1;
    }();
    REQUIRE(row >= 0);
    card->appealsView()->setFocus();
    card->appealsView()->setCurrentIndex(card->appealsView()->model()->index(row, 0));
    press(Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    auto* dialog = w.window().findChild<ui::NoteDialog*>();
    REQUIRE(dialog);
    REQUIRE(waitUntil([&] { return QApplication::focusWidget() == dialog->editor(); }));
    typeText(QStringLiteral("Звонил ещё раз, просит ускорить."));
    press(Qt::Key_Return, Qt::ControlModifier);
    const auto notes = w.ui.outbox->entries();
    REQUIRE(notes.size() == 1);
    CHECK(notes.first().kind == outbox::OutboxEntry::Kind::Note);
    CHECK(notes.first().note.issueId == issue);
    CHECK(notes.first().note.text == QStringLiteral("Звонил ещё раз, просит ускорить."));
    putNote(QStringLiteral("OPERATOR1"), issue, outbox::noteBody(notes.first().note));
    phone::CallerHistory history(nullptr, &w.redmine.client, *w.ui.policy, w.ui.clock);
    std::optional<Result<phone::AppealStatus>> status;
    QEventLoop loop;
    phone::fetchAppealStatus(history, issue, &loop, [&](auto s) {
        status = s;
        loop.quit();
    });
    loop.exec();
    REQUIRE(status->ok());
    CHECK(status->value().lastAnswer == QStringLiteral("Проверка назначена на 10 декабря."));

    // A colleague's call record is not an appeal the operator may read: the card says Redmine refuses.
    const int colleaguesCall = fileCallAs(QStringLiteral("OPERATOR2"));
    card->showAppeal(colleaguesCall);
    REQUIRE(waitUntil([&] { return card->detailsText().contains(QStringLiteral("Redmine не показывает")); }));
    CHECK(card->detailsText().contains(QString::number(colleaguesCall)));
}

TEST_CASE("The form shows the duplicate hint for an open appeal with the same INN before it is filed",
          "[integration][phone]") {
    const QString inn = randomInn(); // an ИНН nobody else uses
    REQUIRE(domain::validateInn(inn).valid);
    domain::Appeal open = test::makeAppeal(domain::AppealKind::Complex);
    open.inn = inn;
    open.closedOnCall = false;
    const int issue = fileAs(QStringLiteral("OPERATOR2"), open);

    PhoneWindow w(now(), nullptr);
    // Between calls the card is out of the way (the article keeps the height).
    CHECK_FALSE(w.phoneUi->cardDock()->isVisible());
    w.key(Qt::Key_F8);
    ui::AppealForm* form = w.window().appealForm();
    form->fieldWidget(ui::AppealFormData::Field::Inn)->setFocus();
    typeText(inn);
    ui::DuplicateHint* hint = w.phoneUi->duplicateHint();
    QSignalSpy checked(hint, &ui::DuplicateHint::checked);
    REQUIRE(checked.wait(20000));
    REQUIRE(hint->isVisible());
    INFO(hint->text().toStdString());
    CHECK(hint->text().contains(QStringLiteral("№%1").arg(issue)));
    CHECK(hint->text().contains(QStringLiteral("Дополнить")));
    REQUIRE(hint->hints().size() == 1);
    CHECK(hint->hints().first().issueId == issue);
    // The card follows the ИНН typed in the form.
    REQUIRE(waitUntil([&] { return w.phoneUi->card()->key().inn == inn; }));
    CHECK(w.phoneUi->cardDock()->isVisible());
    // The link adds to that appeal instead of a new one.
    emit hint->linkActivated(QStringLiteral("note:%1").arg(issue));
    auto* dialog = w.window().findChild<ui::NoteDialog*>();
    REQUIRE(dialog);
    CHECK(dialog->windowTitle().contains(QString::number(issue)));
    dialog->reject();
}

TEST_CASE("The caller's card lists every appeal of a caller whose appeals went to many agencies",
          "[integration][phone]") {
    // Each appeal to all the agencies is 36 issues; the card asks Redmine for 50 by the phone. Subtasks must not
    // take the places of the caller's other appeals.
    const QString phone = randomMobile();
    const auto reference = domain::ReferenceData::load(kbDir() + QStringLiteral("/reference")).value();
    QSet<int> filed;
    for (int i = 0; i < 2; ++i) {
        domain::Appeal a = test::makeAppeal(domain::AppealKind::Task, domain::Algorithm::Multi);
        a.phone = phone;
        a.inn = randomInn();
        a.agencyIds.clear();
        for (const domain::Agency& agency : reference.agencies()) {
            if (agency.status != domain::AgencyStatus::Abolished) // the form offers no abolished agency
                a.agencyIds << agency.id;
        }
        REQUIRE(a.agencyIds.size() >= 25); // two such appeals are more than 50 issues
        filed.insert(fileAs(QStringLiteral("OPERATOR2"), a));
    }
    PhoneWindow w(now(), nullptr);
    QObject context;
    const auto found = awaitCallback<Result<QList<phone::AppealSummary>>>([&](auto done) {
        w.history->fetch(phone::CallerKey{phone, QString()}, &context, done);
    });
    REQUIRE(found.has_value());
    REQUIRE(found->ok());
    QSet<int> listed;
    for (const phone::AppealSummary& s : found->value())
        listed.insert(s.issueId);
    CHECK(listed == filed);
}
