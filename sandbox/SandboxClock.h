#pragma once

#include <QDate>
#include <QElapsedTimer>
#include <QString>

#include <optional>

// The sandbox's idea of "now": 12:00:00 UTC on the start-up date, moving on with real time
// from there (plus any offset a test adds through /__sandbox/clock). Seeded data is generated
// relative to the start-up instant, so the same flags give the same data.
class SandboxClock {
public:
    static constexpr qint64 kDay = 86400;

    void start(const QDate &today);
    qint64 base() const { return m_base; }
    qint64 now() const; // seconds since the epoch, UTC
    qint64 todayJulianDay() const { return dayOf(now()); }
    void advance(qint64 seconds) { m_offset += seconds; }
    qint64 offset() const { return m_offset; }

    static qint64 dayOf(qint64 secondsSinceEpoch);
    static qint64 startOfDay(qint64 julianDay);
    // yyyy-MM-dd
    static QString formatDay(qint64 julianDay);
    // yyyy-MM-ddTHH:mm:ss+00:00
    static QString formatDateTime(qint64 secondsSinceEpoch);
    // yyyy-MM-dd HH:mm:ss (UTC), as the finance endpoints write instants
    static QString formatSpacedDateTime(qint64 secondsSinceEpoch);
    // "09 JUN 2025" (the format inside order_validity and cert_validity)
    static QString formatDayMonthYear(qint64 julianDay);

    // Strict parsers; std::nullopt when the text is not in the format.
    static std::optional<qint64> parseDay(const QString &text);          // yyyy-MM-dd
    static std::optional<qint64> parseDayMonthYear(const QString &text); // dd MMM yyyy
    static std::optional<qint64> parseDateTime(const QString &text);     // ISO 8601 with zone

private:
    qint64 m_base = 0;
    qint64 m_offset = 0;
    QElapsedTimer m_elapsed;
};
