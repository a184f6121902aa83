#include "sandbox/SandboxFinanceRoutes.h"

#include "sandbox/SandboxAccount.h"
#include "sandbox/SandboxBodyReader.h"
#include "sandbox/SandboxMoney.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <limits>
#include <optional>

namespace {

using Reader = SandboxBodyReader;
using Adjustment = SandboxFinance::Adjustment;

constexpr qint64 kDay = SandboxClock::kDay;

// An instant of a date filter: "yyyy-MM-dd" (a whole day) or "yyyy-MM-dd HH:mm:ss" (the space
// may arrive as "+" from a form-encoded query). first/last are the first and last second.
struct Instant {
    qint64 first = 0;
    qint64 last = 0;
};

std::optional<Instant> parseInstant(const QString &text) {
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})(?:[ +](\\d{2}):(\\d{2}):(\\d{2}))?$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const auto day = SandboxClock::parseDay(match.captured(1));
    if (!day)
        return std::nullopt;
    const qint64 start = SandboxClock::startOfDay(*day);
    if (match.captured(2).isEmpty())
        return Instant{start, start + kDay - 1};
    const int hours = match.captured(2).toInt();
    const int minutes = match.captured(3).toInt();
    const int seconds = match.captured(4).toInt();
    if (hours > 23 || minutes > 59 || seconds > 59)
        return std::nullopt;
    const qint64 at = start + hours * 3600 + minutes * 60 + seconds;
    return Instant{at, at};
}

// filters[transaction_date] and filters[expiration_date]: "a...b" (both included), "a" (that
// day or second), ">a" (after), "<a" (before).
struct DateRange {
    bool active = false;
    qint64 from = std::numeric_limits<qint64>::min();
    qint64 to = std::numeric_limits<qint64>::max();
    bool contains(qint64 value) const { return !active || (value >= from && value <= to); }
};

bool parseDateRange(const QString &text, DateRange *range) {
    range->active = true;
    const qsizetype dots = text.indexOf(QStringLiteral("..."));
    if (dots >= 0) {
        const auto first = parseInstant(text.left(dots));
        const auto last = parseInstant(text.mid(dots + 3));
        if (!first || !last || first->first > last->last)
            return false;
        range->from = first->first;
        range->to = last->last;
        return true;
    }
    if (text.startsWith(QLatin1Char('>'))) {
        const auto after = parseInstant(text.mid(1));
        if (after)
            range->from = after->last + 1;
        return after.has_value();
    }
    if (text.startsWith(QLatin1Char('<'))) {
        const auto before = parseInstant(text.mid(1));
        if (before)
            range->to = before->first - 1;
        return before.has_value();
    }
    const auto at = parseInstant(text);
    if (at) {
        range->from = at->first;
        range->to = at->last;
    }
    return at.has_value();
}

// "Credit Card Deposit", "credit card deposit" and "credit_card_deposit" are the same type.
QString normalizedType(const QString &type) {
    QString text = type.trimmed().toLower();
    text.replace(QLatin1Char(' '), QLatin1Char('_'));
    text.replace(QLatin1Char('-'), QLatin1Char('_'));
    return text;
}

enum class SortKey {
    Id,
    Credit,
    Debit,
    TransactionType,
    ReceiptId,
    TransactionDate,
    BalanceAfter,
    OrderId,
    ExpirationDate
};

const QStringList &sortKeyNames() {
    static const QStringList names{QStringLiteral("id"),
                                   QStringLiteral("credit"),
                                   QStringLiteral("debit"),
                                   QStringLiteral("transaction_type"),
                                   QStringLiteral("receipt_id"),
                                   QStringLiteral("transaction_date"),
                                   QStringLiteral("balance_after"),
                                   QStringLiteral("order_id"),
                                   QStringLiteral("expiration_date")};
    return names;
}

struct SortField {
    SortKey key = SortKey::Id;
    bool descending = false;
};

// "sort=-transaction_date,id": fields in order of precedence, "-" for descending.
bool parseSort(const QString &text, std::vector<SortField> *fields) {
    for (QString name : text.split(QLatin1Char(','))) {
        SortField field;
        if (name.startsWith(QLatin1Char('-'))) {
            field.descending = true;
            name.remove(0, 1);
        }
        const qsizetype index = sortKeyNames().indexOf(name);
        if (index < 0)
            return false;
        field.key = SortKey(index);
        fields->push_back(field);
    }
    return !fields->empty();
}

template <typename T> int compareValues(const T &a, const T &b) {
    return a < b ? -1 : (b < a ? 1 : 0);
}

// Ascending order of one field. A missing amount, receipt, order id or expiration date sorts
// first, as the reference says of expiration_date.
int compareBy(SortKey key, const Adjustment &a, const Adjustment &b) {
    switch (key) {
    case SortKey::Id:
        return compareValues(a.id, b.id);
    case SortKey::Credit:
        return compareValues(a.credit, b.credit);
    case SortKey::Debit:
        return compareValues(a.debit, b.debit);
    case SortKey::TransactionType:
        return compareValues(a.transactionType, b.transactionType);
    case SortKey::ReceiptId:
        // Receipt ids are digits: shorter is smaller.
        return a.receiptId.size() != b.receiptId.size()
                   ? compareValues(a.receiptId.size(), b.receiptId.size())
                   : compareValues(a.receiptId, b.receiptId);
    case SortKey::TransactionDate:
        return compareValues(a.transactionDate, b.transactionDate);
    case SortKey::BalanceAfter:
        return compareValues(a.balanceAfter, b.balanceAfter);
    case SortKey::OrderId:
        return compareValues(a.orderId, b.orderId);
    case SortKey::ExpirationDate:
        return compareValues(a.expirationDate, b.expirationDate);
    }
    return 0;
}

// What the balance history is narrowed to.
struct HistoryFilter {
    int containerId = 0;
    int filterContainer = 0; // filters[container_id]; 0 when absent
    bool typeFilter = false;
    QString type; // normalized
    DateRange transactionDates;
    DateRange expirationDates;
    std::vector<SortField> sort;
};

// The adjustments that pass the filter, sorted by its fields (default: ascending id, the order
// they were recorded in; ties by ascending id).
std::vector<const Adjustment *> selectAdjustments(const std::vector<Adjustment> &adjustments,
                                                  const HistoryFilter &filter) {
    std::vector<const Adjustment *> found;
    for (const Adjustment &a : adjustments) {
        if (a.containerId != filter.containerId ||
            (filter.filterContainer != 0 && a.containerId != filter.filterContainer))
            continue;
        if (filter.typeFilter && normalizedType(a.transactionType) != filter.type)
            continue;
        if (!filter.transactionDates.contains(a.transactionDate))
            continue;
        if (filter.expirationDates.active &&
            (a.expirationDate == 0 || !filter.expirationDates.contains(a.expirationDate)))
            continue;
        found.push_back(&a);
    }
    const std::vector<SortField> &sort = filter.sort;
    std::stable_sort(found.begin(), found.end(), [&sort](const Adjustment *a, const Adjustment *b) {
        for (const SortField &field : sort) {
            const int order = compareBy(field.key, *a, *b);
            if (order != 0)
                return field.descending ? order > 0 : order < 0;
        }
        return a->id < b->id;
    });
    return found;
}

} // namespace

void SandboxFinanceRoutes::registerRoutes(SandboxRouteTable &table) {
    const QString get = QStringLiteral("GET");
    table.add(get, QStringLiteral("finance/balance"),
              [this](SandboxCall &c) { return balance(c); });
    table.add(get, QStringLiteral("finance/balance-history"),
              [this](SandboxCall &c) { return balanceHistory(c); });
    table.add(QStringLiteral("POST"), QStringLiteral("finance/transfer"),
              [this](SandboxCall &c) { return transfer(c); });
    table.add(get, QStringLiteral("finance/payment-profile"),
              [this](SandboxCall &c) { return paymentProfiles(c); });
}

bool SandboxFinanceRoutes::allowed(const SandboxCall &call, SandboxReply *error) {
    if (SandboxAccount::canUseFinance(call.user.role))
        return true;
    *error = forbidden(QStringLiteral("Only administrators and finance managers may use the "
                                      "finance endpoints"));
    return false;
}

bool SandboxFinanceRoutes::containerFromQuery(const SandboxCall &call, int *containerId,
                                              bool *given, SandboxReply *error) {
    *containerId = call.user.containerId;
    *given = call.hasQuery(QStringLiteral("container_id"));
    if (!*given)
        return true;
    const auto id = SandboxCall::parseId(call.queryValue(QStringLiteral("container_id")));
    if (!id || !SandboxAccount::container(int(*id))) {
        *error = invalidValue(QStringLiteral("container_id"),
                              QStringLiteral("container_id must name a container of this "
                                             "account"));
        return false;
    }
    *containerId = int(*id);
    return true;
}

SandboxReply SandboxFinanceRoutes::balance(SandboxCall &call) {
    SandboxReply error;
    int containerId = 0;
    bool given = false;
    if (!allowed(call, &error) || !containerFromQuery(call, &containerId, &given, &error))
        return error;
    return SandboxReply::json(200, store().finance().balanceJson(containerId));
}

SandboxReply SandboxFinanceRoutes::balanceHistory(SandboxCall &call) {
    SandboxReply error;
    int limit = 0;
    int offset = 0;
    HistoryFilter filter;
    bool given = false;
    if (!allowed(call, &error) || !paging(call, &limit, &offset, &error) ||
        !containerFromQuery(call, &filter.containerId, &given, &error))
        return error;

    // filters[container_id] narrows container_id; alone it chooses the division. An id that
    // is no container of the account matches nothing.
    if (call.hasQuery(QStringLiteral("filters[container_id]"))) {
        const auto id =
            SandboxCall::parseId(call.queryValue(QStringLiteral("filters[container_id]")));
        if (!id)
            return invalidValue(QStringLiteral("filters[container_id]"),
                                QStringLiteral("filters[container_id] must be a container id "
                                               "(digits)"));
        filter.filterContainer = int(*id);
        if (!given)
            filter.containerId = filter.filterContainer;
    }
    filter.typeFilter = call.hasQuery(QStringLiteral("filters[adjust_type]"));
    filter.type = normalizedType(call.queryValue(QStringLiteral("filters[adjust_type]")));
    const struct {
        const char *name;
        DateRange *range;
    } dateFilters[] = {{"filters[transaction_date]", &filter.transactionDates},
                       {"filters[expiration_date]", &filter.expirationDates}};
    for (const auto &dates : dateFilters) {
        const QString name = QLatin1String(dates.name);
        if (call.hasQuery(name) && !parseDateRange(call.queryValue(name), dates.range))
            return invalidValue(name, QStringLiteral("%1 must be yyyy-MM-dd, >yyyy-MM-dd, "
                                                     "<yyyy-MM-dd or yyyy-MM-dd...yyyy-MM-dd "
                                                     "(first not after the last); each date "
                                                     "may add a time, yyyy-MM-dd HH:mm:ss")
                                          .arg(name));
    }
    if (call.hasQuery(QStringLiteral("sort")) &&
        !parseSort(call.queryValue(QStringLiteral("sort")), &filter.sort))
        return invalidValue(QStringLiteral("sort"),
                            QStringLiteral("sort must be one or more of: %1, separated by "
                                           "commas; prefix a field with - to sort descending")
                                .arg(sortKeyNames().join(QStringLiteral(", "))));

    const std::vector<const Adjustment *> found =
        selectAdjustments(store().finance().adjustments(), filter);
    QJsonArray list;
    for (size_t i = size_t(offset); i < found.size() && i < size_t(offset) + size_t(limit); ++i)
        list.append(SandboxFinance::adjustmentJson(*found[i]));
    QJsonObject body{{QStringLiteral("page"), page(int(found.size()), limit, offset)}};
    if (!list.isEmpty())
        body.insert(QStringLiteral("adjustments"), list);
    return SandboxReply::json(200, body);
}

SandboxReply SandboxFinanceRoutes::transfer(SandboxCall &call) {
    SandboxReply error;
    if (!allowed(call, &error))
        return error;
    QJsonObject json;
    if (!call.jsonBody(&json, &error))
        return error;
    // All three are typed int; the reference's example sends digit strings, which the reader
    // accepts as well. Amounts are whole currency units: "10.50" is refused.
    Reader body(json);
    const auto amount =
        body.integer(QStringLiteral("amount"), 1, kMaxTransferUnits, Reader::Required);
    const auto from =
        body.integer(QStringLiteral("from_container_id"), 1, 999999999, Reader::Required);
    const auto to = body.integer(QStringLiteral("to_container_id"), 1, 999999999, Reader::Required);
    if (body.ok() && !SandboxAccount::container(int(*from)))
        body.invalid(QStringLiteral("from_container_id"),
                     QStringLiteral("must name a container of this account"));
    if (body.ok() && !SandboxAccount::container(int(*to)))
        body.invalid(QStringLiteral("to_container_id"),
                     QStringLiteral("must name a container of this account"));
    if (body.ok() && *from == *to)
        body.invalid(QStringLiteral("to_container_id"),
                     QStringLiteral("must differ from from_container_id"));
    if (!body.ok())
        return body.error();
    SandboxFinance &finance = store().finance();
    const qint64 cents = *amount * 100;
    if (!finance.transfer(int(*from), int(*to), cents, store().now()))
        return badRequest(
            QStringLiteral("insufficient_funds"),
            QStringLiteral("Container %1 (%2) has %3 USD available, less than the %4 USD to "
                           "transfer")
                .arg(*from)
                .arg(SandboxAccount::container(int(*from))->name)
                .arg(SandboxMoney::format(finance.availableFunds(int(*from))))
                .arg(SandboxMoney::format(cents)));
    return SandboxReply::noContent();
}

SandboxReply SandboxFinanceRoutes::paymentProfiles(SandboxCall &call) {
    SandboxReply error;
    int limit = 0;
    int offset = 0;
    if (!allowed(call, &error) || !paging(call, &limit, &offset, &error))
        return error;
    const QJsonArray all{SandboxFinance::paymentProfileListEntry()};
    QJsonArray list;
    for (qsizetype i = offset; i < all.size() && i < qsizetype(offset) + limit; ++i)
        list.append(all.at(i));
    QJsonObject body{{QStringLiteral("page"), page(int(all.size()), limit, offset)}};
    if (!list.isEmpty())
        body.insert(QStringLiteral("profiles"), list);
    return SandboxReply::json(200, body);
}
