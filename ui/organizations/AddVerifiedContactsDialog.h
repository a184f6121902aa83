#pragma once

#include "core/NewVerifiedContact.h"
#include "services/OrganizationService.h"

#include <QDialog>
#include <QPointer>

class CertCentralClient;
class ErrorBanner;
class QLabel;
class QPushButton;
class QTableWidget;

// Add verified contacts to one organization: one row per person (name, e-mail, job title,
// telephone, the validation types they approve). At most 30 per request, as CertCentral
// allows; rows with problems are marked and the dialog stays open until CertCentral added them.
class AddVerifiedContactsDialog : public QDialog {
    Q_OBJECT
public:
    AddVerifiedContactsDialog(CertCentralClient *client, qint64 organizationId,
                              const QString &organizationName, QWidget *parent = nullptr);
    ~AddVerifiedContactsDialog() override;

    // Replaces the rows (also what pasting does); more than 30 are kept, and refused on submit.
    void setContacts(const QList<NewVerifiedContact> &contacts);
    // The rows that have anything typed in them.
    QList<NewVerifiedContact> contacts() const;
    int rowCount() const;
    void addRow();
    void submit();
    // The message above the buttons (the first problem), empty when there is none.
    QString errorText() const;
    ErrorBanner *banner() const { return m_banner; }
    QTableWidget *table() const { return m_table; }
    QPushButton *addRowButton() const { return m_addRow; }

signals:
    void added(qint64 organizationId, int count);

private:
    enum Column {
        FirstNameColumn,
        LastNameColumn,
        EmailColumn,
        JobTitleColumn,
        TelephoneColumn,
        ExtensionColumn,
        EvColumn,
        CsColumn,
        EvCsColumn,
        ColumnCount
    };
    void insertRow(const NewVerifiedContact &contact);
    void pasteRows();
    void removeSelectedRows();
    void updateCount();
    void clearMarks();
    void showErrors(const FieldErrors &errors);
    void setBusy(bool busy);

    CertCentralClient *m_client;
    qint64 m_organizationId;
    ErrorBanner *m_banner;
    QTableWidget *m_table;
    QPushButton *m_addRow;
    QPushButton *m_removeRows;
    QPushButton *m_paste;
    QLabel *m_count;
    QLabel *m_error;
    QPushButton *m_submit;
    mutable QList<int> m_rowOfEntry; // contacts()[i] comes from table row m_rowOfEntry[i]
    Reply<qint64, QList<qint64>> m_call;
};
