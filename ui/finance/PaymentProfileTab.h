#pragma once

#include "services/FinanceService.h"

#include <QWidget>

class CertCentralClient;
class QLabel;

// The Finance screen's payment profile: the account's stored cards, read only (cards are added
// and changed in the CertCentral console), or why there are none.
class PaymentProfileTab : public QWidget {
    Q_OBJECT
public:
    explicit PaymentProfileTab(CertCentralClient *client, QWidget *parent = nullptr);
    ~PaymentProfileTab() override;

    // Each card, or why there is none.
    QString text() const;
    bool isLoading() const { return m_call.isRunning(); }
    // Stops a load without a word.
    void cancel();
    void clear();

public slots:
    void load();

signals:
    void loaded(int count);

private:
    CertCentralClient *m_client;
    QLabel *m_cards;
    AnyReply m_call;
};
