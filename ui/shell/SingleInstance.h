#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

// One CertDesk per user and settings: the first start listens on a local socket named after
// the settings file; a second start finds it, asks it to come to the front and ends. The name
// follows the settings file, so test runs with a scratch HOME never meet the user's CertDesk.
class SingleInstance : public QObject {
    Q_OBJECT
public:
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);
    ~SingleInstance() override;

    // True for the first instance (which now listens); false when another one answered and
    // was asked to show itself.
    bool claim();
    // The socket name for the current settings file.
    static QString keyForSettings();

signals:
    // A second start asked this one to come to the front.
    void activationRequested();

private:
    QString m_key;
    QLocalServer *m_server = nullptr;
};
