#pragma once

#include "cli/CliVerb.h"
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>

class CertCentralClient;
class CliOutput;

// The read-only verbs that list or show what the account holds: orders list and show, domains,
// organizations, verified contacts, the custom order fields, the signed-in user, and a
// certificate download. Bad input is reported with the whole usage text (usage()).
class CliListCommands {
    Q_DECLARE_TR_FUNCTIONS(CliListCommands)

public:
    // Its verbs, for CliApp to list in --help and dispatch to.
    static QList<CliVerb> verbs();
    CliListCommands(CliOutput &app, QTextStream &out, QTextStream &err,
                    std::function<int(const QString &)> usage);

    int ordersList(CertCentralClient &client, QStringList args);
    int ordersShow(CertCentralClient &client, QStringList args);
    int me(CertCentralClient &client, QStringList args);
    int accountFields(CertCentralClient &client, QStringList args);
    int domainsList(CertCentralClient &client, QStringList args);
    int organizationsList(CertCentralClient &client, QStringList args);
    int contactsList(CertCentralClient &client, QStringList args);

private:
    int usage(const QString &problem);

    CliOutput &m_app;
    QTextStream &m_out;
    QTextStream &m_err;
    std::function<int(const QString &)> m_usage;
};
