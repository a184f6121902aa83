#pragma once

#include "ApiError.h"
#include "Order.h"

#include <QObject>
#include <QStringList>
#include <QTextStream>

class CertCentralClient;

// certdesk-cli: parses the verbs, runs them against CertCentralClient and prints the results.
// Exit codes: 0 ok, 2 usage, 3 API error, 4 network or TLS error.
class CliApp : public QObject {
    Q_OBJECT
public:
    enum ExitCode { Ok = 0, Usage = 2, ApiFailure = 3, NetworkFailure = 4 };

    CliApp(QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    int run(const QStringList &arguments);

    static QJsonObject orderToJson(const Order &order);
    // Prints an API error with its code and entries; returns the exit code for its kind.
    int fail(const ApiError &error);
    // table (aligned columns) or csv of rows under a header.
    void printRows(const QStringList &header, const QList<QStringList> &rows,
                   const QString &format);

private:
    int usage(const QString &problem);
    int ordersList(CertCentralClient &client, QStringList args);
    int ordersShow(CertCentralClient &client, QStringList args);
    int me(CertCentralClient &client, QStringList args);
    int accountFields(CertCentralClient &client, QStringList args);
    int certDownload(CertCentralClient &client, QStringList args);
    int domainsList(CertCentralClient &client, QStringList args);
    int organizationsList(CertCentralClient &client, QStringList args);
    int contactsList(CertCentralClient &client, QStringList args);
    void printOrders(const QList<Order> &orders, const QString &format, const QStringList &columns);

    QTextStream &m_out;
    QTextStream &m_err;
};
