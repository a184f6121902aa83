#include "core/ContactPaste.h"

#include "core/OrderCsv.h"

#include <QRegularExpression>

namespace {
QList<QStringList> tabRows(const QString &text) {
    QList<QStringList> rows;
    static const QRegularExpression lineBreak(QStringLiteral("\r\n|\r|\n"));
    const QStringList lines = text.split(lineBreak);
    for (const QString &line : lines)
        rows << line.split(QLatin1Char('\t'));
    return rows;
}

// Only the six cells that become fields count: a row with text in a seventh column only
// would otherwise make an empty contact.
bool isBlank(const QStringList &cells) {
    for (qsizetype i = 0; i < 6 && i < cells.size(); ++i)
        if (!cells.at(i).trimmed().isEmpty())
            return false;
    return true;
}

// "E-mail", "Email address", "E-Mail-Adresse", "Correo electrónico", "メール": a heading names
// the column and has no @. A mistyped address in the first row stays a row.
bool looksLikeHeading(const QStringList &cells) {
    if (cells.size() < 3)
        return false;
    const QString email = cells.at(2).trimmed();
    if (email.contains(QLatin1Char('@')))
        return false;
    return email.contains(QLatin1String("mail"), Qt::CaseInsensitive) ||
           email.contains(QLatin1String("correo"), Qt::CaseInsensitive) ||
           email.contains(QStringLiteral("\u30E1\u30FC\u30EB")); // メール
}
} // namespace

ContactPaste ContactPaste::parse(const QString &text) {
    ContactPaste out;
    const QList<QStringList> rows =
        text.contains(QLatin1Char('\t')) ? tabRows(text) : OrderCsv::parse(text);
    bool first = true;
    for (const QStringList &cells : rows) {
        if (isBlank(cells))
            continue;
        if (first) {
            first = false;
            if (looksLikeHeading(cells)) {
                out.headingSkipped = true;
                continue;
            }
        }
        if (out.contacts.size() >= kMaxRows) {
            ++out.ignoredRows;
            continue;
        }
        NewVerifiedContact c;
        QString *fields[] = {&c.contact.firstName, &c.contact.lastName,
                             &c.contact.email,     &c.contact.jobTitle,
                             &c.contact.telephone, &c.contact.telephoneExtension};
        for (qsizetype i = 0; i < 6 && i < cells.size(); ++i)
            *fields[i] = cells.at(i).trimmed();
        out.contacts << c;
    }
    return out;
}

QString ContactPaste::note() const {
    if (ignoredRows > 0)
        return tr("Only the first %1 pasted rows were taken; %n more were left out (a request "
                  "adds at most %2 contacts).",
                  nullptr, ignoredRows)
            .arg(kMaxRows)
            .arg(NewVerifiedContact::kMaxPerRequest);
    if (headingSkipped)
        return tr("The first pasted row looked like column headings and was left out.");
    return QString();
}
