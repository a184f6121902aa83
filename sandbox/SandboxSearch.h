#pragma once

#include <QString>
#include <QStringList>

// filters[search] as CertCentral reads it on List orders, List domains and List requests: the
// value matches a field exactly unless it starts with % (sent as %25), which makes it "contains"
// (certcentral-docs.md 4). Letter case is ignored.
class SandboxSearch {
public:
    explicit SandboxSearch(const QString &value);
    bool isEmpty() const { return m_text.isEmpty(); }
    bool matches(const QString &field) const;
    bool matchesAny(const QStringList &fields) const;

private:
    QString m_text;
    bool m_contains = false;
};
