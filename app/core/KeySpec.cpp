#include "core/KeySpec.h"

QStringList KeySpec::names() {
    return {QStringLiteral("rsa:2048"), QStringLiteral("rsa:3072"), QStringLiteral("rsa:4096"),
            QStringLiteral("ec:p256"), QStringLiteral("ec:p384")};
}

bool KeySpec::parse(const QString &text, KeySpec *out, QString *error) {
    const QString t = text.trimmed().toLower();
    KeySpec spec;
    if (t == QLatin1String("rsa:2048") || t == QLatin1String("rsa:3072") ||
        t == QLatin1String("rsa:4096")) {
        spec.algorithm = Algorithm::Rsa;
        spec.bits = t.mid(4).toInt();
    } else if (t == QLatin1String("ec:p256") || t == QLatin1String("ec:p384")) {
        spec.algorithm = Algorithm::Ec;
        spec.bits = t.mid(4).toInt();
    } else {
        *error = tr("Key type \"%1\" is not offered; use one of: %2")
                     .arg(text, names().join(QStringLiteral(", ")));
        return false;
    }
    *out = spec;
    return true;
}

QString KeySpec::name() const {
    return algorithm == Algorithm::Rsa ? QStringLiteral("rsa:%1").arg(bits)
                                       : QStringLiteral("ec:p%1").arg(bits);
}

QString KeySpec::description() const {
    return algorithm == Algorithm::Rsa ? tr("RSA %1 bits").arg(bits) : tr("ECDSA P-%1").arg(bits);
}

QString KeySpec::problemForCodeSigning() const {
    if (algorithm == Algorithm::Rsa && bits >= 3072)
        return {};
    return tr("Code signing needs an RSA key of 3072 bits or more; %1 is not accepted.")
        .arg(description());
}
