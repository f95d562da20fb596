#include "ScriptNodeForm.h"

#include "AgencyDialog.h"
#include "domain/AppealKind.h"
#include "domain/ReferenceData.h"
#include "kb/KnowledgeBase.h"
#include "kbedit/ScriptEditor.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>

namespace hotline::ui {

using kbedit::ScriptEditor;
using scripts::NodeType;
using NodeField = ScriptEditor::NodeField;

namespace {

void setCombo(QComboBox* combo, const QString& data) {
    const int i = combo->findData(data);
    if (i >= 0) {
        combo->setCurrentIndex(i);
    } else if (combo->isEditable()) {
        combo->setCurrentIndex(-1);
        combo->setEditText(data);
    } else {
        combo->setCurrentIndex(0);
    }
}

void setText(QLineEdit* edit, const QString& text) {
    if (edit->text() == text)
        return;
    edit->setText(text);
    if (!edit->hasFocus())
        edit->setCursorPosition(0); // the start of a long answer, not its end
}

void setText(QPlainTextEdit* edit, const QString& text) {
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

} // namespace

ScriptNodeForm::ScriptNodeForm(ScriptEditor& editor, const kb::KnowledgeBase* kb,
                               const domain::ReferenceData& reference, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_kb(kb)
    , m_reference(reference) {
    build();
    showNode({}, {});
}

void ScriptNodeForm::build() {
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* head = new QHBoxLayout;
    m_id = new QLineEdit(this);
    m_id->setObjectName(QStringLiteral("scriptNodeId"));
    m_type = new QComboBox(this);
    for (NodeType t : {NodeType::Question, NodeType::Info, NodeType::Result, NodeType::Jump})
        m_type->addItem(t == NodeType::Question ? tr("Question")
                        : t == NodeType::Info   ? tr("Information")
                        : t == NodeType::Result ? tr("Result")
                                                : tr("Jump to another script"),
                        scripts::nodeTypeId(t));
    auto* typeLabel = new QLabel(tr("&Type:"), this);
    typeLabel->setBuddy(m_type);
    head->addWidget(m_id, 1);
    head->addWidget(typeLabel);
    head->addWidget(m_type);
    auto* nodeLabel = new QLabel(tr("&Node:"), this);
    nodeLabel->setBuddy(m_id);
    m_form->addRow(nodeLabel, head);
    m_label = new QLineEdit(this);
    m_label->setPlaceholderText(tr("short name for the path, e.g. «Отрасль»"));
    m_form->addRow(tr("Short &name:"), m_label);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("scriptNodeText"));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(60);
    m_text->setPlaceholderText(tr("what the operator reads out; placeholders such as {{срок}} are filled in"));
    m_form->addRow(tr("&Text read out:"), m_text);
    m_note = new QPlainTextEdit(this);
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(48);
    m_note->setPlaceholderText(tr("for the operator only: what to check, where a fact comes from"));
    m_form->addRow(tr("N&ote:"), m_note);

    m_answersBox = new QWidget(this);
    auto* answersLayout = new QVBoxLayout(m_answersBox);
    answersLayout->setContentsMargins(0, 0, 0, 0);
    m_answerGrid = new QGridLayout;
    m_answerGrid->setColumnStretch(1, 3);
    m_answerGrid->setColumnStretch(2, 2);
    answersLayout->addLayout(m_answerGrid);
    m_addAnswer = new QPushButton(tr("+ &Answer"), m_answersBox);
    answersLayout->addWidget(m_addAnswer, 0, Qt::AlignLeft);
    m_form->addRow(tr("Answers:"), m_answersBox);

    m_next = targetCombo(this);
    m_form->addRow(tr("Ne&xt node:"), m_next);
    m_article = new QComboBox(this);
    m_article->setEditable(true);
    m_article->setInsertPolicy(QComboBox::NoInsert);
    m_article->completer()->setFilterMode(Qt::MatchContains);
    m_article->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_article->addItem(tr("— none —"), QString());
    if (m_kb) {
        for (const kb::Article& a : m_kb->articles())
            m_article->addItem(QStringLiteral("%1 — %2").arg(a.id, a.title), a.id);
    }
    m_form->addRow(tr("A&rticle:"), m_article);
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("— the article's —"), QString());
    for (auto k : {domain::AppealKind::Simple, domain::AppealKind::Complex, domain::AppealKind::Task,
                   domain::AppealKind::Complaint})
        m_kind->addItem(domain::appealKindTitle(k), domain::appealKindId(k));
    m_days = new QSpinBox(this);
    m_days->setRange(0, 5);
    m_days->setSpecialValueText(tr("the article's"));
    auto* kindRow = new QHBoxLayout;
    kindRow->addWidget(m_kind, 1);
    auto* daysLabel = new QLabel(tr("&Days:"), this);
    daysLabel->setBuddy(m_days);
    kindRow->addWidget(daysLabel);
    kindRow->addWidget(m_days);
    auto* kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    m_form->addRow(kindLabel, kindRow);
    m_kindRow = kindRow;
    m_agencies = new QLineEdit(this);
    m_agencies->setPlaceholderText(tr("empty: the article's agencies"));
    auto* agencyButton = new QPushButton(tr("&Choose…"), this);
    auto* agencyRow = new QHBoxLayout;
    agencyRow->addWidget(m_agencies, 1);
    agencyRow->addWidget(agencyButton);
    auto* agencyLabel = new QLabel(tr("A&gencies:"), this);
    agencyLabel->setBuddy(m_agencies);
    m_form->addRow(agencyLabel, agencyRow);
    m_agencyRow = agencyRow;
    m_algorithm = new QComboBox(this);
    m_algorithm->addItem(tr("— the article's —"), QString());
    for (auto a : {domain::Algorithm::Single, domain::Algorithm::Multi, domain::Algorithm::Omsu})
        m_algorithm->addItem(domain::algorithmTitle(a), domain::algorithmId(a));
    m_form->addRow(tr("A&lgorithm:"), m_algorithm);
    m_category = new QComboBox(this);
    m_category->addItem(tr("— the article's —"), QString());
    if (m_kb) {
        for (const kb::Category& c : m_kb->categories()) {
            if (!c.parentId.isEmpty())
                m_category->addItem(c.title, c.id);
        }
    }
    m_form->addRow(tr("Cate&gory:"), m_category);
    m_jumpScript = new QComboBox(this);
    m_form->addRow(tr("Go on in the &script:"), m_jumpScript);

    connect(m_id, &QLineEdit::editingFinished, this, [this] {
        if (m_loading || m_id->text() == m_node)
            return;
        if (auto st = m_editor.renameNode(m_scriptId, m_node, m_id->text().trimmed()); !st) {
            emit message(st.error().message, true);
            setText(m_id, m_node);
            return;
        }
        m_node = m_id->text().trimmed();
        emit nodeRenamed(m_node);
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            m_editor.setNodeField(m_scriptId, m_node, NodeField::Type, m_type->currentData());
    });
    auto edits = [this](auto* widget, auto signal, NodeField field, auto value) {
        connect(widget, signal, this, [this, field, value] {
            if (!m_loading)
                m_editor.setNodeField(m_scriptId, m_node, field, value());
        });
    };
    edits(m_label, &QLineEdit::textEdited, NodeField::Label, [this] { return QVariant(m_label->text()); });
    edits(m_text, &QPlainTextEdit::textChanged, NodeField::Text, [this] { return QVariant(m_text->toPlainText()); });
    edits(m_note, &QPlainTextEdit::textChanged, NodeField::Note, [this] { return QVariant(m_note->toPlainText()); });
    edits(m_next, &QComboBox::activated, NodeField::Next, [this] { return m_next->currentData(); });
    edits(m_kind, &QComboBox::activated, NodeField::Kind, [this] { return m_kind->currentData(); });
    edits(m_days, &QSpinBox::valueChanged, NodeField::Days, [this] { return QVariant(m_days->value()); });
    edits(m_algorithm, &QComboBox::activated, NodeField::Algorithm, [this] { return m_algorithm->currentData(); });
    edits(m_category, &QComboBox::activated, NodeField::Category, [this] { return m_category->currentData(); });
    edits(m_jumpScript, &QComboBox::activated, NodeField::Script, [this] { return m_jumpScript->currentData(); });
    edits(m_agencies, &QLineEdit::editingFinished, NodeField::Agencies, [this] {
        QStringList ids;
        for (const QString& id : m_agencies->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            ids << id.trimmed();
        return ids.isEmpty() ? QVariant() : QVariant(ids);
    });
    connect(m_article->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        if (m_loading)
            return;
        // The id, whether chosen from the list ("id — title") or typed.
        const int i = m_article->findText(m_article->currentText());
        const QString id = i >= 0 ? m_article->itemData(i).toString()
                                  : m_article->currentText().section(QStringLiteral(" — "), 0, 0).trimmed();
        m_editor.setNodeField(m_scriptId, m_node, NodeField::Article, id);
    });
    connect(m_article, &QComboBox::activated, this, [this] {
        if (!m_loading)
            m_editor.setNodeField(m_scriptId, m_node, NodeField::Article, m_article->currentData());
    });
    connect(agencyButton, &QPushButton::clicked, this, &ScriptNodeForm::chooseAgencies);
    connect(m_addAnswer, &QPushButton::clicked, this, [this] {
        m_editor.addAnswer(m_scriptId, m_node);
        if (!m_rows.isEmpty())
            m_rows.last().text->setFocus();
    });
}

QComboBox* ScriptNodeForm::targetCombo(QWidget* parent) const {
    auto* combo = new QComboBox(parent);
    combo->setMinimumContentsLength(10);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    return combo;
}

void ScriptNodeForm::fillTargets(QComboBox* combo, const QString& current) const {
    const kbedit::ScriptEntry* e = m_editor.workspace().script(m_scriptId);
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(tr("— choose —"), QString());
    if (e) {
        for (const scripts::Node& n : e->doc.nodes) {
            if (n.id != m_node)
                combo->addItem(QStringLiteral("%1 — %2").arg(n.id, scripts::nodeLabel(n)), n.id);
        }
    }
    if (!current.isEmpty() && combo->findData(current) < 0)
        combo->addItem(tr("%1 (not a node)").arg(current), current);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

void ScriptNodeForm::chooseAgencies() {
    QStringList now;
    for (const QString& id : m_agencies->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        now << id.trimmed();
    AgencyDialog dialog(m_reference, now, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QStringList chosen = dialog.selected();
    m_editor.setNodeField(m_scriptId, m_node, NodeField::Agencies, chosen.isEmpty() ? QVariant() : QVariant(chosen));
}

void ScriptNodeForm::showNode(const QString& scriptId, const QString& nodeId) {
    m_scriptId = scriptId;
    m_node = nodeId;
    reload();
}

void ScriptNodeForm::setRows() {
    const kbedit::ScriptEntry* e = m_editor.workspace().script(m_scriptId);
    const scripts::Node* n = e ? e->doc.node(m_node) : nullptr;
    const NodeType t = n ? n->type : NodeType::Question;
    const bool question = t == NodeType::Question, info = t == NodeType::Info, result = t == NodeType::Result,
               jump = t == NodeType::Jump;
    m_form->setRowVisible(m_answersBox, question);
    m_form->setRowVisible(m_next, info);
    for (QWidget* w :
         {static_cast<QWidget*>(m_article), static_cast<QWidget*>(m_algorithm), static_cast<QWidget*>(m_category)})
        m_form->setRowVisible(w, result);
    m_form->setRowVisible(m_kindRow, result);
    m_form->setRowVisible(m_agencyRow, result);
    m_form->setRowVisible(m_jumpScript, jump);
    m_form->setRowVisible(m_text, !jump);
    setEnabled(n != nullptr);
}

void ScriptNodeForm::loadAnswers() {
    const kbedit::ScriptEntry* e = m_editor.workspace().script(m_scriptId);
    const scripts::Node* n = e ? e->doc.node(m_node) : nullptr;
    const QList<scripts::Answer> answers = n ? n->answers : QList<scripts::Answer>{};
    if (m_rows.size() != answers.size()) {
        for (const AnswerRow& r : std::as_const(m_rows)) {
            for (QWidget* w : {static_cast<QWidget*>(r.text), static_cast<QWidget*>(r.target),
                               static_cast<QWidget*>(r.up), static_cast<QWidget*>(r.remove)})
                w->deleteLater();
        }
        m_rows.clear();
        for (int i = 0; i < answers.size(); ++i) {
            AnswerRow r{new QLineEdit(m_answersBox), targetCombo(m_answersBox), new QToolButton(m_answersBox),
                        new QToolButton(m_answersBox)};
            r.text->setObjectName(QStringLiteral("scriptAnswerText%1").arg(i + 1));
            r.text->setAccessibleName(tr("Answer %1").arg(i + 1));
            r.target->setAccessibleName(tr("Where answer %1 leads").arg(i + 1));
            r.up->setText(QStringLiteral("↑"));
            r.up->setToolTip(tr("Move the answer up"));
            r.remove->setText(QStringLiteral("✕"));
            r.remove->setToolTip(tr("Remove the answer"));
            m_answerGrid->addWidget(new QLabel(QString::number(i + 1), m_answersBox), i, 0);
            m_answerGrid->addWidget(r.text, i, 1);
            m_answerGrid->addWidget(r.target, i, 2);
            m_answerGrid->addWidget(r.up, i, 3);
            m_answerGrid->addWidget(r.remove, i, 4);
            connect(r.text, &QLineEdit::textEdited, this, [this, i] { answerEdited(i); });
            connect(r.target, &QComboBox::activated, this, [this, i] { answerEdited(i); });
            connect(r.up, &QToolButton::clicked, this, [this, i] { m_editor.moveAnswer(m_scriptId, m_node, i, -1); });
            connect(r.remove, &QToolButton::clicked, this, [this, i] { m_editor.removeAnswer(m_scriptId, m_node, i); });
            m_rows.append(r);
        }
        // Row numbers of removed rows: the grid keeps labels; drop the ones past the end.
        for (int row = int(answers.size()); row < m_answerGrid->rowCount(); ++row) {
            if (QLayoutItem* item = m_answerGrid->itemAtPosition(row, 0); item && item->widget())
                item->widget()->deleteLater();
        }
    }
    for (int i = 0; i < answers.size(); ++i) {
        setText(m_rows[i].text, answers.at(i).text);
        fillTargets(m_rows[i].target, answers.at(i).to);
        m_rows[i].up->setEnabled(i > 0);
    }
    m_addAnswer->setEnabled(answers.size() < 9);
}

void ScriptNodeForm::answerEdited(int index) {
    if (m_loading || index >= m_rows.size())
        return;
    m_editor.setAnswer(m_scriptId, m_node, index, m_rows[index].text->text(),
                       m_rows[index].target->currentData().toString());
}

void ScriptNodeForm::reload() {
    const kbedit::ScriptEntry* e = m_editor.workspace().script(m_scriptId);
    const scripts::Node* n = e ? e->doc.node(m_node) : nullptr;
    m_loading = true;
    setText(m_id, n ? n->id : QString());
    setCombo(m_type, n ? scripts::nodeTypeId(n->type) : QString());
    setText(m_label, n ? n->label : QString());
    setText(m_text, n ? n->text : QString());
    setText(m_note, n ? n->note : QString());
    fillTargets(m_next, n ? n->next : QString());
    setCombo(m_article, n ? n->article : QString());
    setCombo(m_kind, n ? n->kind : QString());
    m_days->setValue(n ? n->days : 0);
    setText(m_agencies, n && n->agencies ? n->agencies->join(QStringLiteral(", ")) : QString());
    setCombo(m_algorithm, n ? n->algorithm : QString());
    setCombo(m_category, n ? n->category : QString());
    {
        const QSignalBlocker block(m_jumpScript);
        m_jumpScript->clear();
        m_jumpScript->addItem(tr("— choose —"), QString());
        for (const QString& id : m_editor.workspace().scriptIds()) {
            if (id != m_scriptId)
                m_jumpScript->addItem(m_editor.workspace().script(id)->doc.title, id);
        }
        setCombo(m_jumpScript, n ? n->script : QString());
    }
    loadAnswers();
    setRows();
    m_loading = false;
}

void ScriptNodeForm::focusField(const QString& what) {
    QWidget* target = m_text;
    if (what == QLatin1String("answers") && !m_rows.isEmpty())
        target = m_rows.first().text;
    else if (what == QLatin1String("next"))
        target = m_next;
    else if (what == QLatin1String("article"))
        target = m_article;
    else if (what == QLatin1String("kind") || what == QLatin1String("days"))
        target = m_kind;
    else if (what == QLatin1String("agencies"))
        target = m_agencies;
    else if (what == QLatin1String("script"))
        target = m_jumpScript;
    if (target->isVisible())
        target->setFocus(Qt::OtherFocusReason);
}

} // namespace hotline::ui
