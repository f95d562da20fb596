// The item models behind the views: consistent for Qt's model tester, and showing what the operator expects.
#include "CatchQt.h"
#include "TestPaths.h"
#include "call/ManualClock.h"
#include "itemmodels/CategoryTreeModel.h"
#include "itemmodels/OutboxModel.h"
#include "itemmodels/SearchResultsModel.h"
#include "kb/KnowledgeBase.h"
#include "outbox/OutboxStore.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QUuid>

using namespace hotline;
using itemmodels::CategoryTreeModel;
using itemmodels::OutboxModel;
using itemmodels::SearchResultsModel;
using Mode = QAbstractItemModelTester::FailureReportingMode;

namespace {

const kb::KnowledgeBase& shippedKb() {
    static const kb::KnowledgeBase base = kb::KnowledgeBase::loadFromDir(test::kbDir()).kb;
    return base;
}

domain::Appeal appeal(const QString& subject) {
    domain::Appeal a;
    a.clientId = QUuid::createUuid();
    a.subject = subject;
    a.kind = domain::AppealKind::Complex;
    a.createdAt = QDateTime::currentDateTimeUtc();
    return a;
}

} // namespace

TEST_CASE("the category tree lists every article under its subcategory with counts", "[itemmodels]") {
    CategoryTreeModel model;
    QAbstractItemModelTester tester(&model, Mode::Fatal);
    model.setKnowledgeBase(shippedKb());

    int topLevel = 0;
    for (const kb::Category& c : shippedKb().categories())
        topLevel += c.parentId.isEmpty() ? 1 : 0;
    REQUIRE(topLevel >= 5); // Меры поддержки, Стройка, Лицензии, Земля, Защита бизнеса and the newer ones
    REQUIRE(model.rowCount() == topLevel);
    const QModelIndex support = model.index(0, CategoryTreeModel::TitleColumn);
    CHECK(support.data().toString() == QStringLiteral("Меры поддержки"));

    int total = 0;
    int scripts = 0;
    for (int top = 0; top < model.rowCount(); ++top) {
        const QModelIndex topIndex = model.index(top, 0);
        int sum = 0;
        for (int sub = 0; sub < model.rowCount(topIndex); ++sub) {
            const QModelIndex subIndex = model.index(sub, 0, topIndex);
            const int count = subIndex.data(CategoryTreeModel::ArticleCountRole).toInt();
            // The guided scripts of the subcategory are listed first, then its articles (the count).
            int articles = 0;
            for (int row = 0; row < model.rowCount(subIndex); ++row) {
                const int type = model.index(row, 0, subIndex).data(CategoryTreeModel::NodeTypeRole).toInt();
                articles += type == CategoryTreeModel::ArticleNode;
                scripts += type == CategoryTreeModel::ScriptNode;
                if (type == CategoryTreeModel::ScriptNode)
                    CHECK(articles == 0);
            }
            CHECK(articles == count);
            CHECK(model.index(sub, CategoryTreeModel::CountColumn, topIndex).data().toInt() == count);
            sum += count;
        }
        CHECK(topIndex.data(CategoryTreeModel::ArticleCountRole).toInt() == sum);
        total += sum;
    }
    CHECK(total == shippedKb().articles().size());
    CHECK(scripts == shippedKb().scripts().size());

    const QModelIndex article = model.indexOf(QStringLiteral("porubochnyy-bilet"));
    REQUIRE(article.isValid());
    CHECK(article.data(CategoryTreeModel::NodeTypeRole).toInt() == CategoryTreeModel::ArticleNode);
    CHECK(article.parent().data(CategoryTreeModel::IdRole).toString() == QStringLiteral("porubka"));
    CHECK(article.parent().parent().data(CategoryTreeModel::IdRole).toString() == QStringLiteral("razresheniya"));
}

TEST_CASE("search results keep the index's order and expose ids and snippets", "[itemmodels]") {
    SearchResultsModel model;
    QAbstractItemModelTester tester(&model, Mode::Fatal);
    model.setHits({{QStringLiteral("a"), QStringLiteral("Первая"), QStringLiteral("subsidii"), 9.5,
                    QStringLiteral("<b>суб</b>сидия")},
                   {QStringLiteral("b"), QStringLiteral("Вторая"), QStringLiteral("granty"), 3.0, QString()}});
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(0).data().toString() == QStringLiteral("Первая"));
    CHECK(model.index(0).data(SearchResultsModel::IdRole).toString() == QStringLiteral("a"));
    CHECK(model.index(0).data(SearchResultsModel::SnippetRole).toString().contains(QStringLiteral("<b>")));
    CHECK(model.index(1).data(SearchResultsModel::CategoryRole).toString() == QStringLiteral("granty"));
    model.setHits({});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("the outbox model follows the store and names the states in Russian", "[itemmodels]") {
    QTemporaryDir dir;
    ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC));
    auto store = outbox::OutboxStore::open(dir.filePath(QStringLiteral("outbox.sqlite")), clock);
    REQUIRE(store.ok());
    OutboxModel model(store.value().get());
    QAbstractItemModelTester tester(&model, Mode::Fatal);
    CHECK(model.rowCount() == 0);

    const qint64 first = store.value()->enqueue(appeal(QStringLiteral("Порубочный билет"))).value();
    REQUIRE(store.value()->enqueue(appeal(QStringLiteral("ГПЗУ"))).ok());
    REQUIRE(model.rowCount() == 2); // refreshed by OutboxStore::changed
    CHECK(model.columnCount() == OutboxModel::ColumnCount);
    CHECK(model.index(0, OutboxModel::SubjectColumn).data().toString() == QStringLiteral("ГПЗУ")); // newest first
    CHECK(model.index(1, OutboxModel::StateColumn).data().toString() == QStringLiteral("Не отправлено"));

    REQUIRE(store.value()->markFailed(first, QStringLiteral("Неверное значение поля ИНН")).ok());
    CHECK(model.index(1, OutboxModel::StateColumn).data().toString() == QStringLiteral("Ошибка"));
    CHECK(model.index(1, OutboxModel::ErrorColumn).data().toString() == QStringLiteral("Неверное значение поля ИНН"));
    CHECK(model.index(1, 0).data(OutboxModel::EntryIdRole).toLongLong() == first);

    REQUIRE(store.value()->remove(first).ok());
    CHECK(model.rowCount() == 1);
}
