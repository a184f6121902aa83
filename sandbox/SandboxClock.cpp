#include "sandbox/SandboxClock.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace {
constexpr qint64 kEpochJulianDay = 2440588; // 1970-01-01
const char *const kMonths[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                               "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
} // namespace

void SandboxClock::start(const QDate &today) {
    m_base = startOfDay(today.toJulianDay()) + kDay / 2;
    m_offset = 0;
    m_elapsed.start();
}

qint64 SandboxClock::now() const {
    return m_base + m_offset + (m_elapsed.isValid() ? m_elapsed.elapsed() / 1000 : 0);
}

qint64 SandboxClock::dayOf(qint64 seconds) {
    qint64 days = seconds / kDay;
    if (seconds % kDay < 0)
        --days;
    return kEpochJulianDay + days;
}

qint64 SandboxClock::startOfDay(qint64 julianDay) {
    return (julianDay - kEpochJulianDay) * kDay;
}

QString SandboxClock::formatDay(qint64 julianDay) {
    int year = 0;
    int month = 0;
    int day = 0;
    QDate::fromJulianDay(julianDay).getDate(&year, &month, &day);
    return QString::asprintf("%04d-%02d-%02d", year, month, day);
}

QString SandboxClock::formatDateTime(qint64 secondsSinceEpoch) {
    const qint64 julianDay = dayOf(secondsSinceEpoch);
    const int secondOfDay = int(secondsSinceEpoch - startOfDay(julianDay));
    int year = 0;
    int month = 0;
    int day = 0;
    QDate::fromJulianDay(julianDay).getDate(&year, &month, &day);
    return QString::asprintf("%04d-%02d-%02dT%02d:%02d:%02d+00:00", year, month, day,
                             secondOfDay / 3600, (secondOfDay / 60) % 60, secondOfDay % 60);
}

QString SandboxClock::formatSpacedDateTime(qint64 secondsSinceEpoch) {
    QString text = formatDateTime(secondsSinceEpoch);
    text[10] = QLatin1Char(' ');
    text.chop(6); // +00:00
    return text;
}

QString SandboxClock::formatDayMonthYear(qint64 julianDay) {
    int year = 0;
    int month = 0;
    int day = 0;
    QDate::fromJulianDay(julianDay).getDate(&year, &month, &day);
    return QString::asprintf("%02d %s %04d", day, kMonths[month - 1], year);
}

std::optional<qint64> SandboxClock::parseDay(const QString &text) {
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(),
                     match.captured(3).toInt());
    if (!date.isValid())
        return std::nullopt;
    return date.toJulianDay();
}

std::optional<qint64> SandboxClock::parseDayMonthYear(const QString &text) {
    // Upper case is what the API documents; other cases of the month are accepted too.
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2}) ([A-Za-z]{3}) (\\d{4})$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QString month = match.captured(2).toUpper();
    int monthNumber = 0;
    for (int i = 0; i < 12; ++i) {
        if (month == QLatin1String(kMonths[i]))
            monthNumber = i + 1;
    }
    const QDate date(match.captured(3).toInt(), monthNumber, match.captured(1).toInt());
    if (monthNumber == 0 || !date.isValid())
        return std::nullopt;
    return date.toJulianDay();
}

std::optional<qint64> SandboxClock::parseDateTime(const QString &text) {
    // A date and time with an explicit zone: "2024-01-09T14:30:00+00:00" or "...Z".
    static const QRegularExpression pattern(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"));
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODate);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toSecsSinceEpoch();
}
