#pragma once

#include "core/ApiError.h"
#include "core/BalanceHistoryQuery.h"
#include "services/FinanceService.h"

#include <QList>
#include <QPair>
#include <QWidget>

class BalanceHistoryModel;
class CertCentralClient;
class ErrorBanner;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

// The Finance screen's balance history: a division, a date range (read by BalanceHistoryQuery)
// and Show, the adjustments in a sortable table, a type filter matched on the loaded rows, and
// Export CSV…. Problems with the filters are said under them; load and save failures go to the
// screen's banner.
class BalanceHistoryTab : public QWidget {
    Q_OBJECT
public:
    BalanceHistoryTab(CertCentralClient *client, ErrorBanner *banner, QWidget *parent = nullptr);
    ~BalanceHistoryTab() override;

    BalanceHistoryModel *model() const { return m_history; }
    QTableView *table() const { return m_table; }
    QComboBox *division() const { return m_division; }
    QComboBox *type() const { return m_type; }
    QLineEdit *from() const { return m_from; }
    QLineEdit *to() const { return m_to; }
    QPushButton *showButton() const { return m_show; }
    QPushButton *exportButton() const { return m_export; }
    // The problem with the filters shown under them; empty when there is none.
    QString filterError() const;
    // What the tab says when it has no rows, else empty.
    QString emptyText() const;
    bool isLoading() const { return m_job.isRunning(); }

    // Whether the user may see finance: without it the tab loads nothing and says nothing.
    void setAllowed(bool allowed);
    // The divisions to choose from (container id, name); the caller's own when there are none.
    void setDivisions(const QList<QPair<qint64, QString>> &divisions, const QString &ownDivision);
    // Stops a load without a word (the screen leaves or the role changed).
    void cancel();
    void clear();

public slots:
    // Reads the filters; loads the history, or shows what is wrong with them.
    void load();
    // Asks where to save the history, then saveCsv().
    void exportCsv();
    // Writes the rows of the chosen type as CSV to path atomically; false (with the banner) on
    // failure.
    bool saveCsv(const QString &path);

signals:
    void loaded(int count);

private:
    void buildFilters();
    void buildTable();
    void buildLayout();
    void updateEmptyState();
    void updateTypes();
    void applyType();

    CertCentralClient *m_client;
    ErrorBanner *m_banner;
    BalanceHistoryModel *m_history;
    QSortFilterProxyModel *m_sort;
    QComboBox *m_division = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QComboBox *m_type = nullptr;
    QPushButton *m_show = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_error = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_count = nullptr;
    bool m_allowed = true;
    Reply<QList<BalanceAdjustment>, qint64, qint64> m_job;
    BalanceHistoryQuery m_query;
};
