#pragma once

#include "cli/CliVerb.h"
#include "core/KeySpec.h"
#include "core/NewOrder.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class CertCentralClient;
class CliOutput;
class OrderPlacement;

// certdesk-cli order new: places a TLS order through OrderPlacement (one order per command,
// however the network fails), with a key and CSR made here or a CSR from a file. A paid write:
// it asks for confirmation on a terminal and needs --yes otherwise.
class CliOrderCommands {
    Q_DECLARE_TR_FUNCTIONS(CliOrderCommands)

public:
    // Its verbs, for CliApp to list in --help and dispatch to.
    static QList<CliVerb> verbs();
    CliOrderCommands(CliOutput &app, QTextStream &out, QTextStream &err, CertCentralClient &client);

private:
    // What the command line asked for, read and checked step by step.
    struct Plan {
        NewOrder order;
        QString years = QStringLiteral("1");
        QString csrFile;
        QString keyText;
        QString keyOut;
        QString organization;
        QString format = QStringLiteral("table");
        bool hasCsr = false;
        bool hasKey = false;
        bool hasKeyOut = false;
        bool hasOrganization = false;
        bool yes = false;
        KeySpec spec;
        QByteArray passphrase;
    };
    int create(QStringList args);
    int usage(const QString &problem);
    bool readOptions(QStringList &args, Plan *plan, int *exitCode);
    bool readPairs(QStringList &args, Plan *plan, int *exitCode);
    bool checkOrder(Plan *plan, int *exitCode);
    bool checkKeyOrCsr(Plan *plan, int *exitCode);
    bool confirm(const NewOrder &order, int *exitCode);
    bool makeKey(Plan *plan);
    int place(const Plan &plan);
    void print(const OrderPlacement &placement, const QString &format);

    CliOutput &m_app;
    QTextStream &m_out;
    QTextStream &m_err;
    CertCentralClient &m_client;
};
