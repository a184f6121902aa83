#include "core/DuplicateRequest.h"

#include "core/DnsName.h"
#include "core/PlainText.h"
#include "core/TlsLimits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

DuplicateRequest::Latest DuplicateRequest::latestExpiration(const QDate &issueDay,
                                                            const QDate &orderEnd,
                                                            const QDate &planEnd) {
    Latest latest{issueDay.addDays(TlsLimits::maxCertificateDays(issueDay)), Bound::MaxValidity};
    // Later candidates win only when strictly earlier, so a tie names the first.
    if (planEnd.isValid() && planEnd <= latest.date)
        latest = {planEnd, Bound::PlanEnd};
    if (orderEnd.isValid() && orderEnd <= latest.date)
        latest = {orderEnd, Bound::OrderEnd};
    return latest;
}

QString DuplicateRequest::boundName(Bound bound) {
    switch (bound) {
    case Bound::OrderEnd:
        return tr("the order's end");
    case Bound::PlanEnd:
        return tr("the plan's end");
    case Bound::MaxValidity:
        return tr("the longest a TLS certificate may last");
    }
    return {};
}

QStringList DuplicateRequest::allNames() const {
    QStringList names{DnsName::normalized(commonName)};
    for (const QString &n : dnsNames) {
        const QString name = DnsName::normalized(n);
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    }
    return names;
}

QString DuplicateRequest::validate(QString *field, const QDate &todayIn) const {
    const auto fail = [field](const char *which, const QString &message) {
        if (field)
            *field = QLatin1String(which);
        return message;
    };
    const QDate today = todayIn.isValid() ? todayIn : QDate::currentDate();
    if (orderId <= 0)
        return fail("order_id", tr("Choose the issued order to duplicate."));
    const QString cnProblem = DnsName::problem(commonName, true);
    if (!cnProblem.isEmpty())
        return fail("certificate.common_name", cnProblem);
    for (const QString &name : dnsNames) {
        const QString problem = DnsName::problem(name, true);
        if (!problem.isEmpty())
            return fail("certificate.dns_names", problem);
    }
    if (!orderNames.isEmpty()) {
        QStringList onOrder;
        for (const QString &n : orderNames)
            onOrder << DnsName::normalized(n);
        const QStringList names = allNames();
        for (int i = 0; i < names.size(); ++i) {
            const QString &name = names.at(i);
            bool covered = onOrder.contains(name);
            for (const QString &existing : std::as_const(onOrder))
                if (existing.startsWith(QStringLiteral("*.")) &&
                    name.section(QLatin1Char('.'), 1) == existing.mid(2))
                    covered = true;
            if (!covered)
                return fail(i == 0 ? "certificate.common_name" : "certificate.dns_names",
                            tr("%1 is not on the order; a duplicate can only use the order's "
                               "names: %2")
                                .arg(name, onOrder.join(QStringLiteral(", "))));
        }
    }
    if (csr.trimmed().isEmpty())
        return fail("certificate.csr",
                    tr("A duplicate needs a certificate signing request (CSR) for its key."));
    if (!QStringList{QStringLiteral("sha256"), QStringLiteral("sha384"), QStringLiteral("sha512")}
             .contains(signatureHash))
        return fail("certificate.signature_hash",
                    tr("Signature hash \"%1\" is not offered; use sha256, sha384 or sha512.")
                        .arg(signatureHash));
    if (customExpirationDate.isValid()) {
        if (customExpirationDate <= today)
            return fail(
                "custom_expiration_date",
                tr("The end date must be after today (%1); got %2.")
                    .arg(today.toString(Qt::ISODate), customExpirationDate.toString(Qt::ISODate)));
        const Latest latest = latestExpiration(today, orderEnd, planEnd);
        if (customExpirationDate > latest.date)
            return fail("custom_expiration_date",
                        tr("The end date can be %1 at the latest (%2); got %3.")
                            .arg(latest.date.toString(Qt::ISODate), boundName(latest.bound),
                                 customExpirationDate.toString(Qt::ISODate)));
    }
    if (comments.size() > kMaxComments)
        return fail("comments", tr("Comments have at most %1 characters; these have %2.")
                                    .arg(kMaxComments)
                                    .arg(comments.size()));
    if (const QString problem = PlainText::problem(comments, true); !problem.isEmpty())
        return fail("comments", problem);
    return {};
}

QByteArray DuplicateRequest::toJson() const {
    QJsonArray names;
    for (const QString &n : allNames())
        names.append(n);
    QJsonObject certificate{{QStringLiteral("common_name"), DnsName::normalized(commonName)},
                            {QStringLiteral("dns_names"), names},
                            {QStringLiteral("csr"), QString::fromLatin1(csr.trimmed())},
                            {QStringLiteral("signature_hash"), signatureHash}};
    if (serverPlatformId)
        certificate.insert(QStringLiteral("server_platform"),
                           QJsonObject{{QStringLiteral("id"), *serverPlatformId}});
    QJsonObject root{{QStringLiteral("certificate"), certificate},
                     {QStringLiteral("skip_approval"), skipApproval}};
    if (customExpirationDate.isValid())
        // Root level: yyyy-MM-dd (the validity objects' dd MMM yyyy does not apply here).
        root.insert(QStringLiteral("custom_expiration_date"),
                    customExpirationDate.toString(QStringLiteral("yyyy-MM-dd")));
    if (!comments.trimmed().isEmpty())
        root.insert(QStringLiteral("comments"), comments.trimmed());
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}
