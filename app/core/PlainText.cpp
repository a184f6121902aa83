#include "core/PlainText.h"

qsizetype PlainText::forbiddenAt(const QString &text, bool multiLine) {
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (multiLine &&
            (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t')))
            continue;
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Separator_Line ||
            category == QChar::Separator_Paragraph)
            return i;
    }
    return -1;
}

QString PlainText::problem(const QString &text, bool multiLine) {
    const qsizetype at = forbiddenAt(text, multiLine);
    if (at < 0)
        return {};
    const QString code =
        QStringLiteral("%1").arg(text.at(at).unicode(), 4, 16, QLatin1Char('0')).toUpper();
    return multiLine ? tr("Character %1 is a control character (U+%2); only printable "
                          "characters, line breaks and tabs are allowed.")
                           .arg(at + 1)
                           .arg(code)
                     : tr("Character %1 is a control character or line break (U+%2); only "
                          "printable characters on one line are allowed.")
                           .arg(at + 1)
                           .arg(code);
}
