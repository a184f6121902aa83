#pragma once

#include "ApiCall.h"

#include <QDateTime>

// DCV on an account domain: get its random value (PUT domain/{id}/dcv/random-value) or ask
// CertCentral to look for it now (PUT domain/{id}/dcv/validate-token). A write, never retried.
class DomainDcvCall : public ApiCall {
    Q_OBJECT
public:
    enum class Action { RandomValue, Check };
    DomainDcvCall(CertCentralClient *client, qint64 domainId, Action action);
    Action action() const { return m_action; }

signals:
    // RandomValue: value and expiry. Check: value empty, status "valid" when DCV is done.
    void received(const QString &randomValue, const QDateTime &expires, const QString &status);

protected:
    QString decode(const QByteArray &body, int httpStatus) override;
    void deliver() override { emit received(m_value, m_expires, m_status); }

private:
    Action m_action;
    QString m_value;
    QDateTime m_expires;
    QString m_status;
};
