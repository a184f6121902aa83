#include "sandbox/SandboxRouteTable.h"

#include <algorithm>

namespace {
const QString kPlaceholder = QStringLiteral("{}");
}

void SandboxRouteTable::add(const QString &method, const QString &pattern, Handler handler) {
    m_routes.push_back({method, pattern.split(QLatin1Char('/')), std::move(handler)});
}

bool SandboxRouteTable::matches(const Route &route, const QStringList &segments,
                                QStringList *args) {
    if (route.segments.size() != segments.size())
        return false;
    QStringList values;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &expected = route.segments.at(i);
        if (expected == kPlaceholder) {
            if (segments.at(i).isEmpty())
                return false;
            values << segments.at(i);
        } else if (expected != segments.at(i)) {
            return false;
        }
    }
    *args = values;
    return true;
}

int SandboxRouteTable::compareSpecificity(const QStringList &a, const QStringList &b) {
    for (qsizetype i = 0; i < qMin(a.size(), b.size()); ++i) {
        const bool literalA = a.at(i) != kPlaceholder;
        const bool literalB = b.at(i) != kPlaceholder;
        if (literalA != literalB)
            return literalA ? -1 : 1;
    }
    return 0;
}

SandboxRouteTable::Match SandboxRouteTable::find(const QString &method, const QString &path) const {
    QString trimmed = path;
    while (trimmed.startsWith(QLatin1Char('/')))
        trimmed.remove(0, 1);
    const QStringList segments = trimmed.split(QLatin1Char('/'));

    // Candidates by specificity; the most specific pattern that takes this method wins.
    std::vector<std::pair<const Route *, QStringList>> candidates;
    for (const Route &route : m_routes) {
        QStringList args;
        if (matches(route, segments, &args))
            candidates.emplace_back(&route, args);
    }
    Match match;
    if (candidates.empty())
        return match;
    std::stable_sort(candidates.begin(), candidates.end(), [](const auto &x, const auto &y) {
        return compareSpecificity(x.first->segments, y.first->segments) < 0;
    });
    for (const auto &candidate : candidates) {
        if (candidate.first->method == method) {
            match.outcome = Outcome::Found;
            match.handler = &candidate.first->handler;
            match.args = candidate.second;
            return match;
        }
    }
    // No pattern takes the method: report what the most specific pattern allows.
    QStringList allowed;
    const QStringList &best = candidates.front().first->segments;
    for (const auto &candidate : candidates) {
        if (candidate.first->segments == best && !allowed.contains(candidate.first->method))
            allowed << candidate.first->method;
    }
    match.outcome = Outcome::MethodNotAllowed;
    match.allow = allowed.join(QStringLiteral(", ")).toLatin1();
    return match;
}
