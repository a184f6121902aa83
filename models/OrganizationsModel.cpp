#include "models/OrganizationsModel.h"

#include <QLocale>

namespace {
using Value = RowTableModel<Organization>::Value;
// Names sort without regard to case.
Value lowerCase(Value text) {
    return [text](const Organization &o) {
        return text(o).toString().toLower();
    };
}
} // namespace

OrganizationsModel::OrganizationsModel(QObject *parent)
    : RowTableModel(columns(), SortRole, parent) {}

QList<OrganizationsModel::ColumnSpec> OrganizationsModel::columns() {
    const auto column = [](std::function<QString()> header, Value text, Value toolTip = {}) {
        return ColumnSpec{std::move(header), text, lowerCase(text), std::move(toolTip)};
    };
    return {
        column([] { return tr("Organization"); }, [](const Organization &o) { return o.name; }),
        column([] { return tr("Assumed name"); },
               [](const Organization &o) { return o.assumedName; }),
        column([] { return tr("Address"); },
               [](const Organization &o) { return o.oneLineAddress(); },
               [](const Organization &o) { return o.oneLineAddress(); }),
        column([] { return tr("Status"); },
               [](const Organization &o) {
                   return statusText(o.isActive ? o.status : QStringLiteral("inactive"));
               }),
        validationColumn(QT_TR_NOOP("OV"), QStringLiteral("ov")),
        validationColumn(QT_TR_NOOP("EV"), QStringLiteral("ev")),
        validationColumn(QT_TR_NOOP("CS"), QStringLiteral("cs")),
        validationColumn(QT_TR_NOOP("EV CS"), QStringLiteral("ev_cs")),
        column([] { return tr("Organization contact"); },
               [](const Organization &o) { return o.organizationContact.displayName(); },
               [](const Organization &o) {
                   return o.organizationContact.email.isEmpty()
                              ? QVariant()
                              : QVariant(o.organizationContact.email);
               }),
        column([] { return tr("Technical contact"); },
               [](const Organization &o) { return o.technicalContact.displayName(); },
               [](const Organization &o) {
                   return o.technicalContact.email.isEmpty() ? QVariant()
                                                             : QVariant(o.technicalContact.email);
               }),
    };
}

// The short form in the cell, the whole state in the tooltip; valid ones sort by their end,
// pending and expired ones after them.
OrganizationsModel::ColumnSpec OrganizationsModel::validationColumn(const char *header,
                                                                    const QString &type) {
    const Value sortKey = [type](const Organization &o) -> QVariant {
        const OrganizationValidation *v = o.validation(type);
        if (!v)
            return QString();
        return v->validatedUntil.isValid() ? v->validatedUntil.toString(Qt::ISODate)
                                           : QStringLiteral("~") + v->status;
    };
    const Value toolTip = [type](const Organization &o) -> QVariant {
        const OrganizationValidation *v = o.validation(type);
        if (!v)
            return {};
        return QStringLiteral("%1: %2").arg(v->description.isEmpty() ? v->name : v->description,
                                            validationText(o, type));
    };
    return ColumnSpec([header] { return tr(header); },
                      [type](const Organization &o) { return validationCellText(o, type); },
                      sortKey, toolTip);
}

QString OrganizationsModel::validationType(int column) {
    switch (column) {
    case OvColumn:
        return QStringLiteral("ov");
    case EvColumn:
        return QStringLiteral("ev");
    case CsColumn:
        return QStringLiteral("cs");
    case EvCsColumn:
        return QStringLiteral("ev_cs");
    default:
        return {};
    }
}

QString OrganizationsModel::statusText(const QString &status) {
    if (status == QLatin1String("completed"))
        return tr("Completed");
    if (status == QLatin1String("pending"))
        return tr("Pending");
    if (status == QLatin1String("expired"))
        return tr("Expired");
    if (status == QLatin1String("active"))
        return tr("Active");
    if (status == QLatin1String("inactive"))
        return tr("Inactive");
    return status;
}

QString OrganizationsModel::validationText(const Organization &organization, const QString &type) {
    const OrganizationValidation *v = organization.validation(type);
    if (!v)
        return {};
    if (v->status == QLatin1String("completed") && v->validatedUntil.isValid())
        return tr("Valid until %1")
            .arg(QLocale().toString(v->validatedUntil, QLocale::ShortFormat));
    if (v->status == QLatin1String("expired") && v->validatedUntil.isValid())
        return tr("Expired %1").arg(QLocale().toString(v->validatedUntil, QLocale::ShortFormat));
    return statusText(v->status);
}

QString OrganizationsModel::validationCellText(const Organization &organization,
                                               const QString &type) {
    const OrganizationValidation *v = organization.validation(type);
    if (v && v->status == QLatin1String("completed") && v->validatedUntil.isValid())
        return QLocale().toString(v->validatedUntil, QLocale::ShortFormat);
    return v ? statusText(v->status) : QString();
}

QVariant OrganizationsModel::rowData(const Organization &organization, int, int role) const {
    return role == OrganizationIdRole ? QVariant(organization.id) : QVariant();
}

int OrganizationsModel::rowOfOrganization(qint64 organizationId) const {
    return findRow([organizationId](const Organization &o) { return o.id == organizationId; });
}

void OrganizationsModel::updateOrganization(const Organization &organization) {
    const int row = rowOfOrganization(organization.id);
    if (row < 0)
        return;
    Organization merged = organization;
    if (!merged.hasValidations && merged.validations.isEmpty()) {
        merged.validations = rowAt(row).validations;
        merged.hasValidations = rowAt(row).hasValidations;
    }
    replaceRow(row, merged);
}

void OrganizationsModel::removeOrganization(qint64 organizationId) {
    const int row = rowOfOrganization(organizationId);
    if (row < 0)
        return;
    removeRowAt(row);
}
