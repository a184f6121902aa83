#pragma once

#include "core/ApiError.h"
#include "core/FundsTransfer.h"
#include "core/RolePolicy.h"
#include "services/FinanceService.h"

#include <QList>
#include <QPair>
#include <QUrl>
#include <QWidget>

#include <optional>

class BalanceHistoryTab;
class BalancesModel;
class CertCentralClient;
class ErrorBanner;
class PaymentProfileTab;
class QLabel;
class QMessageBox;
class QPushButton;
class QTabWidget;
class QTableView;
class TransferFundsDialog;

// The Finance page, on what the Services API offers: the funds of every division on top
// (balance, unpaid invoices, negative balance limit, credit other divisions used, available
// funds), Move funds… between divisions, and two tabs: the balance history (BalanceHistoryTab)
// and the payment profile (PaymentProfileTab).
// Invoices and purchase orders exist only in the CertCentral console: Pay invoices in
// CertCentral… says what each division owes and opens the console's invoice page. Without the
// finance roles the page says why and loads nothing.
class FinanceScreen : public QWidget {
    Q_OBJECT
public:
    explicit FinanceScreen(CertCentralClient *client, QWidget *parent = nullptr);
    ~FinanceScreen() override;

    BalancesModel *balancesModel() const { return m_balances; }
    QTableView *balanceTable() const { return m_balanceTable; }
    BalanceHistoryTab *historyTab() const { return m_historyTab; }
    PaymentProfileTab *profileTab() const { return m_profileTab; }
    QTabWidget *tabs() const { return m_tabs; }
    ErrorBanner *banner() const { return m_banner; }
    QPushButton *refreshBalanceButton() const { return m_refreshBalance; }
    QPushButton *transferButton() const { return m_transfer; }
    QPushButton *payInvoicesButton() const { return m_payInvoices; }
    // The sentence shown when the role may not see finance; empty otherwise.
    QString deniedText() const;
    bool isLoading() const;

    // The divisions of the balance table (container id, name), the caller's own first.
    QList<QPair<qint64, QString>> divisions() const;
    void setRolePolicy(const RolePolicy &roles);
    // The signed-in user's division (UserInfo::containerName), listed first among the funds.
    void setOwnDivision(const QString &name) { m_ownDivision = name; }
    // What each division owes on invoices and where to pay them.
    QString invoiceSummary() const;
    QUrl invoicePageUrl() const;

public slots:
    // Balances, the balance history and the payment profile.
    void refresh();
    void refreshBalances();
    // Opens the move-funds dialog (window-modal); nullptr when not allowed.
    TransferFundsDialog *showTransferDialog();
    // Says what is owed and offers to open the console's invoice page (window-modal).
    QMessageBox *showPayInvoices();

signals:
    void balancesLoaded();
    void fundsTransferred(const FundsTransfer &transfer);
    void invoiceConsoleOpened(const QUrl &url);

private:
    void buildBalanceTable();
    void buildLayout();
    void connectControls();
    bool mayView() const;
    void updateActions();
    void loadBalancesOf(const QList<QPair<qint64, QString>> &divisions);
    QPair<qint64, QString> ownDivisionOnly() const;
    void balanceCallDone();
    void fitBalanceTable();
    void showLoadError(const QString &what, const ApiError &error);
    void cancelAll();

    CertCentralClient *m_client;
    BalancesModel *m_balances;
    ErrorBanner *m_banner;
    QLabel *m_denied;
    QWidget *m_content;
    QTableView *m_balanceTable = nullptr;
    QPushButton *m_refreshBalance;
    QPushButton *m_transfer;
    QPushButton *m_payInvoices;
    QTabWidget *m_tabs = nullptr;
    BalanceHistoryTab *m_historyTab;
    PaymentProfileTab *m_profileTab;

    AnyReply m_containersCall;
    QString m_ownDivision;
    QList<AnyReply> m_balanceCalls;
    int m_balancesPending = 0;
    std::optional<RolePolicy> m_roles;
};
