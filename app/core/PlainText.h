#pragma once

#include <QCoreApplication>
#include <QString>

// The characters a text field of a request may carry: no control characters (C0, DEL, C1),
// and in a single-line field no line or paragraph separators either; a multi-line field (a
// comment, a note) keeps line breaks and tabs. Letters of any script and emoji are allowed.
struct PlainText {
    Q_DECLARE_TR_FUNCTIONS(PlainText)

public:
    // The position of the first character that is not allowed, or -1.
    static qsizetype forbiddenAt(const QString &text, bool multiLine);
    // Empty when the text is allowed; else which character is not, where, and what is allowed.
    static QString problem(const QString &text, bool multiLine);
};
