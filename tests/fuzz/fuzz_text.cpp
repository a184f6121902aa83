// Text the app reads from outside: amounts (Money::parseCents: every amount of the finance
// replies), the CSV reader of OrderCsv, and key names
// (KeySpec::parse: the CLI's --key), and rows pasted into the verified-contacts dialog
// (ContactPaste::parse). Money is checked against a plain reference reading.
#include "FuzzInput.h"
#include "core/ContactPaste.h"
#include "core/KeySpec.h"
#include "core/Money.h"
#include "core/OrderCsv.h"

#include <QLocale>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <optional>

namespace {
// What parseCents promises: an optional minus, 1 to 15 ASCII digits, optionally a point
// and 1 or 2 digits, with white space around.
std::optional<qint64> referenceCents(const QString &input) {
    const QString text = input.trimmed();
    qsizetype i = 0;
    const bool negative = i < text.size() && text.at(i) == QLatin1Char('-');
    if (negative)
        ++i;
    auto isDigit = [&](qsizetype at) {
        return at < text.size() && text.at(at) >= QLatin1Char('0') &&
               text.at(at) <= QLatin1Char('9');
    };
    qint64 whole = 0;
    int digits = 0;
    for (; isDigit(i); ++i, ++digits)
        if (digits < 15)
            whole = whole * 10 + (text.at(i).unicode() - '0');
    if (digits < 1 || digits > 15)
        return std::nullopt;
    qint64 cents = 0;
    if (i < text.size()) {
        if (text.at(i) != QLatin1Char('.'))
            return std::nullopt;
        ++i;
        int decimals = 0;
        for (; isDigit(i); ++i, ++decimals)
            if (decimals < 2)
                cents = cents * 10 + (text.at(i).unicode() - '0');
        if (decimals < 1 || decimals > 2 || i != text.size())
            return std::nullopt;
        if (decimals == 1)
            cents *= 10;
    }
    const qint64 value = whole * 100 + cents;
    return negative ? -value : value;
}

void money(const QString &text) {
    qint64 cents = 0;
    const bool ok = Money::parseCents(text, &cents);
    const std::optional<qint64> expected = referenceCents(text);
    if (ok != expected.has_value() || (ok && cents != *expected)) {
        std::fprintf(stderr, "Money::parseCents(\"%s\") = %s %lld, expected %s %lld\n",
                     qPrintable(text), ok ? "true" : "false", static_cast<long long>(cents),
                     expected ? "true" : "false", static_cast<long long>(expected.value_or(0)));
        std::abort();
    }
    if (ok) {
        // What is shown must read back as the same amount.
        const QString shown = Money::format(cents, QString(), QLocale::c());
        qint64 again = 0;
        if (!Money::parseCents(shown, &again) || again != cents) {
            std::fprintf(stderr, "Money::format(%lld) = \"%s\" does not read back\n",
                         static_cast<long long>(cents), qPrintable(shown));
            std::abort();
        }
    }
}

void csv(const QString &text) {
    const QList<QStringList> rows = OrderCsv::parse(text);
    // A row written out and read again is the same row. Cells that start with an apostrophe
    // are left out: the one in front of a formula cell is removed on reading, by design.
    for (const QStringList &row : rows) {
        if (std::any_of(row.cbegin(), row.cend(),
                        [](const QString &cell) { return cell.startsWith(QLatin1Char('\'')); }))
            continue;
        const QString written = OrderCsv::line(row);
        const QList<QStringList> again = OrderCsv::parse(written);
        if (again != QList<QStringList>{row}) {
            std::fprintf(stderr, "CSV row does not read back: [%s] written as \"%s\"\n",
                         qPrintable(row.join(QLatin1String("|"))), qPrintable(written));
            std::abort();
        }
    }
}
void contacts(const QString &text) {
    const ContactPaste paste = ContactPaste::parse(text);
    // At most kMaxRows rows, none blank, every cell trimmed.
    if (paste.contacts.size() > ContactPaste::kMaxRows) {
        std::fprintf(stderr, "ContactPaste kept %lld rows\n",
                     static_cast<long long>(paste.contacts.size()));
        std::abort();
    }
    for (const NewVerifiedContact &c : paste.contacts) {
        const QString cells[] = {c.contact.firstName, c.contact.lastName,
                                 c.contact.email,     c.contact.jobTitle,
                                 c.contact.telephone, c.contact.telephoneExtension};
        bool blank = true;
        for (const QString &cell : cells) {
            if (cell != cell.trimmed()) {
                std::fprintf(stderr, "ContactPaste cell not trimmed: \"%s\"\n", qPrintable(cell));
                std::abort();
            }
            blank = blank && cell.isEmpty();
        }
        if (blank) {
            std::fprintf(stderr, "ContactPaste kept a blank row\n");
            std::abort();
        }
    }
    (void)paste.note();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const FuzzInput in(data, size);
    const QString text = QString::fromUtf8(in.body);
    switch (in.selector % 4) {
    case 0:
        money(text);
        break;
    case 1:
        csv(text);
        break;
    case 2: {
        KeySpec spec;
        QString error;
        if (KeySpec::parse(text, &spec, &error)) {
            (void)spec.description();
            (void)spec.problemForCodeSigning();
        }
        break;
    }
    case 3:
        contacts(text);
        break;
    }
    return 0;
}
