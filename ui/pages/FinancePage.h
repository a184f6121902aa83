#pragma once

#include "ApiError.h"
#include "Invoice.h"
#include "InvoicePayment.h"
#include "PurchaseOrder.h"
#include "RolePolicy.h"

#include <QList>
#include <QPair>
#include <QPointer>
#include <QWidget>

#include <optional>

class ApiCall;
class BalancesModel;
class CertCentralClient;
class ErrorBanner;
class InvoiceListJob;
class InvoicesModel;
class NewPurchaseOrderDialog;
class PayInvoicesDialog;
class PurchaseOrderListJob;
class PurchaseOrdersModel;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

// The Finance page: the funds of every division on top (balance, unpaid invoices, negative
// balance limit, credit other divisions used, available funds), and two tabs: the invoices
// (by status; pay several at once, save one as PDF) and the purchase orders (ask DigiCert for
// funds). Without the finance roles the page says why and loads nothing; without the right to
// pay, Pay… and New purchase order… are disabled with the reason.
class FinancePage : public QWidget {
    Q_OBJECT
public:
    explicit FinancePage(CertCentralClient *client, QWidget *parent = nullptr);
    ~FinancePage() override;

    // The invoices table and its model (the page's main list).
    QTableView *table() const { return m_invoiceTable; }
    InvoicesModel *model() const { return m_invoices; }
    BalancesModel *balancesModel() const { return m_balances; }
    InvoicesModel *invoicesModel() const { return m_invoices; }
    PurchaseOrdersModel *purchaseOrdersModel() const { return m_purchaseOrders; }
    QTableView *balanceTable() const { return m_balanceTable; }
    QTableView *invoiceTable() const { return m_invoiceTable; }
    QTableView *purchaseOrderTable() const { return m_purchaseOrderTable; }
    QTabWidget *tabs() const { return m_tabs; }
    ErrorBanner *banner() const { return m_banner; }
    QComboBox *invoiceStatusFilter() const { return m_statusFilter; }
    QPushButton *payButton() const { return m_pay; }
    QPushButton *savePdfButton() const { return m_savePdf; }
    QPushButton *refreshInvoicesButton() const { return m_refreshInvoices; }
    QPushButton *refreshBalanceButton() const { return m_refreshBalance; }
    QPushButton *newPurchaseOrderButton() const { return m_newPurchaseOrder; }
    // The sentence shown when the role may not see finance; empty otherwise.
    QString deniedText() const;
    // What the invoices tab says when it has no rows ("No unpaid invoices."), else empty.
    QString invoicesEmptyText() const;
    bool isLoading() const;

    // The divisions of the balance table (container id, name), the caller's own first.
    QList<QPair<qint64, QString>> divisions() const;
    // The invoices selected in the table, in table order.
    QList<Invoice> selectedInvoices() const;
    // Selects these invoices (those in the table); false when one is not there.
    bool selectInvoices(const QList<qint64> &invoiceIds);
    // "unpaid", "paid" or "" (all): the invoices shown; reloads them.
    void setInvoiceStatus(const QString &status);
    QString invoiceStatus() const;
    void setRolePolicy(const RolePolicy &roles);
    // The signed-in user's division (UserInfo::containerName), listed first among the funds.
    void setOwnDivision(const QString &name) { m_ownDivision = name; }

public slots:
    // Balances, invoices and purchase orders.
    void refresh();
    void refreshBalances();
    void loadInvoices();
    void loadPurchaseOrders();
    // Opens the pay dialog for the selected invoices (window-modal); nullptr when not allowed.
    PayInvoicesDialog *showPayDialog();
    NewPurchaseOrderDialog *showNewPurchaseOrderDialog();
    // Asks where to save the selected invoice's PDF, then savePdf().
    void savePdfOfSelected();
    // Downloads the invoice's PDF and writes it to path atomically (QSaveFile).
    void savePdf(qint64 invoiceId, const QString &path);

signals:
    void balancesLoaded();
    void invoicesLoaded(int count);
    void purchaseOrdersLoaded(int count);
    void invoicesPaid(const QList<InvoicePayment::Receipt> &receipts);
    void purchaseOrderCreated(const PurchaseOrder &purchaseOrder);
    void pdfSaved(qint64 invoiceId, const QString &path);
    void pdfFailed(qint64 invoiceId, const QString &message);

private:
    bool mayView() const;
    void updateActions();
    void updateInvoicesEmptyState();
    void updatePurchaseOrdersEmptyState();
    void loadBalancesOf(const QList<QPair<qint64, QString>> &divisions);
    QPair<qint64, QString> ownDivisionOnly() const;
    void balanceCallDone();
    void fitBalanceTable();
    void showLoadError(const QString &what, const ApiError &error);
    void cancelAll();

    CertCentralClient *m_client;
    BalancesModel *m_balances;
    InvoicesModel *m_invoices;
    PurchaseOrdersModel *m_purchaseOrders;
    ErrorBanner *m_banner;
    QLabel *m_denied;
    QWidget *m_content;
    QTableView *m_balanceTable;
    QPushButton *m_refreshBalance;
    QTabWidget *m_tabs;
    QComboBox *m_statusFilter;
    QPushButton *m_pay;
    QPushButton *m_savePdf;
    QPushButton *m_refreshInvoices;
    QStackedWidget *m_invoiceStack;
    QTableView *m_invoiceTable;
    QLabel *m_invoicesEmpty;
    QLabel *m_invoiceCount;
    QPushButton *m_newPurchaseOrder;
    QPushButton *m_refreshPurchaseOrders;
    QStackedWidget *m_purchaseOrderStack;
    QTableView *m_purchaseOrderTable;
    QLabel *m_purchaseOrdersEmpty;

    QPointer<ApiCall> m_containersCall;
    QString m_ownDivision;
    QList<QPointer<ApiCall>> m_balanceCalls;
    QList<QPointer<ApiCall>> m_pdfCalls;
    QPointer<InvoiceListJob> m_invoiceJob;
    QPointer<PurchaseOrderListJob> m_purchaseOrderJob;
    int m_balancesPending = 0;
    std::optional<RolePolicy> m_roles;
};
