#include "cli/CliCertCommands.h"

#include "cli/CliContext.h"

#include "api/CertCentralClient.h"
#include "cli/CliArguments.h"
#include "cli/CliLifecycleCommands.h"
#include "cli/CliOutput.h"
#include "core/RevokeRequest.h"
#include "security/Pkcs12Bundle.h"
#include "security/PrivateKey.h"
#include "services/Await.h"
#include "services/OrderService.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <unistd.h>

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
        const auto call = OrderService(&client).certificates(orderId, kind);
        bool ok = false;
        Await::receive(
            call,
            [&](qint64, const QList<CertificateRecord> &records) {
                ok = true;
                for (const CertificateRecord &r : records)
                    if (r.status == QLatin1String("issued") && r.validFrom.isValid())
                        dates->append(r.validFrom.startOfDay(Qt::UTC));
            },
            error);
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

CliCertCommands::CliCertCommands(CliOutput &app, QTextStream &out, QTextStream &err,
                                 CertCentralClient &client)
    : m_app(app)
    , m_out(out)
    , m_err(err)
    , m_client(client) {}

int CliCertCommands::usage(const QString &problem) {
    m_err << tr("certdesk-cli: %1").arg(problem) << '\n'
          << tr("Run certdesk-cli --help for the cert verbs.") << '\n';
    m_err.flush();
    return CliOutput::Usage;
}

int CliCertCommands::failure(const QString &message) {
    m_err << tr("certdesk-cli: %1").arg(message) << '\n';
    m_err.flush();
    return CliOutput::ApiFailure;
}

QByteArray CliCertCommands::keyPassphrase(const QString &keyFile, const QByteArray &pem) {
    const QByteArray fromEnvironment = qgetenv("CERTDESK_KEY_PASSPHRASE");
    if (!fromEnvironment.isEmpty() || !pem.contains("ENCRYPTED"))
        return fromEnvironment;
    return CliArguments::readSecretLine(tr("Passphrase of the private key %1: ").arg(keyFile))
        .toUtf8();
}

QByteArray CliCertCommands::newBundlePassphrase(int *exitCode) {
    QByteArray pass = qgetenv("CERTDESK_P12_PASSPHRASE");
    if (pass.isEmpty()) {
        pass = CliArguments::readSecretLine(tr("Passphrase for the new PKCS#12 file: ")).toUtf8();
        if (isatty(STDIN_FILENO) == 1) {
            const QByteArray again = CliArguments::readSecretLine(tr("The same again: ")).toUtf8();
            if (again != pass) {
                *exitCode = usage(tr("the two passphrases differ; nothing was written"));
                return {};
            }
        }
    }
    if (QString::fromUtf8(pass).size() < Pkcs12Bundle::kMinPassphraseLength) {
        *exitCode = usage(tr("the PKCS#12 passphrase needs at least %1 characters "
                             "(CERTDESK_P12_PASSPHRASE, or typed when asked)")
                              .arg(Pkcs12Bundle::kMinPassphraseLength));
        return {};
    }
    return pass;
}

int CliCertCommands::download(QStringList args) {
    QString format = QStringLiteral("pem_all");
    QString out;
    bool hasOut = false;
    const QStringList formats = OrderService::downloadFormats() << QStringLiteral("p12");
    if (!CliArguments::takeOption(args, QStringLiteral("--format"), &format))
        return usage(tr("--format needs one of: %1").arg(formats.join(QStringLiteral(", "))));
    if (format == QLatin1String("p12"))
        return downloadPkcs12(args);
    if (args.contains(QStringLiteral("--key")))
        return usage(tr("--key goes with --format p12 only"));
    if (!CliArguments::takeOption(args, QStringLiteral("--out"), &out, &hasOut))
        return usage(tr("--out needs a file name"));
    if (!OrderService::downloadFormats().contains(format))
        return usage(tr("--format must be one of %1, got \"%2\"")
                         .arg(formats.join(QStringLiteral(", ")), format));
    if (args.size() != 1)
        return usage(tr("cert download needs exactly one certificate ID"));
    bool ok = false;
    const qint64 id = args.first().toLongLong(&ok);
    if (!ok || id <= 0)
        return usage(
            tr("certificate ID must be a positive whole number, got \"%1\"").arg(args.first()));
    if (!hasOut && !format.startsWith(QLatin1String("pem")))
        return usage(tr("--format %1 is binary: name a file with --out").arg(format));
    if (hasOut) {
        const QString outProblem = CliArguments::outputFileProblem(QStringLiteral("--out"), out);
        if (!outProblem.isEmpty())
            return usage(outProblem);
    }
    const auto call = OrderService(&m_client).download(id, format);
    QByteArray data;
    ApiError error;
    Await::receive(
        call, [&data](const QByteArray &d, const QString &) { data = d; }, &error);
    if (error.isError())
        return m_app.fail(error);
    if (!hasOut) {
        m_out << QString::fromLatin1(data);
        m_out.flush();
        return CliOutput::Ok;
    }
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        m_err << tr("certdesk-cli: could not write %1: %2").arg(out, file.errorString()) << '\n';
        m_err.flush();
        return CliOutput::ApiFailure;
    }
    m_out << tr("Saved certificate %1 (%2) to %3.").arg(id).arg(format, out) << '\n';
    m_out.flush();
    return CliOutput::Ok;
}

int CliCertCommands::downloadPkcs12(QStringList args) {
    QString keyFile;
    QString out;
    bool hasKey = false;
    if (!CliArguments::takeOption(args, QStringLiteral("--key"), &keyFile, &hasKey))
        return usage(tr("--key needs the private key file (PEM) of the certificate"));
    if (!CliArguments::takeOption(args, QStringLiteral("--out"), &out))
        return usage(tr("--out needs a file name"));
    if (!hasKey)
        return usage(tr("--format p12 needs --key FILE: the private key made for this "
                        "certificate goes into the PKCS#12 file"));
    if (args.size() != 1)
        return usage(tr("cert download needs exactly one certificate ID"));
    bool ok = false;
    const qint64 id = args.first().toLongLong(&ok);
    if (!ok || id <= 0)
        return usage(
            tr("certificate ID must be a positive whole number, got \"%1\"").arg(args.first()));
    if (out.isEmpty())
        out = QString::number(id) + QStringLiteral(".p12");
    // Refused before anything is asked or downloaded; the writer checks again when it creates
    // the file.
    const QString outProblem = CliArguments::outputFileProblem(QStringLiteral("--out"), out);
    if (!outProblem.isEmpty())
        return usage(outProblem);
    if (QFileInfo::exists(out))
        return usage(tr("%1 already exists and is never overwritten; choose another name with "
                        "--out")
                         .arg(out));

    QFile file(keyFile);
    if (!file.open(QIODevice::ReadOnly))
        return usage(tr("--key: %1 could not be opened: %2").arg(keyFile, file.errorString()));
    QByteArray pem = file.read(256 * 1024);
    file.close();
    QByteArray keyPass = keyPassphrase(keyFile, pem);
    PrivateKey key;
    QString error;
    const bool keyRead = PrivateKey::fromPem(pem, keyPass, &key, &error);
    pem.fill('\0');
    keyPass.fill('\0');
    if (!keyRead)
        return usage(tr("--key %1: %2").arg(keyFile, error));

    const auto call = OrderService(&m_client).download(id, QStringLiteral("pem_all"));
    QByteArray chainPem;
    ApiError apiError;
    Await::receive(
        call, [&chainPem](const QByteArray &d, const QString &) { chainPem = d; }, &apiError);
    if (apiError.isError())
        return m_app.fail(apiError);
    QList<QByteArray> certificates = Pkcs12Bundle::splitPem(chainPem);
    if (certificates.isEmpty())
        return failure(tr("certificate %1 came without a PEM certificate").arg(id));
    const QByteArray leaf = certificates.takeFirst(); // pem_all: the certificate first
    if (!Pkcs12Bundle::keyMatches(key, leaf, &error))
        return usage(tr("--key %1: %2").arg(keyFile, error));

    int exitCode = CliOutput::Ok;
    QByteArray bundlePass = newBundlePassphrase(&exitCode);
    if (bundlePass.isEmpty())
        return exitCode;
    const bool written = Pkcs12Bundle::write(out, key, leaf, certificates, bundlePass, &error);
    bundlePass.fill('\0');
    if (!written)
        return failure(error);
    m_out << tr("Saved certificate %1 with its private key and %n chain certificate(s) to %2 "
                "(PKCS#12, readable by you only).",
                nullptr, int(certificates.size()))
                 .arg(id)
                 .arg(out)
          << '\n';
    m_out.flush();
    return CliOutput::Ok;
}

// What is revoked (a certificate ID, a serial number or every certificate of an order) and the
// compromise time, which must carry a zone. Empty, or the problem.
QString CliCertCommands::readTarget(RevokeRequest::Scope scope, const QString &target,
                                    bool hasCompromised, const QString &compromised,
                                    RevokeRequest *request) {
    bool ok = true;
    if (scope == RevokeRequest::Scope::Certificate) {
        request->scope = RevokeRequest::Scope::Certificate;
        request->certificateId = target.toLongLong(&ok);
        if (!ok || request->certificateId <= 0)
            return tr("--certificate must be a positive whole number, got \"%1\"").arg(target);
    } else if (scope == RevokeRequest::Scope::SerialNumber) {
        request->scope = RevokeRequest::Scope::SerialNumber;
        request->serialNumber = target;
    } else {
        request->scope = RevokeRequest::Scope::Order;
        request->orderId = target.toLongLong(&ok);
        if (!ok || request->orderId <= 0)
            return tr("--order must be a positive whole number, got \"%1\"").arg(target);
    }
    if (hasCompromised) {
        // A zone is required: a time without one means different instants on different hosts.
        static const QRegularExpression zoned(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d)?(Z|[+-]\\d\\d:\\d\\d)$"));
        request->compromisedAt = QDateTime::fromString(compromised.trimmed(), Qt::ISODate);
        if (!zoned.match(compromised.trimmed()).hasMatch() || !request->compromisedAt.isValid())
            return tr("--compromised-at must be ISO 8601 with a zone, for example "
                      "2024-01-09T14:30:00Z or 2024-01-09T15:30:00+01:00; got \"%1\"")
                .arg(compromised);
    }
    return {};
}

// For a whole order, the earliest compromise instant is the latest issue date on it.
bool CliCertCommands::checkOrderCompromise(RevokeRequest *request, int *exitCode) {
    ApiError error;
    if (request->compromisedAt.isValid() && request->scope == RevokeRequest::Scope::Order) {
        QList<QDateTime> dates;
        if (!issueDates(m_client, request->orderId, &dates, &error))
            return CliOutput::stop(exitCode, m_app.fail(error));
        request->earliestAllowed = RevokeRequest::earliestForOrder(dates);
        QString field;
        const QString problem = request->validate(&field);
        if (!problem.isEmpty())
            return CliOutput::stop(exitCode,
                                   usage(tr("--compromised-at (%1): %2").arg(field, problem)));
    }
    return true;
}

QString CliCertCommands::describe(const RevokeRequest &request) {
    return request.scope == RevokeRequest::Scope::Order
               ? tr("every certificate on order %1").arg(request.orderId)
           : request.scope == RevokeRequest::Scope::Certificate
               ? tr("certificate %1").arg(request.certificateId)
               : tr("the certificate with serial number %1").arg(request.normalizedSerial());
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
    request.reason = RevokeRequest::reasonFromInput(request.reason);
    const auto scope = hasCertificate ? RevokeRequest::Scope::Certificate
                       : hasSerial    ? RevokeRequest::Scope::SerialNumber
                                      : RevokeRequest::Scope::Order;
    const QString target = hasCertificate ? certificate : hasSerial ? serial : order;
    if (const QString problem = readTarget(scope, target, hasCompromised, compromised, &request);
        !problem.isEmpty())
        return usage(problem);
    QString field;
    if (const QString problem = request.validate(&field); !problem.isEmpty())
        return usage(tr("%1: %2").arg(field, problem));
    int exitCode = CliOutput::Ok;
    if (!checkOrderCompromise(&request, &exitCode))
        return exitCode;
    const QString what = describe(request);
    if (!yes) {
        if (!CliArguments::interactive())
            return usage(tr("revoking cannot be undone: add --yes to confirm"));
        if (!CliArguments::askYes(
                tr("Revoke %1 (%2)? This cannot be undone.").arg(what, request.reason))) {
            m_err << tr("Nothing was revoked.") << '\n';
            m_err.flush();
            return CliOutput::Ok;
        }
    }
    LifecycleResult result;
    ApiError error;
    if (!Await::result(OrderService(&m_client).revoke(request), &result, &error)) {
        if (error.isOutcomeUnknown())
            m_err << tr("certdesk-cli: it is not known whether the revocation was requested; "
                        "look at the pending requests before running the command again.")
                  << '\n';
        return m_app.fail(error);
    }
    QString capitalised = what;
    capitalised[0] = capitalised[0].toUpper();
    CliLifecycleCommands::printResult(m_out, capitalised, result, format);
    return CliOutput::Ok;
}

QList<CliVerb> CliCertCommands::verbs() {
    return {
        {QStringLiteral("cert"), QStringLiteral("download"),
         QT_TRANSLATE_NOOP(
             "CliVerb",
             "  cert download CERTIFICATE_ID\n"
             "            [--format pem_all|pem_noroot|pem_nointermediate|p7b|der|p12]\n"
             "            [--key FILE] [--out FILE]  (der is made here from pem_nointermediate;\n"
             "            p7b is PEM-armoured as CertCentral sends it; p12: the chain with the key "
             "of\n"
             "            --key, passphrases from CERTDESK_KEY_PASSPHRASE and "
             "CERTDESK_P12_PASSPHRASE\n"
             "            or asked)\n"),
         CliVerb::Needs::Connection,
         [](CliContext &c, QStringList args) {
             return CliCertCommands(c.output, c.out, c.err, *c.client).download(args);
         }},
        {QStringLiteral("cert"), QStringLiteral("revoke"),
         QT_TRANSLATE_NOOP(
             "CliVerb",
             "  cert revoke (--certificate ID | --serial HEX | --order ID) --reason R\n"
             "            [--compromised-at ISO8601] [--comments T] [--skip-approval]\n"
             "            [--format table|json] [--yes]  (R: unspecified, keyCompromise,\n"
             "            affiliationChanged, superseded, cessationOfOperation; key_compromise and "
             "the\n"
             "            like are read too. --compromised-at only with keyCompromise, with a "
             "zone:\n"
             "            ...T14:30:00Z; sent as the first line of the comments)\n"),
         CliVerb::Needs::Connection,
         [](CliContext &c, QStringList args) {
             return CliCertCommands(c.output, c.out, c.err, *c.client).revoke(args);
         }},
    };
}
