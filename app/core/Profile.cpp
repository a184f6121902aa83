#include "core/Profile.h"

#include "core/PlainText.h"

#include <QStringList>

QUrl Profile::effectiveUrl() const {
    switch (service) {
    case Service::UnitedStates:
        return QUrl(QStringLiteral("https://www.digicert.com/services/v2/"));
    case Service::Europe:
        return QUrl(QStringLiteral("https://certcentral.digicert.eu/services/v2/"));
    case Service::Custom:
    case Service::Sandbox:
        return baseUrl;
    }
    return baseUrl;
}

QString Profile::keychainKey() const {
    const QUrl url = effectiveUrl();
    return QStringLiteral("profile-%1@%2")
        .arg(id, url.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash));
}

QString Profile::serviceName(Service service) {
    switch (service) {
    case Service::UnitedStates:
        return tr("United States");
    case Service::Europe:
        return tr("Europe");
    case Service::Custom:
        return tr("Custom URL");
    case Service::Sandbox:
        return tr("Sandbox");
    }
    return {};
}

QString Profile::serviceId(Service service) {
    switch (service) {
    case Service::UnitedStates:
        return QStringLiteral("us");
    case Service::Europe:
        return QStringLiteral("eu");
    case Service::Custom:
        return QStringLiteral("custom");
    case Service::Sandbox:
        return QStringLiteral("sandbox");
    }
    return {};
}

Profile::Service Profile::serviceFromId(const QString &id, bool *ok) {
    if (ok)
        *ok = true;
    if (id == QLatin1String("us"))
        return Service::UnitedStates;
    if (id == QLatin1String("eu"))
        return Service::Europe;
    if (id == QLatin1String("custom"))
        return Service::Custom;
    if (id == QLatin1String("sandbox"))
        return Service::Sandbox;
    if (ok)
        *ok = false;
    return Service::Custom;
}

QString Profile::validateName(const QString &name) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter a profile name.");
    if (trimmed.size() > 64)
        return tr("A profile name may have at most 64 characters (this one has %1).")
            .arg(trimmed.size());
    if (PlainText::forbiddenAt(trimmed, false) >= 0)
        return tr("A profile name must be printable characters on one line, without line "
                  "breaks or control characters.");
    return {};
}

bool Profile::isLoopbackHost(const QString &host) {
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    if (host == QLatin1String("::1") || host == QLatin1String("0:0:0:0:0:0:0:1"))
        return true;
    // 127.0.0.0/8, written as four decimal numbers.
    const QStringList parts = host.split(QLatin1Char('.'));
    if (parts.size() != 4 || parts.first() != QLatin1String("127"))
        return false;
    for (const QString &part : parts) {
        bool ok = false;
        const int value = part.toInt(&ok);
        if (!ok || value < 0 || value > 255)
            return false;
    }
    return true;
}

QString Profile::validateUrl(const QUrl &url) {
    if (!url.isValid() || url.host().isEmpty())
        return tr("Enter the full API address, for example "
                  "https://www.digicert.com/services/v2/.");
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return {};
        return tr("Use https:// for %1: an API key must not travel unencrypted. Plain http:// "
                  "is allowed only for this computer (127.0.0.1 or localhost).")
            .arg(url.host());
    }
    return tr("The address must start with https:// (got \"%1\").").arg(url.scheme());
}

QString Profile::validateApiKey(const QString &raw, QString *clean) {
    const QString key = raw.trimmed();
    if (clean)
        *clean = key;
    if (key.isEmpty())
        return tr("Paste the API key from CertCentral (Automation > API Keys).");
    for (const QChar c : key) {
        if (c.isSpace())
            return tr("An API key has no spaces or line breaks inside; check that only the key "
                      "was copied.");
        if (c.category() == QChar::Other_Control || c.unicode() > 0x7e)
            return tr("An API key has only letters, digits and punctuation; this one has other "
                      "characters.");
    }
    if (key.size() > 256)
        return tr("An API key has at most 256 characters (this one has %1).").arg(key.size());
    return {};
}
