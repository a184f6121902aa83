#pragma once

#include "core/RolePolicy.h"
#include "models/DashboardStats.h"

#include <QDate>
#include <QWidget>

class CertCentralClient;
class OrdersModel;
class QChartView;
class QGridLayout;
class QLabel;
class QPushButton;
class QTimer;

// The first page after sign-in: counts by status, certificates expiring in 30 / 60 / 90 days,
// expirations per month for the next twelve months, and pending orders. Every count and bar
// opens the orders page filtered to it.
class DashboardScreen : public QWidget {
    Q_OBJECT
public:
    explicit DashboardScreen(OrdersModel *orders, QWidget *parent = nullptr);

    const DashboardStats &stats() const { return m_stats; }
    void setToday(const QDate &today) { m_today = today; }
    // The loaded orders are limited to a status on the server: the figures say so.
    void setServerFilter(const QString &description);
    // Recomputes now (it also follows the model by itself, a little later).
    void refresh();
    // Pending requests and, for administrators and finance managers, the balance come from
    // CertCentral, not from the loaded orders: refreshAccount() asks for them.
    void setClient(CertCentralClient *client) { m_client = client; }
    void setRolePolicy(const RolePolicy &roles);
    void refreshAccount();
    // The last count of pending requests; -1 before the first answer.
    qint64 pendingRequestCount() const { return m_pendingRequestCount; }

signals:
    void pendingRequestsCounted(qint64 total);

public:
    // The status's count button ("count_issued") or a bucket ("expiring_30"); for tests.
    QPushButton *countButton(const QString &name) const;

signals:
    // Show the orders with this status (empty: any) and valid till in [from, to] (invalid:
    // open), described in words for the filter line.
    void drillDown(const QString &status, const QDate &from, const QDate &to,
                   const QString &description);
    // The pending-requests or balance tile was clicked.
    void requestsOpened();
    void financeOpened();

private:
    QPushButton *addCount(QGridLayout *grid, int row, int column, const QString &name);
    void setCount(const QString &name, int value, const QString &caption);
    void rebuildChart();

    OrdersModel *m_orders;
    DashboardStats m_stats;
    QDate m_today;
    QString m_serverFilter; // the Orders page's server filters in words
    QLabel *m_summary;
    QChartView *m_chart;
    QTimer *m_refreshTimer;
    CertCentralClient *m_client = nullptr;
    RolePolicy m_roles;
    QPushButton *m_pendingRequests;
    qint64 m_pendingRequestCount = -1;
    QPushButton *m_balance;
};
