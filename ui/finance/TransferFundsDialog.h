#pragma once

#include "core/FundsTransfer.h"
#include "services/FinanceService.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class CertCentralClient;
class ErrorBanner;
class FieldErrorMap;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

// Moves funds between two divisions (POST finance/transfer). Move… checks the form (each
// problem under its field, the amount against what the source division has available), asks
// to confirm, sends once and says what happened; the dialog stays open on a refusal, and a
// lost reply is told as "not known" with the advice to look at the balances first.
class TransferFundsDialog : public QDialog {
    Q_OBJECT
public:
    struct Division {
        qint64 containerId = 0;
        QString name;
        qint64 availableCents = -1; // -1: unknown or unlimited
        QString currency;
    };

    // divisions: every division of the account with a container id (at least two to move).
    TransferFundsDialog(CertCentralClient *client, const QList<Division> &divisions,
                        QWidget *parent = nullptr);
    ~TransferFundsDialog() override;

    QComboBox *fromPicker() const { return m_from; }
    QComboBox *toPicker() const { return m_to; }
    QLineEdit *amountEdit() const;
    QPushButton *moveButton() const { return m_move; }
    QPushButton *confirmButton() const { return m_confirm; }
    QString errorText(const QString &apiField) const;
    QString availableText() const;
    QString confirmationText() const;
    QString resultText() const;
    ErrorBanner *banner() const { return m_banner; }
    FundsTransfer transfer() const;

public slots:
    // Checks the form; shows the confirmation when it can be sent.
    void submit();
    // Sends it (after the confirmation).
    void confirm();

signals:
    void confirmationShown(const QString &text);
    void transferred(const FundsTransfer &transfer);
    // The reply was lost: the funds may or may not have moved.
    void outcomeUnknown();

private:
    QWidget *buildConfirmPage();
    QWidget *buildResultPage();
    void showPage(int index);
    void updateAvailable();
    const Division *division(qint64 containerId) const;
    QString amountText(const FundsTransfer &transfer) const;

    CertCentralClient *m_client;
    QList<Division> m_divisions;
    FieldErrorMap *m_errors;
    ErrorBanner *m_banner;
    QStackedWidget *m_stack;
    QComboBox *m_from;
    QComboBox *m_to;
    QLabel *m_available;
    QPushButton *m_move;
    QLabel *m_confirmText;
    QPushButton *m_confirm;
    QPushButton *m_back;
    QLabel *m_resultText;
    Reply<FundsTransfer> m_call;
};
