#include "sandbox/SandboxSearch.h"

SandboxSearch::SandboxSearch(const QString &value) {
    m_contains = value.startsWith(QLatin1Char('%'));
    m_text = m_contains ? value.mid(1) : value;
}

bool SandboxSearch::matches(const QString &field) const {
    if (m_contains)
        return field.contains(m_text, Qt::CaseInsensitive);
    return field.compare(m_text, Qt::CaseInsensitive) == 0;
}

bool SandboxSearch::matchesAny(const QStringList &fields) const {
    for (const QString &field : fields)
        if (matches(field))
            return true;
    return false;
}
