#pragma once

#include "ApiCall.h"
#include "CustomField.h"

// GET account/metadata: the account's custom order fields.
// Documentation: certcentral-docs.md 3.11 "Custom order fields".
class CustomFieldListCall : public ApiCall {
    Q_OBJECT
public:
    explicit CustomFieldListCall(CertCentralClient *client);

signals:
    void received(const QList<CustomField> &fields);

protected:
    QString decode(const QByteArray &body, int httpStatus) override;
    void deliver() override { emit received(m_fields); }

private:
    QList<CustomField> m_fields;
};
