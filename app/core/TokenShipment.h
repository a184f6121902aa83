#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// Where DigiCert ships the hardware token of a code-signing order provisioned on a token
// (cs_provisioning_method ship_token): the ship_info object of the order body.
struct TokenShipment {
    Q_DECLARE_TR_FUNCTIONS(TokenShipment)

public:
    QString name;
    QString addr1;
    QString addr2;
    QString city;
    QString state;
    QString zip;
    QString country;                             // two letters
    QString method = QStringLiteral("STANDARD"); // or EXPEDITED

    // Empty when the address can be sent, else the message with *field set (ship_info.…).
    QString validate(QString *field = nullptr) const;
    // ship_info, trimmed, the country in lower case as the documented example sends it.
    QJsonObject toJson() const;
};
