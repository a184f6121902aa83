#pragma once

#include "DomainListJob.h"

#include <QPointer>
#include <QWidget>

class CertCentralClient;
class DomainsModel;
class ErrorBanner;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

// The Domains page: every domain with its OV and EV validations, DCV method and approval, and
// domain lock; instant search; details of the selected domain.
class DomainsPage : public QWidget {
    Q_OBJECT
public:
    explicit DomainsPage(CertCentralClient *client, QWidget *parent = nullptr);
    ~DomainsPage() override;

    DomainsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ErrorBanner *banner() const { return m_banner; }
    bool isLoading() const { return m_job != nullptr; }
    QString detailsText() const;

public slots:
    void refresh();

private:
    void showDetails();

    CertCentralClient *m_client;
    DomainsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QPushButton *m_refresh;
    QTableView *m_table;
    ErrorBanner *m_banner;
    QLabel *m_count;
    QLabel *m_details;
    QPointer<DomainListJob> m_job;
};
