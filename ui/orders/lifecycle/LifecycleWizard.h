#pragma once

#include "api/Reply.h"
#include "core/ApiError.h"
#include "core/LifecycleResult.h"
#include "core/Order.h"
#include "core/OrderDetails.h"
#include "core/RolePolicy.h"

#include <QPointer>
#include <QWizard>

class CertCentralClient;
class LifecycleResultPage;

// The frame of the reissue, duplicate and revoke wizards: the order they act on (from Order
// info), the client and the user's roles, and the last page, which sends the request once and
// shows what CertCentral answered. Each wizard adds its pages and says how to send.
class LifecycleWizard : public QWizard {
    Q_OBJECT
public:
    LifecycleWizard(CertCentralClient *client, const RolePolicy &roles, const Order &order,
                    const OrderDetails &details, QWidget *parent = nullptr);

    CertCentralClient *client() const { return m_client; }
    const RolePolicy &roles() const { return m_roles; }
    const Order &order() const { return m_order; }
    const OrderDetails &details() const { return m_details; }
    LifecycleResultPage *resultPage() const { return m_resultPage; }

    // Sends the request (once); the result page shows the answer.
    virtual void send() = 0;
    // The answer in words (rich text): what happened and what to do next.
    virtual QString resultText(const LifecycleResult &result) const = 0;

signals:
    void openOrderRequested(qint64 orderId);
    // A request was sent and answered (the orders page reloads the order).
    void changed(qint64 orderId);

protected:
    // Adds the result page last; call after the wizard's own pages.
    void addResultPage();
    // Shows the answer to a sent request on the result page.
    void submit(const Reply<LifecycleResult> &reply);

private:
    void onCompleted(const LifecycleResult &result);
    void showCompleted(const LifecycleResult &result);
    void onFailed(const ApiError &error);

    CertCentralClient *m_client;
    RolePolicy m_roles;
    Order m_order;
    OrderDetails m_details;
    LifecycleResultPage *m_resultPage = nullptr;
};
