#pragma once

#include "ApiError.h"

#include <QEventLoop>
#include <QList>
#include <QObject>

// Waiting for the API in code that runs top to bottom (the command line): one local event loop
// until the call or list job says finished(). The desktop program never waits; it connects.
namespace Await {

// Until `sender` (a call or a job) is finished; true when it did not fail. Connect its result
// signal first (with the sender as the context).
template <typename Sender> bool finished(Sender *sender, ApiError *error) {
    ApiError failure;
    QEventLoop loop;
    QObject::connect(sender, &Sender::failed, &loop,
                     [&failure](const ApiError &e) { failure = e; });
    QObject::connect(sender, &Sender::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (error)
        *error = failure;
    return !failure.isError();
}

// Until `sender` (a call or a job) is finished: the first argument of `signal` goes to *result,
// a failure to *error. True when the signal came.
template <typename Sender, typename Signal, typename Result>
bool result(Sender *sender, Signal signal, Result *result, ApiError *error) {
    bool ok = false;
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, [&ok, result](const Result &r) {
        *result = r;
        ok = true;
    });
    QObject::connect(sender, &Sender::failed, &loop, [error](const ApiError &e) {
        if (error)
            *error = e;
    });
    QObject::connect(sender, &Sender::finished, &loop, &QEventLoop::quit);
    loop.exec();
    return ok;
}

// The same for the many calls whose result signal is received().
template <typename Call, typename Result> bool received(Call *call, Result *out, ApiError *error) {
    return result(call, &Call::received, out, error);
}

// Every page of a list job (orders, domains, organizations, requests, balance history).
template <typename Job, typename Item> bool pages(Job *job, QList<Item> *items, ApiError *error) {
    ApiError failure;
    QEventLoop loop;
    QObject::connect(job, &Job::pageLoaded, &loop,
                     [items](const QList<Item> &page, qint64, qint64) { *items += page; });
    QObject::connect(job, &Job::failed, &loop, [&failure](const ApiError &e) { failure = e; });
    QObject::connect(job, &Job::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (error)
        *error = failure;
    return !failure.isError();
}

} // namespace Await
