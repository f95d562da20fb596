#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace hotline::scripts {

// The kinds of node a guided script is made of (docs/KB_FORMAT.md, «Сценарии»).
enum class NodeType {
    Question, // the operator asks; each answer leads to another node
    Info,     // text to read aloud, then on to the next node
    Result,   // the end: opens an article and/or sets the appeal's kind, days, agencies, algorithm, category
    Jump,     // goes on in another script (from its start)
};

QString nodeTypeId(NodeType type); // "question", "info", "result", "jump"
std::optional<NodeType> nodeTypeFromId(const QString& id);

struct Answer {
    QString text; // the button's text: what the caller said
    QString to;   // the node it leads to
    friend bool operator==(const Answer&, const Answer&) = default;
};

// One node. Which fields mean something depends on the type; the others stay empty.
struct Node {
    QString id;
    NodeType type = NodeType::Question;
    QString label; // short name for the breadcrumb and the path in the appeal (questions, results)
    QString text;  // read aloud; may hold the KB's {{placeholders}}
    QString note;  // for the operator only, never read aloud (what to check, where a fact comes from)

    QList<Answer> answers; // question
    QString next;          // info

    // result: what is not set here comes from the article (prefer that: the article is kept up to date)
    QString article;
    QString kind; // simple | complex | task | complaint; empty: the article's
    int days = 0; // tasks: 2–5 working days
    std::optional<QStringList> agencies;
    QString algorithm; // single | multi | omsu; empty: the article's
    QString category;  // a subcategory id; empty: the article's

    QString script; // jump: the script to go on in

    int line = 0; // 1-based line of the node in its file (for problems), 0 when not known

    // The nodes this one leads to in its own script (answers' targets, next).
    QStringList targets() const;
    friend bool operator==(const Node& a, const Node& b) {
        return a.id == b.id && a.type == b.type && a.label == b.label && a.text == b.text && a.note == b.note &&
               a.answers == b.answers && a.next == b.next && a.article == b.article && a.kind == b.kind &&
               a.days == b.days && a.agencies == b.agencies && a.algorithm == b.algorithm && a.category == b.category &&
               a.script == b.script;
    }
};

// A guided call script: a small graph of nodes that leads the operator from the caller's first words to the
// right article, kind of appeal and agencies.
struct Script {
    QString id; // lower-case Latin, digits and '-'; the file name without ".json"; never an article's id
    QString title;
    QString category; // the subcategory it is shown under in the operator's tree
    QStringList keywords;
    QStringList sources; // where the facts come from (acts, official pages)
    QString notes;       // for the operator and the editors only
    QDate updated;
    QString start; // the first node
    QList<Node> nodes;

    QString filePath; // where it was read from (for problems)
    int line = 0;     // 1-based line of the "id" key

    const Node* node(const QString& nodeId) const;
    Node* node(const QString& nodeId);
    int indexOf(const QString& nodeId) const;
    // Every text of the nodes (questions, answers, information, results) for the full-text index.
    QString nodeText() const;
    friend bool operator==(const Script& a, const Script& b) {
        return a.id == b.id && a.title == b.title && a.category == b.category && a.keywords == b.keywords &&
               a.sources == b.sources && a.notes == b.notes && a.updated == b.updated && a.start == b.start &&
               a.nodes == b.nodes;
    }
};

// The short name of a node for the breadcrumb: its label, else the start of its text.
QString nodeLabel(const Node& node);

} // namespace hotline::scripts
