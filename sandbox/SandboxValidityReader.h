#pragma once

#include <QJsonObject>

class SandboxBodyReader;

// Reads how long a new order and its first certificate run: order_validity (or the deprecated
// root fields validity_years, validity_days and custom_expiration_date) and
// certificate.cert_validity. It changes nothing; problems are recorded on the reader.
class SandboxValidityReader {
public:
    static constexpr int kMaxTlsYears = 3;
    static constexpr int kMaxOrderDays = 3 * 365;
    static constexpr int kMinOrderDays = 7;

    struct OrderValidity {
        QJsonObject json;  // as shown in order info: {"years":1}, {"days":90}, ...
        qint64 endDay = 0; // Julian day the plan ends
        int years = 1;     // the plan's length in whole years, rounded up
    };

    struct CertValidity {
        QJsonObject json;
        int days = 0; // 0: the default validity
    };

    // custom_expiration_date > days > years, inside order_validity or at the root.
    static void readOrderValidity(SandboxBodyReader &body, bool codeSigning, qint64 today,
                                  OrderValidity *validity);
    // certificate.cert_validity, when present; the certificate may not outlast the order.
    static void readCertValidity(SandboxBodyReader &certificate, qint64 today, qint64 orderEndDay,
                                 CertValidity *validity);
};
