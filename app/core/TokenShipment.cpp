#include "core/TokenShipment.h"

#include "core/PlainText.h"

#include <QRegularExpression>

QString TokenShipment::validate(QString *field) const {
    const auto fail = [field](const char *which, const QString &message) {
        if (field)
            *field = QLatin1String(which);
        return message;
    };
    const struct {
        const char *field;
        const QString &value;
        const char *what;
    } required[] = {{"ship_info.name", name, QT_TR_NOOP("the recipient")},
                    {"ship_info.addr1", addr1, QT_TR_NOOP("the street address")},
                    {"ship_info.city", city, QT_TR_NOOP("the city")},
                    {"ship_info.state", state, QT_TR_NOOP("the state or region")},
                    {"ship_info.zip", zip, QT_TR_NOOP("the postal code")}};
    for (const auto &r : required)
        if (r.value.trimmed().isEmpty())
            return fail(r.field, tr("Enter %1 for the token's shipment.").arg(tr(r.what)));
    for (const auto &r : required)
        if (const QString problem = PlainText::problem(r.value, false); !problem.isEmpty())
            return fail(r.field, problem);
    if (const QString problem = PlainText::problem(addr2, false); !problem.isEmpty())
        return fail("ship_info.addr2", problem);
    static const QRegularExpression twoLetters(QStringLiteral("^[A-Za-z]{2}$"));
    if (!twoLetters.match(country.trimmed()).hasMatch())
        return fail("ship_info.country",
                    tr("The shipping country is its two-letter code, for example US."));
    if (method != QLatin1String("STANDARD") && method != QLatin1String("EXPEDITED"))
        return fail("ship_info.method", tr("Shipping is STANDARD or EXPEDITED."));
    return {};
}

QJsonObject TokenShipment::toJson() const {
    QJsonObject ship{{QStringLiteral("name"), name.trimmed()},
                     {QStringLiteral("addr1"), addr1.trimmed()},
                     {QStringLiteral("city"), city.trimmed()},
                     {QStringLiteral("state"), state.trimmed()},
                     {QStringLiteral("zip"), zip.trimmed()},
                     {QStringLiteral("country"), country.trimmed().toLower()},
                     {QStringLiteral("method"), method}};
    if (!addr2.trimmed().isEmpty())
        ship.insert(QStringLiteral("addr2"), addr2.trimmed());
    return ship;
}
