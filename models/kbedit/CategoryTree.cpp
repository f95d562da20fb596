#include "CategoryTree.h"

#include "JsonText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace hotline::kbedit {

namespace {

Error invalid(const QString& message) {
    return Error{Error::Code::InvalidInput, message};
}

QString nodeLine(const CategoryTree::Node& n) {
    QString line = QStringLiteral("{\"id\": %1, \"title\": %2").arg(JsonText::string(n.id), JsonText::string(n.title));
    if (!n.main.isEmpty())
        line += QStringLiteral(", \"main\": ") + JsonText::inlineValue(QJsonArray::fromStringList(n.main));
    return line;
}

} // namespace

bool CategoryTree::isValidId(const QString& id) {
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return re.match(id).hasMatch();
}

QString CategoryTree::suggestId(const QString& title) {
    static const QHash<QChar, QString> table = [] {
        QHash<QChar, QString> t;
        const QString from = QStringLiteral("абвгдеёжзийклмнопрстуфхцчшщъыьэюя");
        const QStringList to{QStringLiteral("a"),    QStringLiteral("b"),
                             QStringLiteral("v"),    QStringLiteral("g"),
                             QStringLiteral("d"),    QStringLiteral("e"),
                             QStringLiteral("e"),    QStringLiteral("zh"),
                             QStringLiteral("z"),    QStringLiteral("i"),
                             QStringLiteral("y"),    QStringLiteral("k"),
                             QStringLiteral("l"),    QStringLiteral("m"),
                             QStringLiteral("n"),    QStringLiteral("o"),
                             QStringLiteral("p"),    QStringLiteral("r"),
                             QStringLiteral("s"),    QStringLiteral("t"),
                             QStringLiteral("u"),    QStringLiteral("f"),
                             QStringLiteral("kh"),   QStringLiteral("ts"),
                             QStringLiteral("ch"),   QStringLiteral("sh"),
                             QStringLiteral("shch"), QString(),
                             QStringLiteral("y"),    QString(),
                             QStringLiteral("e"),    QStringLiteral("yu"),
                             QStringLiteral("ya")};
        for (qsizetype i = 0; i < from.size(); ++i)
            t.insert(from.at(i), to.at(i));
        return t;
    }();
    QString out;
    for (const QChar c : title.toLower()) {
        if (table.contains(c))
            out += table.value(c);
        else if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c.isDigit())
            out += c;
        else if (!out.endsWith(QLatin1Char('-')) && !out.isEmpty())
            out += QLatin1Char('-');
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.left(60);
}

Result<CategoryTree> CategoryTree::fromJson(const QByteArray& json) {
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError) {
        const int line = int(json.left(err.offset).count('\n')) + 1;
        return Error{Error::Code::Parse, tr("categories.json:%1: bad JSON: %2").arg(line).arg(err.errorString())};
    }
    const QJsonValue list = doc.object().value(QLatin1String("categories"));
    if (!list.isArray())
        return Error{Error::Code::Parse, tr("categories.json has no \"categories\" list.")};
    CategoryTree tree;
    for (const QJsonValue& v : list.toArray()) {
        const QJsonObject o = v.toObject();
        Node top{o.value(QLatin1String("id")).toString(), o.value(QLatin1String("title")).toString(), {}, {}};
        for (const QJsonValue& c : o.value(QLatin1String("children")).toArray()) {
            const QJsonObject co = c.toObject();
            if (co.contains(QLatin1String("children")))
                return Error{Error::Code::Parse, tr("categories.json: \"%1\" is nested deeper than two levels.")
                                                     .arg(co.value(QLatin1String("id")).toString())};
            QStringList main;
            for (const QJsonValue& m : co.value(QLatin1String("main")).toArray())
                main << m.toString();
            top.children.append(
                {co.value(QLatin1String("id")).toString(), co.value(QLatin1String("title")).toString(), {}, main});
        }
        tree.m_tops.append(top);
    }
    return tree;
}

QByteArray CategoryTree::toJson() const {
    QStringList tops;
    for (const Node& top : m_tops) {
        QString line = QStringLiteral("  ") + nodeLine(top);
        if (top.children.isEmpty()) {
            line += QStringLiteral(", \"children\": []}");
        } else {
            QStringList children;
            for (const Node& c : top.children)
                children << QStringLiteral("   ") + nodeLine(c) + QLatin1Char('}');
            line +=
                QStringLiteral(", \"children\": [\n") + children.join(QStringLiteral(",\n")) + QStringLiteral("\n  ]}");
        }
        tops << line;
    }
    return (QStringLiteral("{\n \"categories\": [\n") + tops.join(QStringLiteral(",\n")) + QStringLiteral("\n ]\n}\n"))
        .toUtf8();
}

QList<kb::Category> CategoryTree::flatten() const {
    QList<kb::Category> out;
    for (int i = 0; i < m_tops.size(); ++i) {
        const Node& top = m_tops.at(i);
        out.append({top.id, top.title, {}, i, {}});
        for (int j = 0; j < top.children.size(); ++j)
            out.append({top.children.at(j).id, top.children.at(j).title, top.id, j, top.children.at(j).main});
    }
    return out;
}

const CategoryTree::Node* CategoryTree::find(const QString& id) const {
    return const_cast<CategoryTree*>(this)->findMutable(id);
}

CategoryTree::Node* CategoryTree::findMutable(const QString& id) {
    for (Node& top : m_tops) {
        if (top.id == id)
            return &top;
        for (Node& c : top.children) {
            if (c.id == id)
                return &c;
        }
    }
    return nullptr;
}

QList<CategoryTree::Node>* CategoryTree::siblingsOf(const QString& id) {
    for (Node& top : m_tops) {
        if (top.id == id)
            return &m_tops;
        for (const Node& c : top.children) {
            if (c.id == id)
                return &top.children;
        }
    }
    return nullptr;
}

QString CategoryTree::parentOf(const QString& id) const {
    for (const Node& top : m_tops) {
        for (const Node& c : top.children) {
            if (c.id == id)
                return top.id;
        }
    }
    return {};
}

bool CategoryTree::isTop(const QString& id) const {
    for (const Node& top : m_tops) {
        if (top.id == id)
            return true;
    }
    return false;
}

int CategoryTree::positionOf(const QString& id) const {
    auto* siblings = const_cast<CategoryTree*>(this)->siblingsOf(id);
    if (!siblings)
        return -1;
    for (int i = 0; i < siblings->size(); ++i) {
        if (siblings->at(i).id == id)
            return i;
    }
    return -1;
}

Status CategoryTree::add(const QString& parentId, const QString& id, const QString& title, int position) {
    if (!isValidId(id))
        return invalid(tr("The id \"%1\" may hold lower-case Latin letters, digits and dashes only.").arg(id));
    if (find(id))
        return invalid(tr("A category with the id \"%1\" already exists.").arg(id));
    if (title.trimmed().isEmpty())
        return invalid(tr("Enter the category's title."));
    QList<Node>* siblings = &m_tops;
    if (!parentId.isEmpty()) {
        if (!isTop(parentId))
            return invalid(tr("Subcategories can be added to top categories only."));
        siblings = &findMutable(parentId)->children;
    }
    const int at = position < 0 || position > siblings->size() ? int(siblings->size()) : position;
    siblings->insert(at, Node{id, title.trimmed(), {}, {}});
    return Ok{};
}

Status CategoryTree::rename(const QString& id, const QString& title) {
    Node* n = findMutable(id);
    if (!n)
        return invalid(tr("There is no category \"%1\".").arg(id));
    if (title.trimmed().isEmpty())
        return invalid(tr("A category needs a title: the operators find it by its title."));
    n->title = title.trimmed();
    return Ok{};
}

Status CategoryTree::move(const QString& id, const QString& parentId, int position, const QSet<QString>& used) {
    const Node* n = find(id);
    if (!n)
        return invalid(tr("There is no category \"%1\".").arg(id));
    if (parentId == id)
        return invalid(tr("A category cannot be moved into itself."));
    if (!parentId.isEmpty()) {
        if (!isTop(parentId))
            return invalid(tr("Categories have two levels: move it under a top category."));
        if (!n->children.isEmpty())
            return invalid(tr("\"%1\" has subcategories: it must stay a top category.").arg(n->title));
    } else if (used.contains(id)) {
        return invalid(tr("Articles are filed under \"%1\": it must stay a subcategory.").arg(n->title));
    }
    const Node moved = *n;
    QList<Node>* from = siblingsOf(id);
    from->removeAt(positionOf(id));
    QList<Node>* to = parentId.isEmpty() ? &m_tops : &findMutable(parentId)->children;
    const int at = position < 0 || position > to->size() ? int(to->size()) : position;
    to->insert(at, moved);
    return Ok{};
}

Status CategoryTree::remove(const QString& id, const QSet<QString>& used) {
    const Node* n = find(id);
    if (!n)
        return invalid(tr("There is no category \"%1\".").arg(id));
    if (!n->children.isEmpty())
        return invalid(tr("\"%1\" still has subcategories: move or remove them first.").arg(n->title));
    if (used.contains(id))
        return invalid(tr("Articles are filed under \"%1\": move them to another category first.").arg(n->title));
    siblingsOf(id)->removeAt(positionOf(id));
    return Ok{};
}

Status CategoryTree::validate(const QSet<QString>& used) const {
    QStringList problems;
    if (m_tops.isEmpty())
        problems << tr("There are no categories.");
    QSet<QString> seen;
    auto check = [&](const Node& n) {
        if (!isValidId(n.id))
            problems << tr("The id \"%1\" may hold lower-case Latin letters, digits and dashes only.").arg(n.id);
        if (seen.contains(n.id))
            problems << tr("The id \"%1\" is used twice.").arg(n.id);
        seen.insert(n.id);
        if (n.title.trimmed().isEmpty())
            problems << tr("The category \"%1\" has no title.").arg(n.id);
    };
    QSet<QString> subcategories;
    for (const Node& top : m_tops) {
        check(top);
        for (const Node& c : top.children) {
            check(c);
            subcategories.insert(c.id);
        }
    }
    QStringList orphans;
    for (const QString& id : used) {
        if (!subcategories.contains(id))
            orphans << id;
    }
    orphans.sort();
    if (!orphans.isEmpty())
        problems << tr("Articles are filed under categories that are not subcategories: %1.")
                        .arg(orphans.join(QStringLiteral(", ")));
    if (problems.isEmpty())
        return Ok{};
    return invalid(problems.join(QLatin1Char('\n')));
}

} // namespace hotline::kbedit
