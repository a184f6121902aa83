#include "sandbox/SandboxDcv.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

QStringList SandboxDcv::methods() {
    return {QStringLiteral("email"), QStringLiteral("dns-txt-token"),
            QStringLiteral("dns-cname-token"), QStringLiteral("http-token")};
}

bool SandboxDcv::isTokenMethod(const QString &method) {
    return method == QLatin1String("dns-txt-token") || method == QLatin1String("dns-cname-token") ||
           method == QLatin1String("http-token");
}

QString SandboxDcv::methodProblem(const QString &method) {
    if (methods().contains(method))
        return QString();
    if (method.contains(QChar(0x2011)) || method.contains(QChar(0x2010)))
        return QStringLiteral("contains a Unicode hyphen; use the ASCII hyphen-minus "
                              "(dns-txt-token, http-token)");
    return QStringLiteral("must be one of: %1").arg(methods().join(QStringLiteral(", ")));
}

QString SandboxDcv::randomValue() {
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString value;
    value.reserve(32);
    for (int i = 0; i < 32; ++i)
        value.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(36)]));
    return value;
}

QString SandboxDcv::normalizedName(const QString &input, bool allowWildcard) {
    QString name = input.trimmed().toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (name.isEmpty() || name.size() > 253)
        return QString();
    // Internationalized names arrive in Unicode or ACE form; both end up ACE.
    bool ascii = true;
    for (const QChar c : name)
        ascii = ascii && c.unicode() < 128;
    if (!ascii) {
        const QByteArray ace = QUrl::toAce(name);
        if (ace.isEmpty())
            return QString();
        name = QString::fromLatin1(ace);
    }
    const QStringList labels = name.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return QString();
    static const QRegularExpression label(QStringLiteral("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"));
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (i == 0 && labels.at(i) == QLatin1String("*") && allowWildcard)
            continue;
        if (!label.match(labels.at(i)).hasMatch())
            return QString();
    }
    // The top-level label is never all digits (that would be an IP address).
    bool digits = true;
    for (const QChar c : labels.constLast())
        digits = digits && c.isDigit();
    return digits ? QString() : name;
}

QString SandboxDcv::withoutWildcard(const QString &name) {
    return isWildcard(name) ? name.mid(2) : name;
}

QString SandboxDcv::baseDomain(const QString &name) {
    const QStringList labels = withoutWildcard(name).split(QLatin1Char('.'));
    if (labels.size() <= 2)
        return labels.join(QLatin1Char('.'));
    const QString second = labels.at(labels.size() - 2);
    const bool twoLevel = labels.constLast().size() == 2 &&
                          (second == QLatin1String("co") || second == QLatin1String("com") ||
                           second == QLatin1String("org") || second == QLatin1String("ac"));
    const qsizetype keep = twoLevel ? 3 : 2;
    return labels.mid(labels.size() - keep).join(QLatin1Char('.'));
}

bool SandboxDcv::isSameOrSubdomain(const QString &name, const QString &parent) {
    const QString plain = withoutWildcard(name);
    return plain == parent || plain.endsWith(QLatin1Char('.') + parent);
}

QHash<QString, QString> SandboxDcv::targets(const QStringList &names, const QString &scope) {
    QHash<QString, QString> result;
    if (scope == QLatin1String("fqdn")) {
        QStringList plain;
        for (const QString &name : names)
            plain << withoutWildcard(name);
        for (const QString &name : names) {
            // The shortest name of the order that equals or contains this one.
            QString best = withoutWildcard(name);
            for (const QString &other : plain) {
                if (other.size() < best.size() && isSameOrSubdomain(name, other))
                    best = other;
            }
            result.insert(name, best);
        }
    } else {
        for (const QString &name : names)
            result.insert(name, baseDomain(name));
    }
    return result;
}

QStringList SandboxDcv::placed() const {
    QStringList list(m_placed.begin(), m_placed.end());
    std::sort(list.begin(), list.end());
    return list;
}

QStringList SandboxDcv::constructedAddresses(const QString &name) {
    const QString base = baseDomain(withoutWildcard(name));
    QStringList list;
    for (const char *box : {"admin", "administrator", "webmaster", "hostmaster", "postmaster"})
        list << QLatin1String(box) + QLatin1Char('@') + base;
    return list;
}
