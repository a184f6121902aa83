#pragma once

#include "core/Order.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

class CertCentralClient;

// Background refresh: every few minutes asks status-changes for the orders that changed since
// the last look (a window of at most 10080 minutes, as the API allows) and fetches each one's
// Order info, so the tables and the dashboard follow CertCentral without a full reload.
class StatusWatcher : public QObject {
    Q_OBJECT
public:
    explicit StatusWatcher(CertCentralClient *client, QObject *parent = nullptr);

    // 1 to 1440 minutes; 10 by default.
    void setIntervalMinutes(int minutes);
    int intervalMinutes() const { return m_intervalMinutes; }
    void start(); // from now on; the first look covers the time since start
    void stop();
    bool isActive() const { return m_timer.isActive(); }
    // Looks now. minutes < 1: the time since the last look (rounded up, plus one minute).
    void pollNow(int minutes = 0);

signals:
    void orderChanged(const Order &order);
    void pollFinished(int changes);
    void pollFailed(const QString &message);

private:
    CertCentralClient *m_client;
    QTimer m_timer;
    QDateTime m_lastPoll;
    int m_intervalMinutes = 10;
    bool m_polling = false;
};
