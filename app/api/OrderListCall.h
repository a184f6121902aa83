#pragma once

#include "ApiCall.h"
#include "OrderPage.h"
#include "OrderQuery.h"

// GET order/certificate with limit/offset, filters and sort: one page of orders.
// Documentation: certcentral-docs.md 3.2 "List orders".
class OrderListCall : public ApiCall {
    Q_OBJECT
public:
    OrderListCall(CertCentralClient *client, const OrderQuery &query, qint64 offset);
    qint64 offset() const { return m_offset; }

signals:
    void received(const OrderPage &page);

protected:
    QString decode(const QByteArray &body, int httpStatus) override;
    void deliver() override { emit received(m_page); }

private:
    qint64 m_offset;
    OrderPage m_page;
};
