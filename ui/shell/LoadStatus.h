#pragma once

#include <QDateTime>
#include <QObject>

class CertCentralClient;
class QLabel;
class QProgressBar;
class QPushButton;
class QStatusBar;
class QTimer;

// The main window's status bar: how far the orders have loaded (with Cancel), when they were
// last refreshed, and how much of the API's short-window budget the session is using.
class LoadStatus : public QObject {
    Q_OBJECT
public:
    LoadStatus(QStatusBar *bar, CertCentralClient *client);
    // Stops following the client (the window is closing; its pages may still cancel calls).
    void stop();

    void showProgress(qint64 loaded, qint64 total);
    // lastRefresh: when the orders were last loaded whole or in part (invalid: never).
    void showFinished(qint64 loaded, qint64 total, bool complete, const QDateTime &lastRefresh);

signals:
    void cancelRequested();

private:
    void updateBudget();

    CertCentralClient *m_client;
    QLabel *m_progressLabel;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_lastRefresh;
    QLabel *m_budget;
    QTimer *m_budgetTimer;
    QMetaObject::Connection m_budgetConnection;
};
