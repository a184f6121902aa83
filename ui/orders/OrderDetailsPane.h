#pragma once

#include "ui/common/DetailsPane.h"

#include "core/CertificateRecord.h"
#include "core/Order.h"
#include "core/OrderDetails.h"
#include "core/OrderValidation.h"

#include <QPointer>
#include <QWidget>

class ApiError;
class CertCentralClient;
class QFormLayout;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;

// The selected order in tabs: Certificate (fields from the list, then Order info), DCV (order
// validation status per name), History (reissues and duplicates), Requests (with the order's
// notes) and Contacts. DCV and History are fetched when their tab is first shown for an order.
class OrderDetailsPane : public DetailsPane {
    Q_OBJECT
public:
    enum Tab { CertificateTab, DcvTab, HistoryTab, RequestsTab, ContactsTab };

    explicit OrderDetailsPane(QWidget *parent = nullptr);
    // Without a client the DCV and History tabs stay empty.
    void setClient(CertCentralClient *client);

    void showPlaceholder(const QString &text);
    void showLoading(qint64 orderId);
    // Fields known from the list; the Requests and Contacts tabs wait for showDetails().
    void showOrder(const Order &order);
    void showDetails(const Order &order, const OrderDetails &details);
    qint64 shownOrderId() const { return m_shownId; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    // The DCV or History tab could not be loaded (not for a cancelled call).
    void loadFailed(const QString &message, const ApiError &error);

private:
    void buildCertificateTab();
    void buildContactsTab();
    void buildListTabs(QWidget **dcv, QWidget **history, QWidget **requests);
    QLabel *addField(QFormLayout *layout, QWidget *parent, const QString &label,
                     const QString &objectName);
    QTreeWidget *makeList(const QStringList &headers, const QString &objectName);
    void loadCurrentTab();
    void loadValidation();
    void loadHistory();
    void showValidation(const OrderValidation &validation);
    void showHistory();

    CertCentralClient *m_client = nullptr;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QTabWidget *m_tabs;
    QWidget *m_form;
    QLabel *m_title;
    QTreeWidget *m_dcvList;
    QLabel *m_dcvSummary;
    QTreeWidget *m_historyList;
    QLabel *m_historySummary;
    QTreeWidget *m_requestList;
    QLabel *m_notes;
    QWidget *m_contacts;
    qint64 m_shownId = 0;
    qint64 m_validationFor = 0; // the order whose DCV tab is filled or loading
    qint64 m_historyFor = 0;
    QList<CertificateRecord> m_reissues;
    QList<CertificateRecord> m_duplicates;
    int m_historyParts = 0; // of reissues and duplicates, how many arrived
};
