#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class CertCentralClient;
class CliApp;

// certdesk-cli finance balance | invoices | pdf | pay | po new | po list (decisions.md
// "balance" and "invoices"). Amounts are decimal strings summed in whole cents (Money), never
// floating point. Paying and purchase orders cost money: they ask on a terminal and need --yes
// otherwise, and each write is sent once. Card details come only from environment variables,
// never from the command line, and are never printed.
class CliFinanceCommands {
    Q_DECLARE_TR_FUNCTIONS(CliFinanceCommands)

public:
    CliFinanceCommands(CliApp &app, QTextStream &out, QTextStream &err, CertCentralClient &client);
    int run(QStringList args);

private:
    int balance(QStringList args);
    int invoices(QStringList args);
    int pdf(QStringList args);
    int pay(QStringList args);
    int purchaseOrderNew(QStringList args);
    int purchaseOrderList(QStringList args);
    int usage(const QString &problem);
    // --container ID into *containerId (0 when absent); false after printing the problem.
    bool takeContainer(QStringList &args, qint64 *containerId, int *exitCode);

    CliApp &m_app;
    QTextStream &m_out;
    QTextStream &m_err;
    CertCentralClient &m_client;
};
