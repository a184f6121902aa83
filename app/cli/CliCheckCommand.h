#pragma once

#include "api/Reply.h"
#include "cli/CliVerb.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QStringList>
#include <QTextStream>

class CertCentralClient;
class CliOutput;

// certdesk-cli check: a read-only tour of an account, for a user who wants to see what CertDesk
// can read with a real key before trusting it: the user and roles, the products, the first page
// of orders, domains, organizations, the pending requests, the balance and the custom fields.
// One line per call (what answered, in how long, what CertDesk read or could not read). It only
// sends GET requests. Exit 0 when every call answered, 3 when one or more did not.
class CliCheckCommand {
    Q_DECLARE_TR_FUNCTIONS(CliCheckCommand)

public:
    // Its verbs, for CliApp to list in --help and dispatch to.
    static QList<CliVerb> verbs();
    CliCheckCommand(CliOutput &app, QTextStream &out, QTextStream &err, CertCentralClient &client);
    int run(QStringList args);

private:
    int usage(const QString &problem);
    struct Step {
        QString what; // "GET user/me"
        bool ok = false;
        qint64 ms = 0;
        QString result; // what was read, or why not
        QString code;   // the error's short code when it failed
    };
    // Waits for the reply and records one step; describe() turns its result into words.
    template <typename... Result, typename Describe>
    Step runStep(const QString &what, const Reply<Result...> &reply, Describe describe);
    // The steps that read the account's lists, and its money (skipped without the role).
    void listSteps(QList<Step> *steps);
    void financeSteps(QList<Step> *steps, qint64 containerId, const QString &denied);
    int print(const QList<Step> &steps, const QString &format);

    CliOutput &m_app;
    QTextStream &m_out;
    QTextStream &m_err;
    CertCentralClient &m_client;
};
