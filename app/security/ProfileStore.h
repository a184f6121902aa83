#pragma once

#include "core/Profile.h"

#include <QCoreApplication>
#include <QList>
#include <QSettings>
#include <QString>

#include <memory>

// The non-secret part of every profile (name, service, URL, trusted CA) and which profile is
// active, in QSettings, shared by the desktop program and the CLI. Keys are not here.
class ProfileStore {
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)

public:
    // The user's settings (organization and application "CertDesk").
    ProfileStore();
    // A settings file of its own (tests, portable use).
    explicit ProfileStore(const QString &iniPath);

    QList<Profile> profiles() const;
    Profile profile(const QString &id) const;
    // Case-insensitive; an invalid Profile when there is none.
    Profile profileByName(const QString &name) const;

    // Adds a new profile (its id is generated). Returns the problem, or empty on success.
    QString add(Profile *profile);
    // Updates name, service, URL and CA of an existing profile.
    QString update(const Profile &profile);
    void remove(const QString &id);

    // Per-profile preferences that are not secrets (the orders table's column layout).
    QVariant profileValue(const QString &id, const QString &key) const;
    void setProfileValue(const QString &id, const QString &key, const QVariant &value);

    QString activeId() const;
    void setActiveId(const QString &id);
    Profile activeProfile() const { return profile(activeId()); }

    QString fileName() const { return m_settings->fileName(); }
    void sync() { m_settings->sync(); }

private:
    QString validate(const Profile &profile) const;
    void write(const Profile &profile);
    std::unique_ptr<QSettings> m_settings;
};
