#include "api/StatusWatcher.h"

#include "api/CertCentralClient.h"
#include "api/OrderEndpoints.h"
#include "api/Reply.h"

#include <QLoggingCategory>
#include <QSet>

Q_LOGGING_CATEGORY(lcWatcher, "certdesk.api.watcher", QtInfoMsg)

StatusWatcher::StatusWatcher(CertCentralClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client) {
    connect(&m_timer, &QTimer::timeout, this, [this] { pollNow(); });
    setIntervalMinutes(10);
}

void StatusWatcher::setIntervalMinutes(int minutes) {
    m_intervalMinutes = qBound(1, minutes, 1440);
    m_timer.setInterval(m_intervalMinutes * 60 * 1000);
}

void StatusWatcher::start() {
    m_lastPoll = QDateTime::currentDateTimeUtc();
    m_timer.start();
}

void StatusWatcher::stop() {
    m_timer.stop();
}

void StatusWatcher::pollNow(int minutes) {
    if (m_polling)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (minutes < 1) {
        const qint64 seconds = m_lastPoll.isValid() ? m_lastPoll.secsTo(now) : 0;
        minutes = int((seconds + 59) / 60) + 1;
    }
    minutes = qBound(1, minutes, StatusChange::kMaxMinutes);
    m_polling = true;
    const Reply<QList<StatusChange>> reply = m_client->call(OrderEndpoints::statusChanges(minutes));
    reply.onResult(this, [this, now](const QList<StatusChange> &changes) {
        m_lastPoll = now;
        QSet<qint64> seen;
        for (const StatusChange &change : changes) {
            if (seen.contains(change.orderId))
                continue;
            seen.insert(change.orderId);
            // Each changed order's details arrive on their own (orderChanged).
            Reply<Order>(m_client->call(OrderEndpoints::info(change.orderId)))
                .onResult(this, &StatusWatcher::orderChanged);
        }
        qCDebug(lcWatcher) << seen.size() << "orders changed";
        m_polling = false;
        emit pollFinished(int(seen.size()));
    });
    reply.onFailed(this, [this](const ApiError &error) {
        m_polling = false;
        emit pollFailed(error.message());
    });
}
