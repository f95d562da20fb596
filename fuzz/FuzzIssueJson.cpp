// An issue as /issues/:id.json?include=journals,children returns it: the call-log record, the history with its
// journals, and the saved copy of a history.
#include "FuzzSupport.h"
#include "calllog/CallLogJson.h"
#include "calllog/IssueHistory.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace hotline;
    const QByteArray bytes = fuzzBytes(data, size);
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    const QJsonObject issue =
        root.contains(QLatin1String("issue")) ? root.value(QLatin1String("issue")).toObject() : root;
    (void)calllog::recordFromIssue(issue);
    (void)calllog::historyFromJson(issue, {{1, QStringLiteral("Новая")}, {5, QStringLiteral("Закрыта")}});
    (void)calllog::historyFromSaved(bytes);
    return 0;
}
