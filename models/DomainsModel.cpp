#include "models/DomainsModel.h"

#include <QLocale>

namespace {
QVariant validatedUntil(const Domain &d, const QString &type) {
    const DomainValidation *v = d.validation(type);
    return v ? v->validatedUntil : QDate();
}
} // namespace

DomainsModel::DomainsModel(QObject *parent)
    : RowTableModel(columns(), SortRole, parent) {}

QList<DomainsModel::ColumnSpec> DomainsModel::columns() {
    const QString ov = QStringLiteral("ov");
    const QString ev = QStringLiteral("ev");
    return {
        {[] { return tr("Domain"); },
         [](const Domain &d) {
             return d.name;
         }},
        {[] { return tr("Organization"); },
         [](const Domain &d) {
             return d.organizationName;
         }},
        {[] { return tr("Status"); },
         [](const Domain &d) {
             return d.isActive ? d.status : tr("inactive");
         }},
        {[] { return tr("OV validation"); },
         [ov](const Domain &d) { return validationText(d, ov); },
         [ov](const Domain &d) {
             return validatedUntil(d, ov);
         }},
        {[] { return tr("EV validation"); },
         [ev](const Domain &d) { return validationText(d, ev); },
         [ev](const Domain &d) {
             return validatedUntil(d, ev);
         }},
        {[] { return tr("DCV method"); },
         [](const Domain &d) {
             return dcvMethodText(d.dcvMethod);
         }},
        {[] { return tr("DCV approved"); },
         [](const Domain &d) {
             return d.dcvApproved.isValid() ? QLocale().toString(d.dcvApproved.toLocalTime().date(),
                                                                 QLocale::ShortFormat)
                                            : QString();
         },
         [](const Domain &d) {
             return d.dcvApproved;
         }},
        {[] { return tr("Domain lock"); },
         [](const Domain &d) {
             return d.lockingStatus;
         }},
    };
}

QString DomainsModel::validationText(const Domain &domain, const QString &type) {
    const DomainValidation *v = domain.validation(type);
    if (!v)
        return {};
    if (v->status == QLatin1String("completed") && v->validatedUntil.isValid())
        return tr("Valid until %1")
            .arg(QLocale().toString(v->validatedUntil, QLocale::ShortFormat));
    if (v->status == QLatin1String("completed"))
        return tr("Completed");
    if (v->status == QLatin1String("pending"))
        return tr("Pending");
    if (v->status == QLatin1String("expired"))
        return tr("Expired");
    return v->status;
}

QString DomainsModel::dcvMethodText(const QString &method) {
    if (method == QLatin1String("email"))
        return tr("E-mail");
    if (method == QLatin1String("dns-txt-token"))
        return tr("DNS TXT record");
    if (method == QLatin1String("dns-cname-token"))
        return tr("DNS CNAME record");
    if (method == QLatin1String("http-token"))
        return tr("File on the web server");
    return method;
}

QVariant DomainsModel::rowData(const Domain &domain, int, int role) const {
    return role == DomainIdRole ? QVariant(domain.id) : QVariant();
}

void DomainsModel::removeDomain(qint64 domainId) {
    const int row = findRow([domainId](const Domain &d) { return d.id == domainId; });
    if (row >= 0)
        removeRowAt(row);
}
