#pragma once

#include "api/Reply.h"
#include "core/ApiError.h"

#include <QEventLoop>
#include <QList>
#include <QObject>

#include <tuple>

// Waiting for the API in code that runs top to bottom (the command line): one local event loop
// until the reply says finished(). The desktop program never waits; it connects.
namespace Await {

// Until the reply is finished; true when it did not fail.
inline bool finished(const AnyReply &reply, ApiError *error = nullptr) {
    ApiError failure;
    QEventLoop loop;
    reply.onFailed(&loop, [&failure](const ApiError &e) { failure = e; });
    reply.onFinished(&loop, [&loop] { loop.quit(); });
    if (reply.isRunning())
        loop.exec();
    if (error)
        *error = failure;
    return !failure.isError();
}

// Until the reply is finished: its result goes to *result, a failure to *error. True when the
// result came.
template <typename Result>
bool result(const Reply<Result> &reply, Result *result, ApiError *error = nullptr) {
    bool ok = false;
    QObject receiver;
    reply.onResult(&receiver, [&ok, result](const Result &r) {
        if (result)
            *result = r;
        ok = true;
    });
    finished(reply, error);
    return ok;
}

// The same for a reply with several values: they go to the tuple's members.
template <typename... Result>
bool results(const Reply<Result...> &reply, std::tuple<Result...> *out, ApiError *error = nullptr) {
    bool ok = false;
    QObject receiver;
    reply.onResult(&receiver, [&ok, out](const Result &...r) {
        if (out)
            *out = std::make_tuple(r...);
        ok = true;
    });
    finished(reply, error);
    return ok;
}

// Until the reply is finished, with its result (each page of a list) handed to `handler`.
template <typename... Result, typename F>
bool receive(const Reply<Result...> &reply, F &&handler, ApiError *error = nullptr) {
    QObject receiver;
    reply.onResult(&receiver, std::forward<F>(handler));
    return finished(reply, error);
}

// Every page of a list (orders, domains, organizations, requests, balance history).
template <typename Item>
bool pages(const Reply<QList<Item>, qint64, qint64> &reply, QList<Item> *items,
           ApiError *error = nullptr) {
    QObject receiver;
    reply.onResult(&receiver, [items](const QList<Item> &page, qint64, qint64) { *items += page; });
    return finished(reply, error);
}

// Until the sender emits any of the signals (a workflow's possible ends).
template <typename Sender, typename... Signals> void until(Sender *sender, Signals... ends) {
    QEventLoop loop;
    (QObject::connect(sender, ends, &loop, &QEventLoop::quit), ...);
    loop.exec();
}

} // namespace Await
