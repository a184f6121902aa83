#pragma once
#include "services/OrderService.h"
#include "ui/common/ListScreen.h"

#include <QDate>
#include <QDateTime>
#include <QPointer>
#include <QSet>

// Order, ApiError and CertCentralClient come with the order service.
class DownloadButton;
class OrderActions;
class OrderColumns;
class OrderDetailsPane;
class OrderFilterBar;
class OrdersFilterProxy;
class OrdersModel;
class QLabel;
class QPushButton;
class QSplitter;
class RolePolicy;

// The Orders screen: search, the server filters, Refresh, the orders table, an error banner
// and the details of the selected order.
class OrdersScreen : public ListScreen {
    Q_OBJECT
public:
    explicit OrdersScreen(CertCentralClient *client, QWidget *parent = nullptr);
    ~OrdersScreen() override;

    OrdersModel *model() const { return m_model; }
    OrdersFilterProxy *proxy() const { return m_proxy; }
    OrderDetailsPane *details() const { return m_details; }
    OrderFilterBar *filterBar() const { return m_filters; }
    bool isLoading() const { return m_job.isRunning(); }
    QDateTime lastRefresh() const { return m_lastRefresh; }

    // The table header's layout (order, widths, hidden columns, sort); empty restores defaults.
    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray &state);
    void setColumnVisible(int column, bool visible);
    // A filter on what is loaded, set from the dashboard: a status and/or a valid-till range,
    // shown above the table with the words in description and a Clear button.
    void showLocalFilter(const QString &status, const QDate &from, const QDate &to,
                         const QString &description);
    void clearLocalFilter();
    QString localFilterText() const;
    // Downloads the selected order's certificate in a format (OrderService::download) to a
    // file, or to the clipboard when path is empty (PEM formats only). downloadFinished tells.
    void downloadSelected(const QString &format, const QString &path);
    // Writes the orders shown (filtered, sorted, visible columns in their order) as CSV.
    // Returns the problem, or an empty string.
    QString exportCsv(const QString &path) const;

    // Selects an order now if it is loaded, else when the current load ends (a new order).
    void revealOrder(qint64 orderId);
    // What the user may do to orders (reissue, duplicate, revoke, cancel).
    void setRolePolicy(const RolePolicy &roles);
    // Puts the keyboard in the search field (Ctrl+F).
    void focusSearch();
    OrderActions *actions() const { return m_actions; }
    // Reads one order again (after a reissue, revocation...) and updates its row.
    void reloadOrder(qint64 orderId);

public slots:
    // Reloads every order that matches the server filters from CertCentral.
    void refresh();
    void cancelLoading();

signals:
    void loadingStarted();
    // The orders being loaded are limited on the server: the filters in words (empty: all).
    void serverFilterChanged(const QString &description);
    void loadingProgress(qint64 loaded, qint64 total);
    // loaded: rows this load delivered; complete: every matching order arrived.
    void loadingFinished(qint64 loaded, qint64 total, bool complete);
    // The user changed the columns; the session stores it with the profile.
    void headerStateChanged(const QByteArray &state);
    void downloadFinished(bool ok, const QString &message);

private:
    void buildTable();
    void buildLayout();
    QSplitter *buildSplitter();
    void connectActions();
    void connectControls();
    void onSelectionChanged();
    // Selects the row of an order if it is shown; false when it is filtered out.
    bool selectOrder(qint64 orderId);
    void updateActions();
    const Order *selectedOrder() const;
    void onJobFailed(const ApiError &error);
    void updateCountLabel();
    void loadFilterChoices();

    CertCentralClient *m_client;
    OrdersModel *m_model;
    OrdersFilterProxy *m_proxy;
    OrderFilterBar *m_filters;
    QPushButton *m_columnsButton;
    OrderColumns *m_columns = nullptr;
    QWidget *m_chip;
    QLabel *m_chipText;
    QPushButton *m_export;
    DownloadButton *m_download;
    QPushButton *m_actionsButton;
    OrderActions *m_actions;
    OrderDetailsPane *m_details;
    Reply<QList<Order>, qint64, qint64> m_job;
    Reply<Order, OrderDetails> m_infoCall;
    QDateTime m_lastRefresh;
    QSet<int> m_choiceCalls;           // filter lists being fetched, by FilterChoice::Kind
    bool m_restoringSelection = false; // a filter reset is putting the selection back
    // The running load: orders delivered, the total CertCentral announced, whether it failed.
    qint64 m_loaded = 0;
    qint64 m_total = 0;
    bool m_loadFailed = false;
    qint64 m_revealOrderId = 0; // an order to select when the load ends
};
