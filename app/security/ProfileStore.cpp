#include "security/ProfileStore.h"

#include <QUuid>

namespace {
const QString kGroup = QStringLiteral("profiles");
const QString kActive = QStringLiteral("activeProfile");
} // namespace

ProfileStore::ProfileStore()
    : m_settings(
          std::make_unique<QSettings>(QStringLiteral("CertDesk"), QStringLiteral("CertDesk"))) {}

ProfileStore::ProfileStore(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat)) {}

QList<Profile> ProfileStore::profiles() const {
    QList<Profile> out;
    m_settings->beginGroup(kGroup);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString &id : ids) {
        const Profile p = profile(id);
        if (p.isValid())
            out << p;
    }
    std::sort(out.begin(), out.end(), [](const Profile &a, const Profile &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return out;
}

Profile ProfileStore::profile(const QString &id) const {
    if (id.isEmpty())
        return {};
    m_settings->beginGroup(kGroup + QLatin1Char('/') + id);
    Profile p;
    if (m_settings->contains(QStringLiteral("name"))) {
        p.id = id;
        p.name = m_settings->value(QStringLiteral("name")).toString();
        bool ok = false;
        p.service =
            Profile::serviceFromId(m_settings->value(QStringLiteral("service")).toString(), &ok);
        p.baseUrl = QUrl(m_settings->value(QStringLiteral("url")).toString());
        p.caPem = m_settings->value(QStringLiteral("caPem")).toString();
        if (!ok)
            p = Profile(); // written by something else: ignore it rather than guess
    }
    m_settings->endGroup();
    return p;
}

Profile ProfileStore::profileByName(const QString &name) const {
    for (const Profile &p : profiles()) {
        if (p.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return p;
    }
    return {};
}

QString ProfileStore::validate(const Profile &p) const {
    QString problem = Profile::validateName(p.name);
    if (!problem.isEmpty())
        return problem;
    const Profile same = profileByName(p.name);
    if (same.isValid() && same.id != p.id)
        return tr("A profile named \"%1\" exists already; choose another name.")
            .arg(p.name.trimmed());
    if (p.service == Profile::Service::Custom || p.service == Profile::Service::Sandbox)
        return Profile::validateUrl(p.baseUrl);
    return {};
}

QString ProfileStore::add(Profile *p) {
    p->name = p->name.trimmed();
    const QString problem = validate(*p);
    if (!problem.isEmpty())
        return problem;
    p->id = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    write(*p);
    return {};
}

QString ProfileStore::update(const Profile &p) {
    if (!profile(p.id).isValid())
        return tr("That profile no longer exists.");
    Profile clean = p;
    clean.name = clean.name.trimmed();
    const QString problem = validate(clean);
    if (!problem.isEmpty())
        return problem;
    write(clean);
    return {};
}

void ProfileStore::write(const Profile &p) {
    m_settings->beginGroup(kGroup + QLatin1Char('/') + p.id);
    m_settings->setValue(QStringLiteral("name"), p.name);
    m_settings->setValue(QStringLiteral("service"), Profile::serviceId(p.service));
    m_settings->setValue(QStringLiteral("url"), p.baseUrl.toString());
    m_settings->setValue(QStringLiteral("caPem"), p.caPem);
    m_settings->endGroup();
    m_settings->sync();
}

void ProfileStore::remove(const QString &id) {
    if (id.isEmpty())
        return;
    m_settings->remove(kGroup + QLatin1Char('/') + id);
    if (activeId() == id)
        m_settings->remove(kActive);
    m_settings->sync();
}

QVariant ProfileStore::profileValue(const QString &id, const QString &key) const {
    if (id.isEmpty())
        return {};
    return m_settings->value(kGroup + QLatin1Char('/') + id + QStringLiteral("/prefs/") + key);
}

void ProfileStore::setProfileValue(const QString &id, const QString &key, const QVariant &value) {
    if (id.isEmpty() || !profile(id).isValid())
        return;
    const QString path = kGroup + QLatin1Char('/') + id + QStringLiteral("/prefs/") + key;
    if (value.isNull())
        m_settings->remove(path);
    else
        m_settings->setValue(path, value);
    m_settings->sync();
}

QString ProfileStore::activeId() const {
    return m_settings->value(kActive).toString();
}

void ProfileStore::setActiveId(const QString &id) {
    m_settings->setValue(kActive, id);
    m_settings->sync();
}
