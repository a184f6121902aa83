#pragma once

#include "cli/CliVerb.h"
#include "core/ReissueRequest.h"

#include "core/LifecycleResult.h"
#include "core/Order.h"
#include "core/OrderDetails.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

class ApiError;
class CertCentralClient;
class CliOutput;

// certdesk-cli order reissue | duplicate | cancel | dcv: what happens to an order after it was
// placed. Reissue, duplicate and cancel ask for confirmation on a terminal and need --yes
// otherwise; each is sent once. The new key of a reissue or duplicate: CliKeyPlan.
class CliLifecycleCommands {
    Q_DECLARE_TR_FUNCTIONS(CliLifecycleCommands)

public:
    // Its verbs, for CliApp to list in --help and dispatch to.
    static QList<CliVerb> verbs();
    CliLifecycleCommands(CliOutput &app, QTextStream &out, QTextStream &err,
                         CertCentralClient &client);

    // Prints a reissue, duplicate or revocation result as table lines or one JSON object;
    // extra goes into the JSON object.
    static void printResult(QTextStream &out, const QString &what, const LifecycleResult &result,
                            const QString &format, const QJsonObject &extra = {});
    // GET order/certificate/{id}; false with *error set.
    static bool fetchOrder(CertCentralClient &client, qint64 orderId, Order *order,
                           OrderDetails *details, ApiError *error);

private:
    bool prepareReissue(ReissueRequest *request, bool hasCn, const QStringList &sans, Order *order,
                        int *exitCode);
    int reissue(QStringList args);
    int duplicate(QStringList args);
    int cancel(QStringList args);
    int dcv(QStringList args);
    int usage(const QString &problem);
    int failure(const QString &message);
    // ID as the first argument; 0 after printing the problem.
    qint64 takeOrderId(QStringList &args, const QString &verb, int *exitCode);
    // order reissue --provisioning …: the code-signing body (no names, a CSR only by email).
    int reissueCodeSigning(QStringList args, ReissueRequest request);
    // Sends a checked reissue once and prints the result (with extra JSON fields).
    int sendReissue(const ReissueRequest &request, const QString &format, const QJsonObject &extra);
    bool confirm(const QString &question, const QString &what);

    CliOutput &m_app;
    QTextStream &m_out;
    QTextStream &m_err;
    CertCentralClient &m_client;
};
