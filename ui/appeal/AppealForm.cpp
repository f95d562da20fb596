#include "AppealForm.h"

#include "call/Clock.h"
#include "call/KindSelection.h"
#include "domain/ReferenceData.h"
#include "domain/Validators.h"
#include "kb/KnowledgeBase.h"
#include "main/Services.h"
#include "outbox/OutboxStore.h"
#include "settings/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hotline::ui {

using domain::AppealKind;

namespace {

int key(AppealFormData::Field f) {
    return static_cast<int>(f);
}

// A text box that asks only for its minimum height: QScrollArea sizes a form with word-wrapped labels by the layout's
// preferred heights, and a QPlainTextEdit's preferred ≈ 190 px alone would push the form into scrolling.
class CompactTextEdit : public QPlainTextEdit {
public:
    using QPlainTextEdit::QPlainTextEdit;
    QSize sizeHint() const override { return {QPlainTextEdit::sizeHint().width(), minimumHeight()}; }
};

void selectData(QComboBox* combo, const QString& value) {
    const int i = combo->findData(value);
    if (i >= 0)
        combo->setCurrentIndex(i);
}

} // namespace

AppealForm::AppealForm(const Services& services, std::function<CallContext()> call, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_call(std::move(call)) {
    setObjectName(QStringLiteral("appealForm"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(6, 4, 6, 4);
    auto* form = new QFormLayout;
    m_formLayout = form;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(2); // the whole form fits under the call panel at 1366×768
    outer->addLayout(form);
    auto addRow = [&](const QString& label, QWidget* field, QWidget* buddy, const QString& accessible) {
        auto* l = new QLabel(label, this);
        l->setBuddy(buddy);
        buddy->setAccessibleName(accessible);
        form->addRow(l, field);
    };

    // Two short fields share a row (the kind and a task's working days, ИНН and ОГРН, phone and e-mail): with
    // every row the kind asks for, the form fits under the call panel at 1366×768 without scrolling.
    auto pairRow = [&](QWidget* left, QLabel* rightLabel, QWidget* right, const QString& rightAccessible) {
        auto* row = new QWidget(this);
        auto* h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        h->addWidget(left, 1);
        rightLabel->setBuddy(right);
        right->setAccessibleName(rightAccessible);
        h->addWidget(rightLabel);
        h->addWidget(right, 1);
        return row;
    };

    m_kind = new QComboBox(this);
    for (AppealKind k : domain::allAppealKinds)
        m_kind->addItem(domain::appealKindTitle(k), domain::appealKindId(k));
    m_days = new QSpinBox(this);
    m_days->setRange(m_services.policy->settings().taskMinDays, m_services.policy->settings().taskMaxDays);
    m_days->setValue(m_services.policy->settings().taskDefaultDays);
    m_daysLabel = new QLabel(tr("Wo&rking days"), this);
    addRow(tr("&Kind"), pairRow(m_kind, m_daysLabel, m_days, tr("Working days to resolve the task")), m_kind,
           tr("Kind of appeal"));
    m_days->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_channel = new QComboBox(this);
    if (m_services.reference) {
        for (const domain::Channel& c : m_services.reference->channels())
            m_channel->addItem(c.name, c.id);
    }
    addRow(tr("C&hannel"), m_channel, m_channel, tr("Channel"));
    m_category = new QComboBox(this);
    setKnowledgeBase(m_services.kb);
    addRow(tr("Ca&tegory"), m_category, m_category, tr("Category"));
    m_organisation = new QLineEdit(this);
    addRow(tr("&Organisation"), withMessage(m_organisation, Field::Organisation), m_organisation, tr("Organisation"));
    m_inn = new QLineEdit(this);
    m_inn->setObjectName(QStringLiteral("innField"));
    m_inn->setPlaceholderText(tr("10 or 12 digits"));
    m_ogrn = new QLineEdit(this);
    m_ogrn->setPlaceholderText(tr("13 or 15 digits"));
    m_ogrn->setToolTip(tr("OGRN or OGRNIP"));
    addRow(tr("&INN"),
           withMessages(pairRow(m_inn, new QLabel(tr("O&GRN(IP)"), this), m_ogrn, tr("OGRN or OGRNIP")),
                        {{m_inn, Field::Inn}, {m_ogrn, Field::Ogrn}}),
           m_inn, tr("INN"));
    m_contact = new QLineEdit(this);
    addRow(tr("Contact &person"), withMessage(m_contact, Field::ContactPerson), m_contact, tr("Contact person"));
    m_phone = new QLineEdit(this);
    m_phone->setPlaceholderText(QStringLiteral("+7 …"));
    m_email = new QLineEdit(this);
    addRow(tr("&Phone"),
           withMessages(pairRow(m_phone, new QLabel(tr("&E-mail"), this), m_email, tr("E-mail")),
                        {{m_phone, Field::Phone}, {m_email, Field::Email}}),
           m_phone, tr("Phone"));
    m_municipality = new QComboBox(this);
    m_municipality->setEditable(true);
    m_municipality->setInsertPolicy(QComboBox::NoInsert);
    m_municipality->addItem(QString());
    if (m_services.reference) {
        for (const domain::Municipality& m : m_services.reference->municipalities())
            m_municipality->addItem(m.name);
    }
    m_municipality->completer()->setFilterMode(Qt::MatchContains);
    m_municipality->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_municipality->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_municipality->lineEdit()->setPlaceholderText(tr("Type part of the name"));
    addRow(tr("&Municipality"), withMessage(m_municipality, Field::Municipality), m_municipality, tr("Municipality"));
    m_algorithm = new QComboBox(this);
    m_algorithm->setObjectName(QStringLiteral("algorithmField"));
    for (domain::Algorithm a : {domain::Algorithm::Single, domain::Algorithm::Multi, domain::Algorithm::Omsu})
        m_algorithm->addItem(domain::algorithmTitle(a), domain::algorithmId(a));
    addRow(tr("A&lgorithm"), m_algorithm, m_algorithm, tr("Processing algorithm"));
    m_agencies = new QListWidget(this);
    m_agencies->setMinimumHeight(58);
    m_agencies->setMaximumHeight(58);
    m_agencies->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    if (m_services.reference) {
        for (const domain::Agency& a : m_services.reference->agencies()) {
            if (!a.active)
                continue;
            auto* item = new QListWidgetItem(a.shortNames.isEmpty() ? a.name : a.shortNames.first(), m_agencies);
            item->setToolTip(a.name);
            item->setData(Qt::UserRole, a.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    addRow(tr("A&gencies"), withMessage(m_agencies, Field::Agencies), m_agencies, tr("Agencies"));
    m_description = new CompactTextEdit(this);
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(56); // three lines; the form's height is what its fields need, no more
    addRow(tr("&Description"), withMessage(m_description, Field::Description), m_description,
           tr("Description of the question"));
    // Long names (channels, categories, municipalities) must not widen the dock: the combos elide instead.
    for (QComboBox* combo : {m_kind, m_channel, m_category, m_municipality, m_algorithm}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
    }
    m_closedOnCall = new QCheckBox(tr("Answered during the call (file it closed)"), this);
    form->addRow(QString(), m_closedOnCall);
    auto* buttons = new QHBoxLayout;
    m_submit = new QPushButton(tr("&File the appeal"), this);
    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_submit->setToolTip(tr("Stores the appeal in the outbox (Ctrl+Enter)"));
    m_clear = new QPushButton(tr("Clea&r…"), this);
    buttons->addWidget(m_submit, 1);
    buttons->addWidget(m_clear);
    outer->addLayout(buttons);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("formResult"));
    m_result->setWordWrap(true);
    outer->addWidget(m_result);
    outer->addStretch();

    for (auto* shortcutKey : {new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this),
                              new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this)}) {
        shortcutKey->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcutKey, &QShortcut::activated, this, &AppealForm::submit);
    }
    connect(m_submit, &QPushButton::clicked, this, &AppealForm::submit);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        if (data().isEmpty() || confirmWithUser(m_services, this, tr("Clear the form? What was typed is lost.")))
            clearForm();
    });
    for (QLineEdit* e : {m_organisation, m_inn, m_ogrn, m_contact, m_phone, m_email, m_municipality->lineEdit()})
        connect(e, &QLineEdit::textChanged, this, &AppealForm::onChanged);
    connect(m_description, &QPlainTextEdit::textChanged, this, &AppealForm::onChanged);
    connect(m_agencies, &QListWidget::itemChanged, this, &AppealForm::onChanged);
    connect(m_closedOnCall, &QCheckBox::toggled, this, &AppealForm::showRowsOfKind);
    connect(m_closedOnCall, &QCheckBox::toggled, this, &AppealForm::onChanged);
    for (QComboBox* c : {m_channel, m_category, m_algorithm})
        connect(c, &QComboBox::currentIndexChanged, this, &AppealForm::onChanged);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AppealForm::onKindChanged);
    connect(m_days, &QSpinBox::valueChanged, this, &AppealForm::onKindChanged);
    connect(m_organisation, &QLineEdit::textChanged, this, &AppealForm::organisationChanged);
    clearForm();
}

QWidget* AppealForm::withMessage(QWidget* input, Field field) {
    return withMessages(input, {{input, field}});
}

// The row over its fields' messages (red, hidden while there is none), each message as wide as the row.
QWidget* AppealForm::withMessages(QWidget* row, std::initializer_list<std::pair<QWidget*, Field>> inputs) {
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addWidget(row);
    for (const auto& [input, field] : inputs) {
        auto* message = new QLabel(box);
        message->setWordWrap(true);
        message->setStyleSheet(QStringLiteral("color:#b00020;"));
        message->setVisible(false);
        layout->addWidget(message);
        input->installEventFilter(this);
        m_inputs.insert(key(field), input);
        m_messages.insert(key(field), message);
    }
    return box;
}

QWidget* AppealForm::fieldWidget(Field field) const {
    return m_inputs.value(key(field));
}

QString AppealForm::message(Field field) const {
    QLabel* l = m_messages.value(key(field));
    return l && l->isVisible() ? l->text() : QString();
}

void AppealForm::addFieldNote(Field field, QWidget* note) {
    QWidget* box = m_messages.contains(key(field)) ? m_messages.value(key(field))->parentWidget() : nullptr;
    if (box && box->layout())
        box->layout()->addWidget(note);
}

QWidget* AppealForm::firstInput() const {
    return m_kind;
}

bool AppealForm::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::FocusOut) {
        if (watched == m_phone) {
            const domain::Validation v = domain::validatePhone(m_phone->text());
            if (v.valid && v.normalized != m_phone->text())
                m_phone->setText(v.normalized);
        }
        for (auto it = m_inputs.cbegin(); it != m_inputs.cend(); ++it) {
            if (it.value() == watched) {
                m_touched[it.key()] = true;
                validate(static_cast<Field>(it.key()));
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AppealForm::validate(Field field) {
    QLabel* label = m_messages.value(key(field));
    if (!label)
        return;
    const QString problem = m_touched.value(key(field)) ? data().problem(field, m_services.reference) : QString();
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
    fieldWidget(field)->setAccessibleDescription(problem);
}

void AppealForm::onChanged() {
    if (m_loading)
        return;
    if (QWidget* w = qobject_cast<QWidget*>(sender())) {
        for (auto it = m_inputs.cbegin(); it != m_inputs.cend(); ++it) {
            if (it.value() == w || (it.value() == m_municipality && w == m_municipality->lineEdit()))
                m_touched[it.key()] = true;
        }
    }
    for (Field f : AppealFormData::fields())
        validate(f);
    m_result->clear();
    emit edited();
}

void AppealForm::onKindChanged() {
    if (selection().kind != AppealKind::Simple)
        m_closedOnCall->setChecked(false);
    showRowsOfKind();
    if (!m_loading) {
        onChanged();
        emit selectionChanged(selection());
    }
}

void AppealForm::showRowsOfKind() {
    const AppealKind kind = selection().kind;
    // Only the fields of the chosen kind: the working days of a task, the "closed on the call" of a simple one;
    // an appeal answered on the call goes to no agency, so its routing rows are not asked for.
    const bool routed = !(kind == AppealKind::Simple && m_closedOnCall->isChecked());
    m_days->setVisible(kind == AppealKind::Task);
    m_daysLabel->setVisible(kind == AppealKind::Task);
    m_formLayout->setRowVisible(m_closedOnCall, kind == AppealKind::Simple);
    m_formLayout->setRowVisible(m_algorithm, routed);
    m_formLayout->setRowVisible(m_agencies->parentWidget(), routed);
}

KindSelection AppealForm::selection() const {
    KindSelection s;
    s.kind = domain::appealKindFromId(m_kind->currentData().toString()).value_or(AppealKind::Simple);
    s.days = s.kind == AppealKind::Task ? m_days->value() : 0;
    if (s.kind == AppealKind::Complaint)
        s.roadmap = m_roadmap;
    return s;
}

AppealFormData AppealForm::data() const {
    AppealFormData d;
    const KindSelection s = selection();
    d.kind = s.kind;
    d.days = s.days;
    d.roadmap = s.roadmap;
    d.channelId = m_channel->currentData().toString();
    d.categoryId = m_category->currentData().toString();
    d.articleId = m_articleId;
    d.articleTitle = m_articleTitle;
    d.organisation = m_organisation->text();
    d.inn = m_inn->text();
    d.ogrn = m_ogrn->text();
    d.contactPerson = m_contact->text();
    d.phone = m_phone->text();
    d.email = m_email->text();
    d.municipality = m_municipality->currentText();
    d.algorithm = domain::algorithmFromId(m_algorithm->currentData().toString()).value_or(domain::Algorithm::Single);
    for (int i = 0; i < m_agencies->count(); ++i) {
        if (m_agencies->item(i)->checkState() == Qt::Checked)
            d.agencyIds.append(m_agencies->item(i)->data(Qt::UserRole).toString());
    }
    d.description = m_description->toPlainText();
    d.closedOnCall = m_closedOnCall->isChecked();
    return d;
}

void AppealForm::setKnowledgeBase(const kb::KnowledgeBase* kb) {
    const QString chosen = m_category->currentData().toString();
    const bool loading = m_loading;
    m_loading = true; // not an edit by the operator
    m_category->clear();
    if (kb) {
        for (const kb::Category& c : kb->categories()) {
            if (c.parentId.isEmpty())
                continue;
            const kb::Category* top = kb->category(c.parentId);
            m_category->addItem(top ? QStringLiteral("%1 › %2").arg(top->title, c.title) : c.title, c.id);
        }
    }
    selectData(m_category, chosen);
    m_loading = loading;
}

void AppealForm::setData(const AppealFormData& d) {
    m_loading = true;
    m_articleId = d.articleId;
    m_articleTitle = d.articleTitle;
    m_roadmap = d.roadmap;
    selectData(m_kind, domain::appealKindId(d.kind));
    if (d.days > 0)
        m_days->setValue(d.days);
    selectData(m_channel, d.channelId);
    selectData(m_category, d.categoryId);
    m_organisation->setText(d.organisation);
    m_inn->setText(d.inn);
    m_ogrn->setText(d.ogrn);
    m_contact->setText(d.contactPerson);
    m_phone->setText(d.phone);
    m_email->setText(d.email);
    m_municipality->setCurrentIndex(std::max(0, m_municipality->findText(d.municipality)));
    m_municipality->setEditText(d.municipality);
    selectData(m_algorithm, domain::algorithmId(d.algorithm));
    for (int i = 0; i < m_agencies->count(); ++i) {
        QListWidgetItem* item = m_agencies->item(i);
        item->setCheckState(d.agencyIds.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_description->setPlainText(d.description);
    m_closedOnCall->setChecked(d.closedOnCall);
    m_touched.clear();
    m_loading = false;
    onKindChanged();
    emit organisationChanged(d.organisation);
}

void AppealForm::prefillFromArticle(const kb::Article& article) {
    AppealFormData d = data();
    d.kind = article.kind;
    d.days = article.days;
    d.categoryId = article.category;
    d.articleId = article.id;
    d.algorithm = article.algorithm;
    d.agencyIds = article.agencies;
    d.roadmap = article.roadmap;
    // The caller's question goes under the title; keep what the operator already wrote.
    const QString previous = d.description.trimmed();
    if (previous.isEmpty() || previous == d.articleTitle.trimmed())
        d.description = article.title + QLatin1Char('\n');
    d.articleTitle = article.title;
    setData(d);
}

void AppealForm::clearForm() {
    AppealFormData empty;
    empty.channelId = QStringLiteral("hotline_0150");
    setData(empty);
    for (Field f : AppealFormData::fields())
        validate(f);
}

bool AppealForm::submit() {
    for (Field f : AppealFormData::fields()) {
        m_touched[key(f)] = true;
        validate(f);
    }
    const AppealFormData d = data();
    if (const auto field = d.firstProblem(m_services.reference)) {
        m_result->setText(tr("Not filed: correct the marked fields."));
        QWidget* first = fieldWidget(*field);
        first->setFocus(Qt::OtherFocusReason);
        // With every problem said under its field the form may be taller than its dock: show the first one.
        for (QWidget* p = parentWidget(); p; p = p->parentWidget()) {
            if (auto* scroll = qobject_cast<QScrollArea*>(p)) {
                // Only the pending layouts (the messages just shown), not a nested event loop inside a slot.
                QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
                scroll->ensureWidgetVisible(m_messages.value(key(*field))->parentWidget());
                break;
            }
        }
        return false;
    }
    if (!m_services.outbox) {
        m_result->setText(tr("Not filed: the local outbox could not be opened. Write the appeal down."));
        return false;
    }
    const CallContext call = m_call();
    const domain::Appeal appeal = d.toAppeal(*m_services.policy, call.start, call.seconds, m_services.clock->now(),
                                             m_services.settings->serverLogin());
    auto stored = m_services.outbox->enqueue(appeal);
    if (!stored) {
        m_result->setText(tr("Not filed: %1").arg(stored.error().message));
        return false;
    }
    clearForm();
    m_result->setText(
        tr("Filed to the outbox: «%1», due %2.").arg(appeal.subject, DeadlineText::dueTime(appeal.resolutionDue)));
    emit appealFiled(appeal, stored.value());
    return true;
}

} // namespace hotline::ui
