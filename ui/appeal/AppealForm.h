#pragma once

#include "AppealFormData.h"
#include "call/KindSelection.h"

#include <QHash>
#include <QWidget>
#include <functional>
#include <initializer_list>
#include <utility>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QFormLayout;
class QSpinBox;

namespace hotline::kb {
class KnowledgeBase;
}

namespace hotline::ui {

struct Services;

// The appeal form: prefilled from the open article, validated live field by field (messages in Russian
// beside each field), submitted to the local outbox in one step. Submitting with a problem focuses the
// first field that has one.
class AppealForm : public QWidget {
    Q_OBJECT
public:
    using Field = AppealFormData::Field;
    // What the deadlines count from (the call's start, or now without a call) and the call's length so far.
    struct CallContext {
        QDateTime start;
        int seconds = 0;
    };
    AppealForm(const Services& services, std::function<CallContext()> call, QWidget* parent = nullptr);

    void prefillFromArticle(const kb::Article& article);
    // Another knowledge base (after a sync; the services already point at it): the category list follows
    // it, the chosen category stays.
    void setKnowledgeBase(const kb::KnowledgeBase* kb);
    AppealFormData data() const;
    void setData(const AppealFormData& data);
    KindSelection selection() const;
    QWidget* fieldWidget(Field field) const;
    QString message(Field field) const;
    QWidget* firstInput() const;
    // Puts `note` under a field's input and message (e.g. the duplicate hint under the ИНН).
    void addFieldNote(Field field, QWidget* note);
    QPushButton* submitButton() const { return m_submit; }

public slots:
    // Validates; on success the appeal is in the outbox and the form is empty again.
    bool submit();
    void clearForm();

signals:
    void edited();
    void selectionChanged(const hotline::ui::KindSelection& selection);
    // The appeal is in the outbox; callStart is what its deadlines counted from.
    void appealFiled(const hotline::domain::Appeal& appeal, qint64 outboxId);
    void organisationChanged(const QString& organisation);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* withMessage(QWidget* input, Field field);
    QWidget* withMessages(QWidget* row, std::initializer_list<std::pair<QWidget*, Field>> inputs);
    void validate(Field field);
    void onKindChanged();
    void showRowsOfKind();
    void onChanged();

    const Services& m_services;
    std::function<CallContext()> m_call;
    bool m_loading = false;
    QString m_articleId;
    QString m_articleTitle;
    QList<kb::RoadmapStep> m_roadmap;
    QHash<int, QWidget*> m_inputs;
    QHash<int, QLabel*> m_messages;
    QHash<int, bool> m_touched;

    QComboBox* m_kind;
    QFormLayout* m_formLayout;
    QSpinBox* m_days;
    QLabel* m_daysLabel;
    QComboBox* m_channel;
    QComboBox* m_category;
    QLineEdit* m_organisation;
    QLineEdit* m_inn;
    QLineEdit* m_ogrn;
    QLineEdit* m_contact;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QComboBox* m_municipality;
    QComboBox* m_algorithm;
    QListWidget* m_agencies;
    QPlainTextEdit* m_description;
    QCheckBox* m_closedOnCall;
    QLabel* m_result;
    QPushButton* m_submit;
    QPushButton* m_clear;
};

} // namespace hotline::ui
