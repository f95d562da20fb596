#pragma once

#include "calllog/ScriptFigures.h"

#include <QWidget>
#include <functional>

class QLabel;
class QTreeWidget;

namespace hotline::ui {

// The supervisor's «Сценарии» tab: per guided script, for the calls the filters select, how many calls started
// it, reached a result, went on into another script and left it — with each result and each node where calls
// left it, and how many.
class ScriptUsageView : public QWidget {
    Q_OBJECT
public:
    // Script titles and node labels by id (the workstation's knowledge base); empty when not known.
    using Names = std::function<QString(const QString& script, const QString& node)>;

    explicit ScriptUsageView(QWidget* parent = nullptr);
    void setNames(Names names) { m_names = std::move(names); }
    void setUsage(const Result<QList<calllog::ScriptUsage>>& usage);

    QTreeWidget* tree() const { return m_tree; }
    QString summary() const;

private:
    QString name(const QString& script, const QString& node = {}) const;

    Names m_names;
    QLabel* m_summary;
    QTreeWidget* m_tree;
};

} // namespace hotline::ui
