#pragma once

#include <QString>

// filters[search] of List orders, List domains and List requests: CertCentral matches the value
// exactly unless it starts with a URL-encoded % (%25), which makes it "contains"
// (certcentral-docs.md 4; decisions.md, search). List organizations is different: it matches an
// exact id or a name containing the text, and takes the text as it is.
class SearchFilter {
public:
    // The value for QUrlQuery, already percent-encoded: "%25" followed by the trimmed text.
    // Empty for blank text.
    static QString contains(const QString &text);
    // The trimmed text percent-encoded, with no %25 in front (List organizations).
    static QString asTyped(const QString &text);
};
