#pragma once

#include "ui/common/DetailsPane.h"

#include "core/ApprovalRequest.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class CertCentralClient;
class QFormLayout;
class QLabel;
class QStackedWidget;
class QTabWidget;
struct Order;
struct Organization;

// The selected request in three tabs: Request (who asked, when, why, and any decision), Order
// (product, names, validity, price, organization and its validation) and CSR (key type and
// size, names, signature). The list fields show at once; GET request/{id}, Order info and
// Organization info fill in the rest.
class RequestDetailsPane : public DetailsPane {
    Q_OBJECT
public:
    enum Tab { RequestTab, OrderTab, CsrTab };

    explicit RequestDetailsPane(CertCentralClient *client, QWidget *parent = nullptr);
    ~RequestDetailsPane() override;

    void showPlaceholder(const QString &text);
    void showRequest(const ApprovalRequest &request);
    qint64 shownRequestId() const { return m_request.id; }
    // The request as last loaded (GET request/{id} once it answered).
    const ApprovalRequest &request() const { return m_request; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    // GET request/{id} answered: the request as it is now (it may have been decided meanwhile).
    void requestLoaded(const ApprovalRequest &request);

private:
    QLabel *addField(QFormLayout *form, QWidget *parent, const QString &label,
                     const QString &objectName);
    void fillFromRequest();
    void showCsr();
    void showOrder(const Order &order);
    void showOrganization(const Organization &organization);

    CertCentralClient *m_client;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QLabel *m_title;
    QTabWidget *m_tabs;
    ApprovalRequest m_request;
    QString m_currency;
};
