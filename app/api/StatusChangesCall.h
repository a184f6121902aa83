#pragma once

#include "ApiCall.h"
#include "StatusChange.h"

// GET order/certificate/status-changes?minutes=N: orders whose status changed lately.
// Documentation: certcentral-docs.md 3.4 "Status change list".
class StatusChangesCall : public ApiCall {
    Q_OBJECT
public:
    StatusChangesCall(CertCentralClient *client, int minutes);

signals:
    void received(const QList<StatusChange> &changes);

protected:
    QString decode(const QByteArray &body, int httpStatus) override;
    void deliver() override { emit received(m_changes); }

private:
    QList<StatusChange> m_changes;
};
