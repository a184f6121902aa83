#pragma once

#include "ApiCall.h"
#include "Product.h"

// GET product: what the account may order.
// Documentation: certcentral-docs.md 1.1 "Product list".
class ProductListCall : public ApiCall {
    Q_OBJECT
public:
    explicit ProductListCall(CertCentralClient *client);

signals:
    void received(const QList<Product> &products);

protected:
    QString decode(const QByteArray &body, int httpStatus) override;
    void deliver() override { emit received(m_products); }

private:
    QList<Product> m_products;
};
