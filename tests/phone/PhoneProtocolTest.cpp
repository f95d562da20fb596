#include "CatchQt.h"
#include "phone/BaresipLink.h"
#include "phone/BaresipProtocol.h"
#include "phone/CallerNumber.h"
#include "phone/Netstring.h"

using namespace hotline;
using namespace hotline::phone;

TEST_CASE("Netstrings are cut out of a stream however it arrives", "[phone]") {
    NetstringReader reader;
    reader.append("5:hel");
    CHECK_FALSE(reader.next().has_value());
    reader.append("lo,3:abc,0:,12:");
    auto a = reader.next();
    REQUIRE(a.has_value());
    REQUIRE(a->ok());
    CHECK(a->value() == QByteArray("hello"));
    CHECK(reader.next()->value() == QByteArray("abc"));
    CHECK(reader.next()->value() == QByteArray());
    CHECK_FALSE(reader.next().has_value());
    CHECK(toNetstring("{\"a\":1}") == QByteArray("7:{\"a\":1},"));
}

TEST_CASE("A malformed netstring is an error, not a guess", "[phone]") {
    for (const QByteArray& bad : {QByteArray("x:abc,"), QByteArray("3:abcd"), QByteArray("-1:,"),
                                  QByteArray("99999999:"), QByteArray("12345678901")}) {
        INFO(bad.toStdString());
        NetstringReader reader;
        reader.append(bad);
        const auto frame = reader.next();
        REQUIRE(frame.has_value());
        CHECK_FALSE(frame->ok());
    }
}

TEST_CASE("baresip's ctrl_tcp messages become call events and command answers", "[phone]") {
    // As baresip 1.0.0 sent them on this machine.
    const auto incoming = parseBaresipMessage(
        R"({"event":true,"type":"CALL_INCOMING","class":"call","accountaor":"sip:operator@127.0.0.1",)"
        R"("direction":"incoming","peeruri":"sip:+79161234567@127.0.0.1:25070","peerdisplayname":"Иван",)"
        R"("id":"1-410@127.0.0.1","param":"sip:+79161234567@127.0.0.1:25070"})");
    REQUIRE(incoming);
    CHECK(incoming->kind == BaresipMessage::Kind::CallEvent);
    CHECK(incoming->call.type == SoftphoneEvent::Type::Incoming);
    CHECK(incoming->call.callId == QStringLiteral("1-410@127.0.0.1"));
    CHECK_FALSE(incoming->call.outgoing);
    CHECK(incoming->call.peerName == QStringLiteral("Иван"));

    const auto closed = parseBaresipMessage(
        R"({"event":true,"type":"CALL_CLOSED","class":"call","direction":"incoming","peeruri":"sip:x@h",)"
        R"("id":"c1","param":"Connection reset by peer"})");
    REQUIRE(closed);
    CHECK(closed->call.type == SoftphoneEvent::Type::Closed);
    CHECK(closed->call.reason == QStringLiteral("Connection reset by peer"));

    const auto outgoing = parseBaresipMessage(
        R"({"event":true,"type":"CALL_RINGING","class":"call","direction":"outgoing","peeruri":"sip:x@h","id":"c2"})");
    REQUIRE(outgoing);
    CHECK(outgoing->call.type == SoftphoneEvent::Type::Ringing);
    CHECK(outgoing->call.outgoing);

    const auto sdp =
        parseBaresipMessage(R"({"event":true,"type":"CALL_LOCAL_SDP","class":"other","id":"c1","param":"answer"})");
    REQUIRE(sdp);
    CHECK(sdp->kind == BaresipMessage::Kind::OtherEvent);

    const auto answer = parseBaresipMessage(R"({"response":true,"ok":false,"data":"call not found","token":"7"})");
    REQUIRE(answer);
    CHECK(answer->kind == BaresipMessage::Kind::Response);
    CHECK_FALSE(answer->ok);
    CHECK(answer->token == QStringLiteral("7"));

    CHECK_FALSE(parseBaresipMessage("not json"));
    CHECK_FALSE(parseBaresipMessage("[1,2]"));
    CHECK(baresipCommand(QStringLiteral("dial"), QStringLiteral("+79161234567"), QStringLiteral("3")) ==
          QByteArray(R"({"command":"dial","params":"+79161234567","token":"3"})"));
}

TEST_CASE("The caller's number comes from the SIP From and is normalised by the phone validator", "[phone]") {
    struct Case {
        QString uri, name, number;
        bool russian;
    };
    const QList<Case> cases{
        {QStringLiteral("sip:+79161234567@127.0.0.1:5060"), {}, QStringLiteral("+79161234567"), true},
        {QStringLiteral("sip:89161234567@pbx.example.ru;user=phone"), {}, QStringLiteral("+79161234567"), true},
        {QStringLiteral("<sip:84951234567@pbx>"), {}, QStringLiteral("+74951234567"), true},
        {QStringLiteral("tel:+7-916-123-45-67"), {}, QStringLiteral("+79161234567"), true},
        {QStringLiteral("sip:%2B79161234567@pbx"), {}, QStringLiteral("+79161234567"), true},
        // Some PBXs put the number in the display name and a trunk id in the URI.
        {QStringLiteral("sip:trunk1@pbx"), QStringLiteral("8 (916) 123-45-67"), QStringLiteral("+79161234567"), true},
        {QStringLiteral("sip:+493012345678@pbx"), {}, QStringLiteral("+493012345678"), false},
        {QStringLiteral("sip:1234@pbx"), {}, QStringLiteral("1234"), false},
        {QStringLiteral("sip:anonymous@anonymous.invalid"), QStringLiteral("Anonymous"), {}, false},
    };
    for (const Case& c : cases) {
        INFO(c.uri.toStdString() << " / " << c.name.toStdString());
        const CallerNumber n = callerNumberFrom(c.uri, c.name);
        CHECK(n.number == c.number);
        CHECK(n.russian == c.russian);
    }
    CHECK(displayPhone(QStringLiteral("+79161234567")) == QStringLiteral("+7 916 123-45-67"));
    CHECK(displayPhone(QStringLiteral("1234")) == QStringLiteral("1234"));
}

TEST_CASE("The softphone control address must be on this computer", "[phone]") {
    for (const QString& ok : {QStringLiteral("127.0.0.1:4444"), QStringLiteral("localhost:4444"),
                              QStringLiteral("[::1]:4444"), QStringLiteral("127.0.0.2:5000")}) {
        INFO(ok.toStdString());
        CHECK(BaresipLink::parseAddress(ok).ok());
    }
    for (const QString& refused : {QStringLiteral("0.0.0.0:4444"), QStringLiteral("192.168.1.10:4444"),
                                   QStringLiteral("pbx.example.ru:4444"), QStringLiteral("[::]:4444")}) {
        INFO(refused.toStdString());
        const auto r = BaresipLink::parseAddress(refused);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("127.0.0.1")));
        CHECK(r.error().message.contains(QStringLiteral("сети"))); // says why, in Russian
    }
    for (const QString& bad : {QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.1:0"),
                               QStringLiteral("127.0.0.1:70000"), QStringLiteral(":4444")}) {
        INFO(bad.toStdString());
        CHECK_FALSE(BaresipLink::parseAddress(bad).ok());
    }
    BaresipLink link;
    CHECK_FALSE(link.setAddress(QStringLiteral("10.0.0.1:4444")).ok());
    CHECK(link.state() == Softphone::State::NotConfigured);
    CHECK(link.problem().contains(QStringLiteral("10.0.0.1")));
}
