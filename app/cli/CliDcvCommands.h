#pragma once

#include "core/OrderDcvResult.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class CertCentralClient;
class CliOutput;

// certdesk-cli order dcv ID (status | method M | random | check | resend): domain control
// validation of a pending order. status reads; the others send one request each.
class CliDcvCommands {
    Q_DECLARE_TR_FUNCTIONS(CliDcvCommands)

public:
    CliDcvCommands(CliOutput &app, QTextStream &out, QTextStream &err, CertCentralClient &client);
    int run(qint64 orderId, QStringList args);

private:
    int usage(const QString &problem);
    int status(qint64 orderId, bool json);
    int act(qint64 orderId, OrderDcvAction which, const QString &method, bool json);
    void printJson(qint64 orderId, OrderDcvAction which, const OrderDcvResult &result);
    void printText(qint64 orderId, OrderDcvAction which, const QString &method,
                   const OrderDcvResult &result);

    CliOutput &m_app;
    QTextStream &m_out;
    QTextStream &m_err;
    CertCentralClient &m_client;
};
