#pragma once

#include "ApiCall.h"
#include "Product.h"

// certcentral-docs.md 1.2 Product info: GET product/{name_id}, the product's validation_type
// (DV, OV, EV, CS, EV CS, DS, Private SSL; not for every product) and its rules. A read.
// Documentation: certcentral-docs.md 1.2 "Product info".
class ProductInfoCall : public ApiCall {
    Q_OBJECT
public:
    ProductInfoCall(CertCentralClient *client, const QString &nameId);
    QString nameId() const { return m_nameId; }

signals:
    void received(const Product &product);

protected:
    QString decode(const QByteArray &body, int httpStatus) override;
    void deliver() override { emit received(m_product); }

private:
    QString m_nameId;
    Product m_product;
};
