#include "CallerCard.h"

#include "domain/MoscowTime.h"
#include "phone/CallerAppealsModel.h"
#include "phone/CallerNumber.h"

#include <QBrush>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace hotline::ui {

using phone::AppealSummary;
using phone::CallerAppealsModel;

namespace {

// Overdue appeals in red, closed ones in grey.
class AppealColours : public QIdentityProxyModel {
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex& index, int role) const override {
        if (role == Qt::ForegroundRole) {
            if (index.data(CallerAppealsModel::ClosedRole).toBool())
                return QBrush(QColor(0x70, 0x70, 0x70));
            if (index.data(CallerAppealsModel::OverdueRole).toBool())
                return QBrush(QColor(0xb0, 0x00, 0x20));
        }
        return QIdentityProxyModel::data(index, role);
    }
};

QString esc(const QString& s) {
    return s.toHtmlEscaped();
}

QString moscow(const QDateTime& t, const char* format = "dd.MM.yyyy HH:mm") {
    return domain::toMoscow(t).toString(QString::fromLatin1(format));
}

} // namespace

CallerCard::CallerCard(phone::CallerHistory& history, QWidget* parent)
    : QWidget(parent)
    , m_history(history)
    , m_model(new CallerAppealsModel(this))
    , m_colours(new AppealColours(this)) {
    setObjectName(QStringLiteral("callerCard"));
    m_colours->setSourceModel(m_model);
    buildLayout();
    showCaller({});
}

void CallerCard::buildLayout() {
    // Two columns: who is calling and their appeals on the left, the appeal to read out on the right.
    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(6, 4, 6, 4);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("callerSplitter"));
    splitter->setChildrenCollapsible(false);
    outer->addWidget(splitter);
    auto* left = new QWidget(splitter);
    auto* right = new QWidget(splitter);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(left);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto* side = new QVBoxLayout(right);
    side->setContentsMargins(0, 0, 0, 0);
    side->setSpacing(4);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("callerTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_scope = new QLabel(this);
    m_scope->setObjectName(QStringLiteral("callerScope"));
    m_scope->setWordWrap(true);
    m_calls = new QLabel(this);
    m_calls->setObjectName(QStringLiteral("callerCalls"));
    m_calls->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_scope);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("callerAppeals"));
    m_view->setModel(m_colours);
    m_view->setRootIsDecorated(false);
    // The kind («Сложная консультация») wraps in its column rather than showing «Сложн…».
    m_view->setUniformRowHeights(false);
    m_view->setWordWrap(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAccessibleName(tr("Earlier appeals of the caller"));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(CallerAppealsModel::KindColumn, QHeaderView::Stretch);
    m_view->setMinimumHeight(70);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_calls);

    auto* numberRow = new QHBoxLayout;
    auto* numberLabel = new QLabel(tr("Appeal &No.:"), this);
    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("appealNumber"));
    m_number->setPlaceholderText(tr("the number the caller names (Ctrl+G)"));
    m_number->setAccessibleName(tr("Appeal number"));
    numberLabel->setBuddy(m_number);
    numberRow->addWidget(numberLabel);
    numberRow->addWidget(m_number, 1);
    side->addLayout(numberRow);

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("appealDetails"));
    m_details->setOpenLinks(false);
    m_details->setAccessibleName(tr("The appeal as the caller should hear it"));
    m_details->setMinimumHeight(80);
    m_details->document()->setDefaultStyleSheet(
        QStringLiteral("p { margin: 0 0 3px 0; } blockquote { margin: 0 0 0 12px; }"));
    side->addWidget(m_details, 1);

    auto* buttons = new QHBoxLayout;
    m_open = new QPushButton(tr("&Open"), this);
    m_open->setToolTip(tr("The selected appeal's status from Redmine (Enter)"));
    m_note = new QPushButton(tr("A&dd to the appeal…"), this);
    m_note->setToolTip(tr("Adds the caller's new information to the selected appeal as a note (Ctrl+Shift+D)"));
    m_new = new QPushButton(tr("&New appeal"), this);
    m_new->setToolTip(tr("Opens the appeal form with the caller's phone and INN (Ctrl+Shift+N)"));
    for (QPushButton* b : {m_open, m_note, m_new}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    side->addLayout(buttons);

    connect(m_number, &QLineEdit::returnPressed, this, [this] {
        bool ok = false;
        const int id = m_number->text().trimmed().remove(QLatin1Char('#')).remove(QStringLiteral("№")).toInt(&ok);
        if (ok && id > 0)
            showAppeal(id);
        else
            m_details->setHtml(tr("<p>Type the appeal's number (digits only) and press Enter.</p>"));
    });
    connect(m_view, &QTreeView::activated, this, &CallerCard::openCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        if (const AppealSummary* a = currentAppeal(); a && (!m_shown || m_shown->issueId != a->issueId))
            showSummary(*a);
        updateButtons();
    });
    connect(m_open, &QPushButton::clicked, this, &CallerCard::openCurrent);
    connect(m_note, &QPushButton::clicked, this, &CallerCard::requestNote);
    connect(m_new, &QPushButton::clicked, this, [this] { emit newAppealRequested(m_key); });
    auto* noteKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), this);
    noteKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(noteKey, &QShortcut::activated, this, &CallerCard::requestNote);
    auto* newKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this);
    newKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newKey, &QShortcut::activated, m_new, &QPushButton::click);
}

void CallerCard::focusNumberField() {
    m_number->setFocus(Qt::ShortcutFocusReason);
    m_number->selectAll();
}

void CallerCard::setLocal() {
    QStringList who;
    if (!m_key.phone.isEmpty())
        who << phone::displayPhone(m_key.phone);
    if (!m_key.inn.isEmpty())
        who << tr("INN %1").arg(m_key.inn);
    m_title->setText(who.isEmpty() ? tr("Caller not identified")
                                   : tr("Caller: %1").arg(who.join(QStringLiteral(" · "))));
    m_local = m_history.localAppeals(m_key);
    m_model->setAppeals(m_local);
    const QList<call::CallRecord> calls = m_history.localCalls(m_key.phone);
    int missed = 0;
    for (const call::CallRecord& c : calls)
        missed += c.result == call::CallResult::Missed;
    m_calls->setText(calls.isEmpty() ? QString()
                                     : tr("Calls from this number on this workstation in 90 days: %1 (missed: %2).")
                                           .arg(calls.size())
                                           .arg(missed));
    m_calls->setVisible(!calls.isEmpty());
    updateButtons();
}

void CallerCard::showCaller(const phone::CallerKey& key) {
    const int generation = ++m_generation;
    m_key = key;
    m_shown.reset();
    m_details->clear();
    setLocal();
    if (key.isEmpty()) {
        m_scope->setText(tr("No number or INN yet: the card fills in when the caller is known."));
        return;
    }
    if (!m_history.serverConfigured()) {
        m_scope->setText(tr("Only this workstation's data is shown: no server is connected."));
        m_scope->setStyleSheet(QStringLiteral("color:#a04000;"));
        emit loaded();
        return;
    }
    m_scope->setText(tr("This workstation's data; asking Redmine…"));
    m_scope->setStyleSheet(QString());
    m_history.fetch(key, this, [this, generation](Result<QList<AppealSummary>> found) {
        if (generation != m_generation)
            return; // another caller since
        if (!found) {
            m_scope->setText(
                tr("Only this workstation's data is shown: Redmine did not answer (%1).").arg(found.error().message));
            m_scope->setStyleSheet(QStringLiteral("color:#a04000;"));
        } else {
            m_model->setAppeals(phone::mergeAppeals(m_local, found.value()));
            m_scope->setText(tr("Appeals from Redmine and this workstation: %1.").arg(m_model->rowCount()));
        }
        updateButtons();
        emit loaded();
    });
}

void CallerCard::showAppeal(int issueId) {
    const int generation = ++m_generation;
    m_number->setText(QString::number(issueId));
    m_details->setHtml(tr("<p>Reading appeal №%1 from Redmine…</p>").arg(issueId));
    phone::fetchAppealStatus(m_history, issueId, this, [this, generation](Result<phone::AppealStatus> status) {
        if (generation != m_generation)
            return;
        if (!status) {
            m_details->setHtml(QStringLiteral("<p style='color:#b00020'>%1</p>").arg(esc(status.error().message)));
            emit loaded();
            return;
        }
        const phone::AppealStatus s = status.value();
        // The caller's other appeals beside it, by the phone and ИНН the appeal was filed with.
        const phone::CallerKey key{s.appeal.phone, s.appeal.inn};
        if (!key.isEmpty() && !(key == m_key))
            showCaller(key);
        showStatus(s);
    });
}

const AppealSummary* CallerCard::currentAppeal() const {
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        return m_model->appeal(current.row());
    return m_shown ? &*m_shown : nullptr;
}

void CallerCard::openCurrent() {
    const QModelIndex current = m_view->currentIndex();
    const AppealSummary* a = current.isValid() ? m_model->appeal(current.row()) : nullptr;
    if (!a)
        return;
    if (a->issueId > 0)
        showAppeal(a->issueId);
    else
        showSummary(*a);
}

void CallerCard::showSummary(const AppealSummary& a) {
    m_shown = a;
    QString html =
        a.issueId > 0
            ? tr("<p><b>Appeal №%1</b> — %2, of %3</p>")
                  .arg(a.issueId)
                  .arg(esc(a.kind), moscow(a.created, "dd.MM.yyyy"))
            : tr("<p><b>Appeal not sent yet</b> — %1, of %2</p>").arg(esc(a.kind), moscow(a.created, "dd.MM.yyyy"));
    html += QStringLiteral("<p>%1</p>").arg(esc(a.subject));
    html += tr("<p><b>Status:</b> %1</p>").arg(esc(a.status));
    html += tr("<p><b>Deadline:</b> %1</p>").arg(esc(phone::deadlineInWords(a.deadline, a.deadlineState)));
    if (a.issueId > 0)
        html += tr("<p><i>Enter: the whole status from Redmine.</i></p>");
    m_details->setHtml(html);
    updateButtons();
}

void CallerCard::showStatus(const phone::AppealStatus& s) {
    const AppealSummary& a = s.appeal;
    m_shown = a;
    QString html =
        tr("<p><b>Appeal №%1</b> — %2, of %3</p>").arg(a.issueId).arg(esc(a.kind), moscow(a.created, "dd.MM.yyyy"));
    html += QStringLiteral("<p>%1</p>").arg(esc(a.subject));
    html += tr("<p><b>Status:</b> %1</p>").arg(esc(s.plainStatus));
    if (!s.executor.isEmpty())
        html += tr("<p><b>Executor now:</b> %1</p>").arg(esc(s.executor));
    if (s.stepsTotal > 0) {
        if (!s.stepTitle.isEmpty())
            html += tr("<p><b>Roadmap step:</b> %1 — %2 (%3 of %4 done)</p>")
                        .arg(esc(s.stepTitle), esc(phone::deadlineInWords(s.stepDue, s.stepState)))
                        .arg(s.stepsDone)
                        .arg(s.stepsTotal);
        else
            html += tr("<p><b>Roadmap:</b> all %1 steps done</p>").arg(s.stepsTotal);
    }
    const bool late =
        a.deadlineState == calllog::DeadlineState::Overdue || a.deadlineState == calllog::DeadlineState::Missed;
    html += tr("<p><b>Deadline:</b> <span style='%1'>%2</span></p>")
                .arg(late ? QStringLiteral("color:#b00020;font-weight:bold") : QString(),
                     esc(phone::deadlineInWords(a.deadline, a.deadlineState)));
    if (!s.lastAnswer.isEmpty())
        html += tr("<p><b>Last answer</b> (%1, %2):</p><blockquote>%3</blockquote>")
                    .arg(esc(s.lastAnswerBy), moscow(s.lastAnswerAt),
                         esc(s.lastAnswer).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    else
        html += tr("<p><b>Last answer:</b> none yet.</p>");
    m_details->setHtml(html);
    updateButtons();
    emit loaded();
}

void CallerCard::requestNote() {
    const AppealSummary* a = currentAppeal();
    if (a && a->issueId > 0 && !a->closed)
        emit noteRequested(a->issueId, a->subject);
}

void CallerCard::updateButtons() {
    const AppealSummary* a = currentAppeal();
    m_open->setEnabled(a != nullptr);
    m_note->setEnabled(a && a->issueId > 0 && !a->closed);
    m_new->setEnabled(true);
}

QString CallerCard::titleText() const {
    return m_title->text();
}

QString CallerCard::scopeText() const {
    return m_scope->text();
}

QString CallerCard::detailsText() const {
    return m_details->toPlainText();
}

} // namespace hotline::ui
