#include "Script.h"

namespace hotline::scripts {

QString nodeTypeId(NodeType type) {
    switch (type) {
    case NodeType::Question:
        return QStringLiteral("question");
    case NodeType::Info:
        return QStringLiteral("info");
    case NodeType::Result:
        return QStringLiteral("result");
    case NodeType::Jump:
        break;
    }
    return QStringLiteral("jump");
}

std::optional<NodeType> nodeTypeFromId(const QString& id) {
    for (NodeType t : {NodeType::Question, NodeType::Info, NodeType::Result, NodeType::Jump}) {
        if (nodeTypeId(t) == id)
            return t;
    }
    return std::nullopt;
}

QStringList Node::targets() const {
    QStringList out;
    if (type == NodeType::Question) {
        for (const Answer& a : answers)
            out << a.to;
    } else if (type == NodeType::Info) {
        out << next;
    }
    return out;
}

const Node* Script::node(const QString& nodeId) const {
    const int i = indexOf(nodeId);
    return i < 0 ? nullptr : &nodes.at(i);
}

Node* Script::node(const QString& nodeId) {
    const int i = indexOf(nodeId);
    return i < 0 ? nullptr : &nodes[i];
}

int Script::indexOf(const QString& nodeId) const {
    for (int i = 0; i < nodes.size(); ++i) {
        if (nodes.at(i).id == nodeId)
            return i;
    }
    return -1;
}

QString Script::nodeText() const {
    QStringList parts;
    for (const Node& n : nodes) {
        parts << n.label << n.text;
        for (const Answer& a : n.answers)
            parts << a.text;
    }
    parts.removeAll(QString());
    return parts.join(QLatin1Char('\n'));
}

QString nodeLabel(const Node& node) {
    if (!node.label.trimmed().isEmpty())
        return node.label.trimmed();
    const QString text = node.text.simplified();
    constexpr int kMax = 48;
    if (text.size() <= kMax)
        return text.isEmpty() ? node.id : text;
    const qsizetype cut = text.lastIndexOf(QLatin1Char(' '), kMax);
    return text.left(cut > kMax / 2 ? cut : kMax) + QStringLiteral("…");
}

} // namespace hotline::scripts
