#include "core/DnsName.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

QString DnsName::normalized(const QString &name) {
    QString n = name.trimmed().toLower();
    if (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    const QByteArray ace = QUrl::toAce(n);
    return ace.isEmpty() ? n : QString::fromLatin1(ace);
}

bool DnsName::isIpAddress(const QString &name) {
    // IPv4 dotted quads and IPv6 (hex digits, colons, maybe an embedded IPv4 or [brackets]).
    static const QRegularExpression v4(QStringLiteral("^\\d{1,3}(\\.\\d{1,3}){3}$"));
    static const QRegularExpression v6(QStringLiteral("^\\[?[0-9a-fA-F:.]*:[0-9a-fA-F:.]*\\]?$"));
    const QString n = name.trimmed();
    return v4.match(n).hasMatch() || v6.match(n).hasMatch();
}

QString DnsName::problem(const QString &name, bool wildcardAllowed) {
    const QString shown = name.trimmed();
    QString n = normalized(name);
    if (n.isEmpty())
        return tr("Enter a domain name, for example example.com");
    if (n.contains(QStringLiteral("://")) || n.contains(QLatin1Char('/')))
        return tr("Enter only the domain name, without http:// or a path: \"%1\"").arg(shown);
    if (isIpAddress(shown))
        return tr("\"%1\" is an IP address; public certificates here take domain names only")
            .arg(shown);
    if (n.startsWith(QStringLiteral("*."))) {
        if (!wildcardAllowed)
            return tr("\"%1\" is a wildcard; only wildcard products take *. names").arg(shown);
        n = n.mid(2);
    }
    if (n.contains(QLatin1Char('*')))
        return tr("\"%1\": a wildcard may only be the whole left-most label, as in "
                  "*.example.com")
            .arg(shown);
    if (n.size() > 253)
        return tr("A domain name has at most 253 characters; \"%1\" has %2")
            .arg(shown)
            .arg(n.size());
    static const QRegularExpression label(QStringLiteral("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"));
    const QStringList labels = n.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return tr("\"%1\" needs a dot: enter a full domain such as example.com").arg(shown);
    // An internationalised name has letters and digits of any script, but no symbols: the ACE
    // form of an emoji looks valid to QUrl, yet IDNA 2008 does not allow it.
    bool symbol = false;
    for (const char32_t c : shown.toUcs4())
        if (!QChar::isLetterOrNumber(c) && QChar::category(c) != QChar::Mark_NonSpacing &&
            QChar::category(c) != QChar::Mark_SpacingCombining && c != U'-' && c != U'.' &&
            c != U'*')
            symbol = true;
    for (const QString &part : labels) {
        if (symbol || !label.match(part).hasMatch())
            return tr("\"%1\" is not a valid domain name: each part between dots has 1 to 63 "
                      "letters, digits or hyphens, and no hyphen at either end")
                .arg(shown);
    }
    return {};
}
