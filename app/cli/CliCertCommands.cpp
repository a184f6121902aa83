#include "CliCertCommands.h"

#include "CertCentralClient.h"
#include "CertificateHistoryCall.h"
#include "CliApp.h"
#include "CliArguments.h"
#include "CliLifecycleCommands.h"
#include "RevokeCall.h"
#include "RevokeRequest.h"

#include <QEventLoop>
#include <QRegularExpression>

namespace {

// The issue day of every live certificate on an order (the order's own, reissues and
// duplicates); the API gives days, read as the start of the day in UTC.
bool issueDates(CertCentralClient &client, qint64 orderId, QList<QDateTime> *dates,
                ApiError *error) {
    Order order;
    if (!CliLifecycleCommands::fetchOrder(client, orderId, &order, nullptr, error))
        return false;
    if (order.validFrom.isValid())
        dates->append(order.validFrom.startOfDay(Qt::UTC));
    for (const CertificateRecord::Kind kind :
         {CertificateRecord::Kind::Reissue, CertificateRecord::Kind::Duplicate}) {
        auto *call = new CertificateHistoryCall(&client, orderId, kind);
        bool ok = false;
        QEventLoop loop;
        QObject::connect(call, &CertificateHistoryCall::received, &loop,
                         [&](qint64, const QList<CertificateRecord> &records) {
                             ok = true;
                             for (const CertificateRecord &r : records)
                                 if (r.status == QLatin1String("issued") && r.validFrom.isValid())
                                     dates->append(r.validFrom.startOfDay(Qt::UTC));
                         });
        QObject::connect(call, &CertificateHistoryCall::failed, &loop,
                         [error](const ApiError &e) { *error = e; });
        QObject::connect(call, &CertificateHistoryCall::finished, &loop, &QEventLoop::quit);
        client.submit(call);
        loop.exec();
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

CliCertCommands::CliCertCommands(CliApp &app, QTextStream &out, QTextStream &err,
                                 CertCentralClient &client)
    : m_app(app)
    , m_out(out)
    , m_err(err)
    , m_client(client) {}

int CliCertCommands::usage(const QString &problem) {
    m_err << tr("certdesk-cli: %1").arg(problem) << '\n'
          << tr("Run certdesk-cli --help for the cert verbs.") << '\n';
    m_err.flush();
    return CliApp::Usage;
}

int CliCertCommands::revoke(QStringList args) {
    RevokeRequest request;
    QString certificate;
    QString serial;
    QString order;
    QString compromised;
    QString format = QStringLiteral("table");
    bool hasCertificate = false;
    bool hasSerial = false;
    bool hasOrder = false;
    bool hasReason = false;
    bool hasCompromised = false;
    if (!CliArguments::takeOption(args, QStringLiteral("--certificate"), &certificate,
                                  &hasCertificate))
        return usage(tr("--certificate needs a certificate ID"));
    if (!CliArguments::takeOption(args, QStringLiteral("--serial"), &serial, &hasSerial))
        return usage(tr("--serial needs the serial number in hexadecimal"));
    if (!CliArguments::takeOption(args, QStringLiteral("--order"), &order, &hasOrder))
        return usage(tr("--order needs an order ID"));
    if (!CliArguments::takeOption(args, QStringLiteral("--reason"), &request.reason, &hasReason))
        return usage(tr("--reason needs one of: %1")
                         .arg(RevokeRequest::reasons().join(QStringLiteral(", "))));
    if (!CliArguments::takeOption(args, QStringLiteral("--compromised-at"), &compromised,
                                  &hasCompromised))
        return usage(tr("--compromised-at needs a date and time, for example "
                        "2024-01-09T14:30:00Z"));
    if (!CliArguments::takeOption(args, QStringLiteral("--comments"), &request.comments))
        return usage(tr("--comments needs a text"));
    if (!CliArguments::takeOption(args, QStringLiteral("--format"), &format))
        return usage(tr("--format needs table or json"));
    const bool yes = CliArguments::takeFlag(args, QStringLiteral("--yes"));
    request.skipApproval = CliArguments::takeFlag(args, QStringLiteral("--skip-approval"));
    if (!args.isEmpty())
        return usage(tr("unexpected argument \"%1\"").arg(args.first()));
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return usage(tr("--format must be table or json, got \"%1\"").arg(format));
    if (int(hasCertificate) + int(hasSerial) + int(hasOrder) != 1)
        return usage(tr("name exactly one of --certificate ID, --serial HEX or --order ID"));
    if (!hasReason)
        return usage(tr("--reason is required: one of %1")
                         .arg(RevokeRequest::reasons().join(QStringLiteral(", "))));
    bool ok = true;
    if (hasCertificate) {
        request.scope = RevokeRequest::Scope::Certificate;
        request.certificateId = certificate.toLongLong(&ok);
        if (!ok || request.certificateId <= 0)
            return usage(
                tr("--certificate must be a positive whole number, got \"%1\"").arg(certificate));
    } else if (hasSerial) {
        request.scope = RevokeRequest::Scope::SerialNumber;
        request.serialNumber = serial;
    } else {
        request.scope = RevokeRequest::Scope::Order;
        request.orderId = order.toLongLong(&ok);
        if (!ok || request.orderId <= 0)
            return usage(tr("--order must be a positive whole number, got \"%1\"").arg(order));
    }
    if (hasCompromised) {
        // A zone is required: a time without one means different instants on different hosts.
        static const QRegularExpression zoned(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d)?(Z|[+-]\\d\\d:\\d\\d)$"));
        request.compromisedAt = QDateTime::fromString(compromised.trimmed(), Qt::ISODate);
        if (!zoned.match(compromised.trimmed()).hasMatch() || !request.compromisedAt.isValid())
            return usage(tr("--compromised-at must be ISO 8601 with a zone, for example "
                            "2024-01-09T14:30:00Z or 2024-01-09T15:30:00+01:00; got \"%1\"")
                             .arg(compromised));
    }
    QString field;
    QString problem = request.validate(&field);
    if (!problem.isEmpty())
        return usage(tr("%1: %2").arg(field, problem));

    // For a whole order, the earliest compromise instant is the latest issue date on it.
    ApiError error;
    if (request.compromisedAt.isValid() && request.scope == RevokeRequest::Scope::Order) {
        QList<QDateTime> dates;
        if (!issueDates(m_client, request.orderId, &dates, &error))
            return m_app.fail(error);
        request.earliestAllowed = RevokeRequest::earliestForOrder(dates);
        problem = request.validate(&field);
        if (!problem.isEmpty())
            return usage(tr("--compromised-at (%1): %2").arg(field, problem));
    }

    const QString what =
        request.scope == RevokeRequest::Scope::Order
            ? tr("every certificate on order %1").arg(request.orderId)
        : request.scope == RevokeRequest::Scope::Certificate
            ? tr("certificate %1").arg(request.certificateId)
            : tr("the certificate with serial number %1").arg(request.normalizedSerial());
    if (!yes) {
        if (!CliArguments::interactive())
            return usage(tr("revoking cannot be undone: add --yes to confirm"));
        if (!CliArguments::askYes(
                tr("Revoke %1 (%2)? This cannot be undone.").arg(what, request.reason))) {
            m_err << tr("Nothing was revoked.") << '\n';
            m_err.flush();
            return CliApp::Ok;
        }
    }
    auto *call = new RevokeCall(&m_client, request);
    LifecycleResult result;
    bool done = false;
    QEventLoop loop;
    QObject::connect(call, &RevokeCall::completed, &loop, [&](const LifecycleResult &r) {
        result = r;
        done = true;
    });
    QObject::connect(call, &RevokeCall::failed, &loop, [&error](const ApiError &e) { error = e; });
    QObject::connect(call, &RevokeCall::finished, &loop, &QEventLoop::quit);
    m_client.submit(call);
    loop.exec();
    if (!done) {
        if (error.isOutcomeUnknown())
            m_err << tr("certdesk-cli: it is not known whether the revocation was requested; "
                        "look at the pending requests before running the command again.")
                  << '\n';
        return m_app.fail(error);
    }
    QString capitalised = what;
    capitalised[0] = capitalised[0].toUpper();
    CliLifecycleCommands::printResult(m_out, capitalised, result, format);
    return CliApp::Ok;
}
