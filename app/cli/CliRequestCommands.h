#pragma once

#include "cli/CliVerb.h"
#include "core/ApprovalRequest.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class ApiError;
class CertCentralClient;
class CliOutput;

// certdesk-cli requests list | show | approve | reject: the approval queue (decisions.md
// "pending requests"). A decision cannot be undone: it asks on a terminal and needs --yes
// otherwise, and is sent once. A request that is no longer pending is reported with who
// decided it and when, and nothing is sent.
class CliRequestCommands {
    Q_DECLARE_TR_FUNCTIONS(CliRequestCommands)

public:
    // Its verbs, for CliApp to list in --help and dispatch to.
    static QList<CliVerb> verbs();
    CliRequestCommands(CliOutput &app, QTextStream &out, QTextStream &err,
                       CertCentralClient &client);

    // GET request/{id}; false with *error set.
    static bool fetch(CertCentralClient &client, qint64 requestId, ApprovalRequest *request,
                      ApiError *error);
    static QJsonObject toJson(const ApprovalRequest &request);

private:
    int list(QStringList args);
    int show(QStringList args);
    int decide(QStringList args, bool approve);
    int usage(const QString &problem);
    // The request id as the only positional argument; 0 after printing the problem.
    qint64 takeRequestId(QStringList &args, const QString &verb, int *exitCode);
    // Prints who decided the request and when; sent: the decision went out and was refused.
    int alreadyDecided(const ApprovalRequest &request, bool sent);

    CliOutput &m_app;
    QTextStream &m_out;
    QTextStream &m_err;
    CertCentralClient &m_client;
};
