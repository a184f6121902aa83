#pragma once

#include "ApiCall.h"

// GET request?filters[status]=S&limit=1: how many requests have a status (the page total).
// Documentation: certcentral-docs.md 6.1 "List requests".
class RequestCountCall : public ApiCall {
    Q_OBJECT
public:
    RequestCountCall(CertCentralClient *client, const QString &status);

signals:
    void counted(qint64 total);

protected:
    QString decode(const QByteArray &body, int httpStatus) override;
    void deliver() override { emit counted(m_total); }

private:
    qint64 m_total = 0;
};
