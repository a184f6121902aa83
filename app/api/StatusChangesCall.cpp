#include "StatusChangesCall.h"

namespace {
QUrlQuery minutesQuery(int minutes) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("minutes"), QString::number(minutes));
    return query;
}
} // namespace

StatusChangesCall::StatusChangesCall(CertCentralClient *client, int minutes)
    : ApiCall(client, "GET", QStringLiteral("order/certificate/status-changes"),
              minutesQuery(minutes)) {}

QString StatusChangesCall::decode(const QByteArray &body, int) {
    QString error;
    return StatusChange::fromJson(body, &m_changes, &error) ? QString() : error;
}
