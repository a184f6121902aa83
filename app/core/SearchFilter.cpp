#include "core/SearchFilter.h"

#include <QUrl>

QString SearchFilter::asTyped(const QString &text) {
    return QString::fromLatin1(QUrl::toPercentEncoding(text.trimmed()));
}

QString SearchFilter::contains(const QString &text) {
    const QString typed = asTyped(text);
    return typed.isEmpty() ? QString() : QStringLiteral("%25") + typed;
}
