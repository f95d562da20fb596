#include "ScriptRunnerView.h"

#include "domain/ReferenceData.h"
#include "kb/KnowledgeBase.h"
#include "scripts/ResultSettings.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace hotline::ui {

using scripts::NodeType;
using scripts::ScriptRunner;

ScriptRunnerView::ScriptRunnerView(const kb::KnowledgeBase* kb, QWidget* parent)
    : ScriptRunnerView(ScriptRunner::Lookup{}, kb, parent) {}

ScriptRunnerView::ScriptRunnerView(ScriptRunner::Lookup lookup, const kb::KnowledgeBase* kb, QWidget* parent)
    : QWidget(parent)
    , m_kb(kb)
    , m_runner(lookup ? std::move(lookup)
                      : ScriptRunner::Lookup([this](const QString& id) { return m_kb ? m_kb->script(id) : nullptr; })) {
    setObjectName(QStringLiteral("scriptRunner"));
    setFocusPolicy(Qt::StrongFocus);
    build();
}

void ScriptRunnerView::build() {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("scriptTitle"));
    m_title->setWordWrap(true);
    m_title->setStyleSheet(QStringLiteral("font-weight:bold; font-size:large;"));
    layout->addWidget(m_title);
    m_trail = new QLabel(this);
    m_trail->setObjectName(QStringLiteral("scriptTrail"));
    m_trail->setWordWrap(true);
    m_trail->setTextFormat(Qt::RichText);
    m_trail->setStyleSheet(QStringLiteral("color:#444444;"));
    layout->addWidget(m_trail);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* body = new QWidget(scroll);
    auto* bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    m_text = new QLabel(body);
    m_text->setObjectName(QStringLiteral("scriptText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setStyleSheet(QStringLiteral("border:2px solid #2a6fb0; background-color:#eef5fc; padding:8px;"
                                         " font-size:large;"));
    bodyLayout->addWidget(m_text);
    m_answers = new QWidget(body);
    m_answerLayout = new QVBoxLayout(m_answers);
    m_answerLayout->setContentsMargins(0, 2, 0, 2);
    m_answerLayout->setSpacing(3);
    bodyLayout->addWidget(m_answers);
    m_summary = new QLabel(body);
    m_summary->setObjectName(QStringLiteral("scriptResult"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    bodyLayout->addWidget(m_summary);
    m_note = new QLabel(body);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color:#5a4a00; background-color:#fff8d6; padding:4px;"));
    bodyLayout->addWidget(m_note);
    bodyLayout->addStretch(1);
    m_about = new QLabel(body);
    m_about->setWordWrap(true);
    m_about->setStyleSheet(QStringLiteral("color:#666666;"));
    bodyLayout->addWidget(m_about);
    scroll->setWidget(body);
    layout->addWidget(scroll, 1);
    auto* keys = new QHBoxLayout;
    m_back = new QPushButton(tr("← Back (Backspace)"), this);
    m_restart = new QPushButton(tr("From the start (Ctrl+R)"), this);
    m_close = new QPushButton(tr("Close (Esc)"), this);
    for (QPushButton* b : {m_back, m_restart, m_close}) {
        b->setFocusPolicy(Qt::NoFocus); // their keys work from anywhere in the view
        keys->addWidget(b);
    }
    keys->addStretch(1);
    layout->addLayout(keys);

    connect(m_back, &QPushButton::clicked, this, &ScriptRunnerView::back);
    connect(m_restart, &QPushButton::clicked, this, &ScriptRunnerView::restart);
    connect(m_close, &QPushButton::clicked, this, &ScriptRunnerView::closeScript);
}

void ScriptRunnerView::setKnowledgeBase(const kb::KnowledgeBase* kb) {
    m_kb = kb;
    if (!m_runner.isRunning())
        return;
    if (!m_runner.node()) {
        // The script or its step is gone from the new base.
        const QString message = tr("The script was changed in the knowledge base and is closed; start it again.");
        closeScript();
        emit problem(message);
        return;
    }
    render();
}

void ScriptRunnerView::setPlaceholders(const PlaceholderValues& values) {
    m_values = values;
    if (m_runner.isRunning())
        render();
}

Status ScriptRunnerView::start(const QString& scriptId, bool takeFocus) {
    const Status st = m_runner.start(scriptId);
    if (!st) {
        emit problem(st.error().message);
        return st;
    }
    show();
    render();
    if (takeFocus)
        setFocus(Qt::OtherFocusReason);
    emit stepped();
    return st;
}

void ScriptRunnerView::after(const Status& st) {
    if (!st) {
        emit problem(st.error().message);
        return;
    }
    render();
    emit stepped();
    if (m_runner.atResult())
        emit resultReached(m_runner.script()->id, m_runner.node()->id);
}

void ScriptRunnerView::choose(int index) {
    const scripts::Node* n = m_runner.node();
    if (!n)
        return;
    if (n->type == NodeType::Info)
        return after(m_runner.next());
    if (n->type == NodeType::Question && index >= 0 && index < n->answers.size())
        after(m_runner.choose(index));
}

void ScriptRunnerView::back() {
    if (m_runner.back()) {
        render();
        emit stepped();
    }
}

void ScriptRunnerView::restart() {
    if (m_runner.isRunning())
        after(m_runner.restart());
}

void ScriptRunnerView::closeScript() {
    if (!m_runner.isRunning() && isHidden())
        return;
    m_runner.stop();
    hide();
    emit stepped();
    emit closed();
}

QString ScriptRunnerView::fill(const QString& text) const {
    kb::Article holder; // the article view's placeholder filling, for a node's text
    holder.script = text;
    return ArticleHtml::scriptHtml(holder, m_values);
}

void ScriptRunnerView::clearButtons() {
    qDeleteAll(m_buttons);
    m_buttons.clear();
}

void ScriptRunnerView::addButton(int number, const QString& text) {
    auto* b = new QPushButton(QStringLiteral("%1   %2").arg(number).arg(text), m_answers);
    b->setObjectName(QStringLiteral("scriptAnswer%1").arg(number));
    b->setStyleSheet(QStringLiteral("text-align:left; padding:5px 10px;"));
    b->setFocusPolicy(Qt::NoFocus); // the number keys choose; Tab stays in the window's order
    connect(b, &QPushButton::clicked, this, [this, number] { choose(number - 1); });
    m_answerLayout->addWidget(b);
    m_buttons.append(b);
}

QString ScriptRunnerView::breadcrumbText() const {
    return m_trail->text();
}

QString ScriptRunnerView::nodeText() const {
    return m_text->text();
}

QString ScriptRunnerView::resultSummary(const scripts::Node& node) const {
    const auto settings = m_kb ? scripts::resolveResult(node, *m_kb) : std::nullopt;
    if (!settings)
        return tr("<p style=\"color:#b02020;\">This result cannot be used: its article or settings are not in the "
                  "knowledge base. Tell the knowledge-base editor.</p>");
    QStringList agencies;
    for (const QString& id : settings->agencies) {
        const domain::Agency* a = m_reference ? m_reference->agency(id) : nullptr;
        agencies << (a ? (a->shortNames.isEmpty() ? a->name : a->shortNames.first()) : id);
    }
    QStringList rows;
    if (const kb::Article* article = m_kb->article(settings->articleId))
        rows << tr("Article: <b>%1</b> (opened below)").arg(article->title.toHtmlEscaped());
    QString kind = domain::appealKindTitle(settings->kind);
    if (settings->kind == domain::AppealKind::Task)
        kind += tr(", %n working day(s)", nullptr, settings->days);
    rows << tr("Kind: <b>%1</b>").arg(kind.toHtmlEscaped());
    rows << tr("Algorithm: <b>%1</b>").arg(domain::algorithmTitle(settings->algorithm).toHtmlEscaped());
    if (!agencies.isEmpty())
        rows << tr("Agencies: <b>%1</b>").arg(agencies.join(QStringLiteral(", ")).toHtmlEscaped());
    return QStringLiteral("<p><b>%1</b></p><p>%2</p><p style=\"color:#555555;\">%3</p>")
        .arg(tr("Result: %1").arg(scripts::nodeLabel(node)).toHtmlEscaped(), rows.join(QStringLiteral("<br>")),
             tr("The appeal form is filled in from this result and the way here is in its description: F8 to check "
                "it and file.")
                 .toHtmlEscaped());
}

void ScriptRunnerView::render() {
    clearButtons();
    const scripts::Script* start = m_runner.startScript();
    const scripts::Script* current = m_runner.script();
    const scripts::Node* n = m_runner.node();
    if (!n || !current) {
        m_title->clear();
        m_trail->clear();
        m_text->clear();
        m_summary->clear();
        m_note->hide();
        m_about->hide();
        return;
    }
    m_title->setText(start && start != current ? tr("Script: %1 → %2").arg(start->title, current->title)
                                               : tr("Script: %1").arg(current->title));
    QStringList trail;
    for (const ScriptRunner::Crumb& c : m_runner.crumbs()) {
        switch (c.kind) {
        case ScriptRunner::Crumb::Kind::Answer:
            trail << QStringLiteral("%1: <b>%2</b>").arg(c.label.toHtmlEscaped(), c.answer.toHtmlEscaped());
            break;
        case ScriptRunner::Crumb::Kind::Info:
            trail << c.label.toHtmlEscaped();
            break;
        case ScriptRunner::Crumb::Kind::Jump:
            trail << tr("→ script «%1»").arg(c.label).toHtmlEscaped();
            break;
        case ScriptRunner::Crumb::Kind::Result:
            trail << tr("result: <b>%1</b>").arg(c.label.toHtmlEscaped());
            break;
        }
    }
    m_trail->setText(trail.isEmpty() ? tr("<i>The first question</i>") : trail.join(QStringLiteral(" › ")));
    m_back->setEnabled(m_runner.history().size() > 1);
    const bool result = n->type == NodeType::Result;
    m_text->setVisible(!n->text.trimmed().isEmpty());
    m_text->setText(fill(n->text));
    m_summary->setVisible(result);
    m_summary->setText(result ? resultSummary(*n) : QString());
    if (n->type == NodeType::Question) {
        for (int i = 0; i < n->answers.size(); ++i)
            addButton(i + 1, n->answers.at(i).text);
    } else if (n->type == NodeType::Info) {
        addButton(1, tr("Go on (Enter)"));
    }
    m_answers->setVisible(!m_buttons.isEmpty());
    m_note->setVisible(!n->note.isEmpty());
    m_note->setText(tr("For the operator: %1").arg(n->note));
    const scripts::Script* about = start ? start : current;
    m_about->setVisible(!about->notes.isEmpty() && !result);
    m_about->setText(tr("About this script: %1").arg(about->notes));
}

void ScriptRunnerView::keyPressEvent(QKeyEvent* event) {
    const int key = event->key();
    const scripts::Node* n = m_runner.node();
    if (key >= Qt::Key_1 && key <= Qt::Key_9 && event->modifiers() == Qt::NoModifier) {
        choose(key - Qt::Key_1);
        return;
    }
    if ((key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Space) && n && n->type == NodeType::Info) {
        choose(0);
        return;
    }
    if (key == Qt::Key_Backspace) {
        back();
        return;
    }
    if (key == Qt::Key_R && event->modifiers() == Qt::ControlModifier) {
        restart();
        return;
    }
    if (key == Qt::Key_Escape) {
        closeScript();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace hotline::ui
