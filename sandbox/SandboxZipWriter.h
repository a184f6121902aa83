#pragma once

#include <QByteArray>
#include <QString>

// Writes a small zip archive in memory (stored entries, no compression) for the certificate
// downloads that come as a zip per server platform.
class SandboxZipWriter {
public:
    explicit SandboxZipWriter(qint64 timestamp);
    void add(const QString &name, const QByteArray &data);
    QByteArray finish();

    static quint32 crc32(const QByteArray &data);

private:
    QByteArray m_data;
    QByteArray m_directory;
    int m_count = 0;
    quint16 m_dosTime = 0;
    quint16 m_dosDate = 0;
};
