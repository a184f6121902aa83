#pragma once

#include "ApiCall.h"
#include "UserInfo.h"

// GET user/me: who owns the API key, with access roles.
// Documentation: certcentral-docs.md 10.1 "My user info".
class UserCall : public ApiCall {
    Q_OBJECT
public:
    explicit UserCall(CertCentralClient *client);

signals:
    void received(const UserInfo &user);

protected:
    QString decode(const QByteArray &body, int httpStatus) override;
    void deliver() override { emit received(m_user); }

private:
    UserInfo m_user;
};
