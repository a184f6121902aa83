#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QMetaType>
#include <QString>

// Funds moved between two divisions of the account: POST finance/transfer ("Transfer funds" on
// dev.digicert.com) with {"amount", "from_container_id", "to_container_id"}, all documented as
// int, answered 204. The amount is whole currency units (1000 moves 1,000.00): the API takes no
// cents. The account must have "separate division funds" enabled in the console.
struct FundsTransfer {
    Q_DECLARE_TR_FUNCTIONS(FundsTransfer)

public:
    qint64 fromContainerId = 0;
    qint64 toContainerId = 0;
    QString amount; // as typed: "1000", "1,000", "1000.00"

    static constexpr qint64 kMaxAmount = 10000000; // 10,000,000 whole units

    // The whole amount when it is valid ("1,000" and "1000.00" are 1000; "10.50" is not).
    bool wholeAmount(qint64 *out) const;
    // Empty when it can be sent, else the message with *field set ("amount",
    // "from_container_id", "to_container_id"). availableCents >= 0 is what the source
    // division may spend (finance/balance total_available_funds); -1 when unknown or unlimited.
    QString validate(QString *field = nullptr, qint64 availableCents = -1) const;
    // {"amount":1000,"from_container_id":608272,"to_container_id":608373}: integers, the
    // documented type (the page's example quotes them; CertDesk sends the type the table gives).
    QByteArray toJson() const;
};

Q_DECLARE_METATYPE(FundsTransfer)
