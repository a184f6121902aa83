#include "sandbox/SandboxZipWriter.h"

#include <QDateTime>

namespace {

void put16(QByteArray &out, quint32 value) {
    out.append(char(value & 0xff));
    out.append(char((value >> 8) & 0xff));
}

void put32(QByteArray &out, quint32 value) {
    put16(out, value & 0xffff);
    put16(out, value >> 16);
}

} // namespace

SandboxZipWriter::SandboxZipWriter(qint64 timestamp) {
    const QDateTime when = QDateTime::fromSecsSinceEpoch(timestamp, Qt::UTC);
    const QDate d = when.date();
    const QTime t = when.time();
    m_dosDate = quint16(((qMax(d.year(), 1980) - 1980) << 9) | (d.month() << 5) | d.day());
    m_dosTime = quint16((t.hour() << 11) | (t.minute() << 5) | (t.second() / 2));
}

quint32 SandboxZipWriter::crc32(const QByteArray &data) {
    static quint32 table[256];
    static bool ready = false;
    if (!ready) {
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            table[i] = c;
        }
        ready = true;
    }
    quint32 crc = 0xffffffffu;
    for (const char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xff] ^ (crc >> 8);
    return crc ^ 0xffffffffu;
}

void SandboxZipWriter::add(const QString &name, const QByteArray &data) {
    const QByteArray fileName = name.toUtf8();
    const quint32 crc = crc32(data);
    const quint32 offset = quint32(m_data.size());
    // Local file header.
    put32(m_data, 0x04034b50);
    put16(m_data, 20);     // version needed
    put16(m_data, 0x0800); // UTF-8 names
    put16(m_data, 0);      // stored
    put16(m_data, m_dosTime);
    put16(m_data, m_dosDate);
    put32(m_data, crc);
    put32(m_data, quint32(data.size()));
    put32(m_data, quint32(data.size()));
    put16(m_data, quint32(fileName.size()));
    put16(m_data, 0);
    m_data += fileName;
    m_data += data;
    // Central directory entry.
    put32(m_directory, 0x02014b50);
    put16(m_directory, 20); // made by
    put16(m_directory, 20);
    put16(m_directory, 0x0800);
    put16(m_directory, 0);
    put16(m_directory, m_dosTime);
    put16(m_directory, m_dosDate);
    put32(m_directory, crc);
    put32(m_directory, quint32(data.size()));
    put32(m_directory, quint32(data.size()));
    put16(m_directory, quint32(fileName.size()));
    put16(m_directory, 0); // extra
    put16(m_directory, 0); // comment
    put16(m_directory, 0); // disk
    put16(m_directory, 0); // internal attributes
    put32(m_directory, 0); // external attributes
    put32(m_directory, offset);
    m_directory += fileName;
    ++m_count;
}

QByteArray SandboxZipWriter::finish() {
    QByteArray out = m_data;
    const quint32 directoryOffset = quint32(out.size());
    out += m_directory;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint32(m_count));
    put16(out, quint32(m_count));
    put32(out, quint32(m_directory.size()));
    put32(out, directoryOffset);
    put16(out, 0);
    return out;
}
