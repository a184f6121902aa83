#pragma once

#include "cli/CliVerb.h"
#include "core/AccountBalance.h"
#include "core/ApiError.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class CertCentralClient;
struct FundsTransfer;
class CliOutput;

// certdesk-cli finance balance | history | transfer | profile | pay (decisions.md "balance",
// "finance beyond the balance", "invoices and purchase orders"). Amounts are decimal strings
// read into whole cents (Money), never floating point. A transfer moves money: it asks on a
// terminal and needs --yes otherwise, and is sent once. The API has no invoices: pay prints
// what is owed and the console page where invoices are paid.
class CliFinanceCommands {
    Q_DECLARE_TR_FUNCTIONS(CliFinanceCommands)

public:
    // Its verbs, for CliApp to list in --help and dispatch to.
    static QList<CliVerb> verbs();
    CliFinanceCommands(CliOutput &app, QTextStream &out, QTextStream &err,
                       CertCentralClient &client);

private:
    // finance invoices|po|pdf: says where those are.
    int consoleOnly(QStringList args);
    void printTransfer(const FundsTransfer &t, qint64 whole, const QString &amount,
                       const QString &currency, const QString &format);
    int balance(QStringList args);
    int history(QStringList args);
    int transfer(QStringList args);
    int profile(QStringList args);
    int pay(QStringList args);
    int usage(const QString &problem);
    // option ID into *id (0 when absent); false after printing the problem.
    bool takeId(QStringList &args, const QString &option, qint64 *id, bool *present, int *exitCode);
    bool fetchBalance(qint64 containerId, AccountBalance *balance, ApiError *error);
    // --container ID into *containerId (0 when absent); false after printing the problem.
    bool takeContainer(QStringList &args, qint64 *containerId, int *exitCode);

    CliOutput &m_app;
    QTextStream &m_out;
    QTextStream &m_err;
    CertCentralClient &m_client;
};
