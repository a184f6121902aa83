#pragma once

#include "ApiCall.h"

#include <QDateTime>

// DCV on an account domain (certcentral-docs.md 7.2, 7.5, 7.6):
// - CurrentToken: GET domain/{id}?include_dcv=true, the token the domain has now (dcv_token,
//   [inferred]: read leniently; empty when there is none). A read.
// - NewToken: POST domain/{id}/dcv/token, no body, {token, expiration_date[, http_token_url]}.
//   It replaces the domain's previous token. A write, never retried.
// - Check: PUT domain/{id}/dcv/validate-token, {token, status} with status active or inactive.
//   A write, never retried.
// Documentation: certcentral-docs.md 7.2, 7.5 and 7.6.
class DomainDcvCall : public ApiCall {
    Q_OBJECT
public:
    enum class Action { CurrentToken, NewToken, Check };
    DomainDcvCall(CertCentralClient *client, qint64 domainId, Action action);
    Action action() const { return m_action; }

signals:
    // token and expires: CurrentToken and NewToken (and Check when the reply names the token).
    // status: Check's active or inactive; CurrentToken's dcv_token status when given.
    void received(const QString &token, const QDateTime &expires, const QString &status);

protected:
    QString decode(const QByteArray &body, int httpStatus) override;
    void deliver() override { emit received(m_token, m_expires, m_status); }

private:
    Action m_action;
    QString m_token;
    QDateTime m_expires;
    QString m_status;
};
