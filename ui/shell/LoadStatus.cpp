#include "ui/shell/LoadStatus.h"

#include "api/CertCentralClient.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

LoadStatus::LoadStatus(QStatusBar *bar, CertCentralClient *client)
    : QObject(bar)
    , m_client(client)
    , m_progressLabel(new QLabel(bar))
    , m_progress(new QProgressBar(bar))
    , m_cancel(new QPushButton(tr("Cancel"), bar))
    , m_lastRefresh(new QLabel(bar))
    , m_budget(new QLabel(bar))
    , m_budgetTimer(new QTimer(this)) {
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_cancel->setObjectName(QStringLiteral("cancelLoading"));
    m_lastRefresh->setObjectName(QStringLiteral("lastRefresh"));
    m_budget->setObjectName(QStringLiteral("apiBudget"));
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(false);
    bar->addWidget(m_progressLabel);
    bar->addWidget(m_progress);
    bar->addWidget(m_cancel);
    bar->addPermanentWidget(m_lastRefresh);
    bar->addPermanentWidget(m_budget);
    m_progress->hide();
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &LoadStatus::cancelRequested);

    m_budgetConnection =
        connect(m_client, &CertCentralClient::requestCountChanged, this, &LoadStatus::updateBudget);
    // The window slides; refresh the count while it does.
    m_budgetTimer->setInterval(1000);
    connect(m_budgetTimer, &QTimer::timeout, this, &LoadStatus::updateBudget);
    m_budgetTimer->start();
    updateBudget();
}

void LoadStatus::stop() {
    QObject::disconnect(m_budgetConnection);
    m_budgetTimer->stop();
}

void LoadStatus::updateBudget() {
    m_budget->setText(tr("API: %1/%2 per 5 s")
                          .arg(m_client->requestsInShortWindow())
                          .arg(m_client->shortWindowLimit()));
}

void LoadStatus::showProgress(qint64 loaded, qint64 total) {
    const QLocale locale;
    m_progress->show();
    m_cancel->show();
    if (total <= 0) {
        m_progress->setRange(0, 0);
        m_progressLabel->setText(tr("Loading orders…"));
        return;
    }
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(loaded * 1000 / total));
    m_progressLabel->setText(
        tr("%1 of %2 orders loaded").arg(locale.toString(loaded), locale.toString(total)));
}

void LoadStatus::showFinished(qint64 loaded, qint64 total, bool complete,
                              const QDateTime &lastRefresh) {
    const QLocale locale;
    m_progress->hide();
    m_cancel->hide();
    if (complete)
        m_progressLabel->setText(tr("%Ln order(s) loaded", nullptr, int(loaded)));
    else if (loaded == 0)
        m_progressLabel->setText(tr("Loading failed; the table shows what was loaded before"));
    else
        m_progressLabel->setText(tr("%1 of %2 orders loaded; some are missing")
                                     .arg(locale.toString(loaded), locale.toString(total)));
    if (lastRefresh.isValid())
        m_lastRefresh->setText(
            tr("Last refresh %1").arg(locale.toString(lastRefresh.time(), QLocale::ShortFormat)));
}
