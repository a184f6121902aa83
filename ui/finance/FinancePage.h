#pragma once

#include "ApiError.h"
#include "BalanceHistoryQuery.h"
#include "FundsTransfer.h"
#include "PaymentProfile.h"
#include "RolePolicy.h"
#include "services/FinanceService.h"

#include <QList>
#include <QPair>
#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <optional>

class BalanceHistoryModel;
class BalancesModel;
class CertCentralClient;
class ErrorBanner;
class QComboBox;
class QHBoxLayout;
class QVBoxLayout;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;
class TransferFundsDialog;

// The Finance page, on what the Services API offers: the funds of every division on top
// (balance, unpaid invoices, negative balance limit, credit other divisions used, available
// funds), Move funds… between divisions, and two tabs: the balance history (a division, a
// date range, a type; exported as CSV) and the payment profile (the stored cards, read only).
// Invoices and purchase orders exist only in the CertCentral console: Pay invoices in
// CertCentral… says what each division owes and opens the console's invoice page. Without the
// finance roles the page says why and loads nothing.
class FinancePage : public QWidget {
    Q_OBJECT
public:
    explicit FinancePage(CertCentralClient *client, QWidget *parent = nullptr);
    ~FinancePage() override;

    BalancesModel *balancesModel() const { return m_balances; }
    BalanceHistoryModel *historyModel() const { return m_history; }
    QTableView *balanceTable() const { return m_balanceTable; }
    QTableView *historyTable() const { return m_historyTable; }
    QTabWidget *tabs() const { return m_tabs; }
    ErrorBanner *banner() const { return m_banner; }
    QPushButton *refreshBalanceButton() const { return m_refreshBalance; }
    QPushButton *transferButton() const { return m_transfer; }
    QPushButton *payInvoicesButton() const { return m_payInvoices; }
    QPushButton *exportHistoryButton() const { return m_exportHistory; }
    QPushButton *showHistoryButton() const { return m_showHistory; }
    QComboBox *historyDivision() const { return m_historyDivision; }
    QComboBox *historyType() const { return m_historyType; }
    QLineEdit *historyFrom() const { return m_historyFrom; }
    QLineEdit *historyTo() const { return m_historyTo; }
    // The problem with the history filters shown under them; empty when there is none.
    QString historyFilterError() const;
    // What the history tab says when it has no rows, else empty.
    QString historyEmptyText() const;
    // The payment profile tab's text (each card, or why there is none).
    QString paymentProfileText() const;
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
    // Reads the history filters; loads the history, or shows what is wrong with them.
    void loadHistory();
    void loadPaymentProfiles();
    // Opens the move-funds dialog (window-modal); nullptr when not allowed.
    TransferFundsDialog *showTransferDialog();
    // Says what is owed and offers to open the console's invoice page (window-modal).
    QMessageBox *showPayInvoices();
    // Asks where to save the history, then saveHistoryCsv().
    void exportHistory();
    // Writes the loaded history as CSV to path atomically; false (with the banner) on failure.
    bool saveHistoryCsv(const QString &path);

signals:
    void balancesLoaded();
    void historyLoaded(int count);
    void paymentProfilesLoaded(int count);
    void fundsTransferred(const FundsTransfer &transfer);
    void invoiceConsoleOpened(const QUrl &url);

private:
    void buildBalanceTable();
    QHBoxLayout *buildHistoryFilters(QWidget *historyTab);
    void buildHistoryTable(QWidget *historyTab, QVBoxLayout *historyLayout);
    QWidget *buildProfileTab();
    void buildLayout(QWidget *historyTab, QWidget *profileTab);
    void connectControls();
    bool mayView() const;
    void updateActions();
    void updateHistoryEmptyState();
    void updateHistoryDivisions();
    void updateHistoryTypes();
    void applyHistoryType();
    void loadBalancesOf(const QList<QPair<qint64, QString>> &divisions);
    QPair<qint64, QString> ownDivisionOnly() const;
    void balanceCallDone();
    void fitBalanceTable();
    void showLoadError(const QString &what, const ApiError &error);
    void cancelAll();

    CertCentralClient *m_client;
    BalancesModel *m_balances;
    BalanceHistoryModel *m_history;
    QSortFilterProxyModel *m_historySort;
    ErrorBanner *m_banner;
    QLabel *m_denied;
    QWidget *m_content;
    QTableView *m_balanceTable;
    QPushButton *m_refreshBalance;
    QPushButton *m_transfer;
    QPushButton *m_payInvoices;
    QTabWidget *m_tabs;
    QComboBox *m_historyDivision;
    QLineEdit *m_historyFrom;
    QLineEdit *m_historyTo;
    QComboBox *m_historyType;
    QPushButton *m_showHistory;
    QPushButton *m_exportHistory;
    QLabel *m_historyError;
    QStackedWidget *m_historyStack;
    QTableView *m_historyTable;
    QLabel *m_historyEmpty;
    QLabel *m_historyCount;
    QLabel *m_profiles;

    AnyReply m_containersCall;
    AnyReply m_profileCall;
    QString m_ownDivision;
    QList<AnyReply> m_balanceCalls;
    Reply<QList<BalanceAdjustment>, qint64, qint64> m_historyJob;
    BalanceHistoryQuery m_historyQuery;
    int m_balancesPending = 0;
    std::optional<RolePolicy> m_roles;
};
