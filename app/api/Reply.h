#pragma once

#include "api/TypedCall.h"
#include "core/ApiError.h"

#include <QObject>
#include <QPointer>

#include <cstddef>
#include <functional>
#include <tuple>
#include <type_traits>
#include <utility>

class ApiCall;
class OrderListJob;
class SequentialListJob;

// What every reply can do whatever its result: say whether it is still running, stop, drop a
// receiver's connections, and report its failure and its end. The call or list job behind it
// deletes itself after finished(); from then on the handle reads as not running and connecting
// to it does nothing. Copies speak of the same request.
class AnyReply {
public:
    AnyReply() = default;

    bool isRunning() const { return !m_source.isNull(); }
    // Stops the request: a call fails with ApiError::cancelled() and finishes; a list job ends.
    void abort() const;
    // Drops every connection from the request to `context`, then stops it: what a screen does
    // when it leaves or starts over.
    void cancel(QObject *context) const;
    // The same, with the stop on the next event-loop turn: for a receiver being destroyed.
    void cancelLater(QObject *context) const;
    // Drops every connection from the request to `context` and lets it run (a write already
    // sent is never stopped: its outcome would be unknown).
    void detach(QObject *context) const;
    // Forget the request without stopping it.
    void reset() { m_source.clear(); }

    // The request failed (after its retries): connect before control returns to the event loop.
    // The handler is a function object or a member function of the context.
    template <typename Context, typename F>
    const AnyReply &onFailed(Context *context, F &&handler) const {
        if (m_source)
            m_connectFailed(context, bind<const ApiError &>(context, std::forward<F>(handler)));
        return *this;
    }
    // The request ended, after its result or its failure.
    template <typename Context, typename F>
    const AnyReply &onFinished(Context *context, F &&handler) const {
        if (m_source)
            m_connectFinished(context, bind<>(context, std::forward<F>(handler)));
        return *this;
    }

protected:
    template <typename Source>
    explicit AnyReply(Source *source)
        : m_source(source) {
        m_connectFailed = [source](QObject *context, std::function<void(const ApiError &)> f) {
            QObject::connect(source, &Source::failed, context, std::move(f));
        };
        m_connectFinished = [source](QObject *context, std::function<void()> f) {
            QObject::connect(source, &Source::finished, context, std::move(f));
        };
        m_stop = [source] {
            stop(source);
        };
    }
    bool hasSource() const { return !m_source.isNull(); }
    // A handler as a std::function: a member function is called on the context; like a Qt
    // slot, a handler may take fewer arguments than the result has (the first ones).
    template <typename... Args, typename Context, typename F>
    static std::function<void(Args...)> bind(Context *context, F &&handler) {
        using Fn = std::decay_t<F>;
        if constexpr (std::is_member_function_pointer_v<Fn>) {
            constexpr std::size_t n = usable<Fn, std::tuple<Context *, Args...>>(
                std::integral_constant<std::size_t, sizeof...(Args) + 1>{});
            return [context, handler](Args... args) {
                callPrefix(handler, std::forward_as_tuple(context, args...),
                           std::make_index_sequence<n>{});
            };
        } else {
            constexpr std::size_t n = usable<Fn, std::tuple<Args...>>(
                std::integral_constant<std::size_t, sizeof...(Args)>{});
            return [f = Fn(std::forward<F>(handler))](Args... args) mutable {
                callPrefix(f, std::forward_as_tuple(args...), std::make_index_sequence<n>{});
            };
        }
    }

private:
    template <typename F, typename Tuple, std::size_t... I>
    static constexpr bool invocable(std::index_sequence<I...>) {
        return std::is_invocable_v<F, std::tuple_element_t<I, Tuple>...>;
    }
    // How many of the first arguments the handler takes (the most it can).
    template <typename F, typename Tuple, std::size_t K>
    static constexpr std::size_t usable(std::integral_constant<std::size_t, K>) {
        if constexpr (K == 0 || invocable<F, Tuple>(std::make_index_sequence<K>{}))
            return K;
        else
            return usable<F, Tuple>(std::integral_constant<std::size_t, K - 1>{});
    }
    template <typename F, typename Tuple, std::size_t... I>
    static void callPrefix(F &&f, Tuple &&args, std::index_sequence<I...>) {
        std::invoke(std::forward<F>(f), std::get<I>(args)...);
    }

    static void stop(ApiCall *call);
    static void stop(SequentialListJob *job);
    static void stop(OrderListJob *job);

    QPointer<QObject> m_source;
    std::function<void(QObject *, std::function<void(const ApiError &)>)> m_connectFailed;
    std::function<void(QObject *, std::function<void()>)> m_connectFinished;
    std::function<void()> m_stop;
};

// A request to CertCentral seen through its typed result: a call's one result signal, or each
// page of a list job (the page's items, the items loaded so far, the total). The services hand
// these out; the desktop program connects to them, the command line waits on them (Await).
template <typename... Result> class Reply : public AnyReply {
public:
    using Handler = std::function<void(const Result &...)>;

    Reply() = default;
    // A list job seen through its typed signal (pageLoaded).
    template <typename Source, typename Signal>
    Reply(Source *source, Signal resultSignal)
        : AnyReply(source) {
        m_connectResult = [source, resultSignal](QObject *context, Handler f) {
            QObject::connect(source, resultSignal, context, std::move(f));
        };
    }
    // A call to an endpoint (CertCentralClient::call()): its result is handed over when it
    // succeeded. Not explicit, so a service may return the call as its reply.
    Reply(TypedCall<Result...> *call)
        : AnyReply(static_cast<ApiCall *>(call)) {
        m_connectResult = [call](QObject *context, Handler f) {
            QObject::connect(call, &EndpointCall::succeeded, context,
                             [call, f = std::move(f)] { std::apply(f, call->result()); });
        };
    }

    template <typename Context, typename F>
    const Reply &onResult(Context *context, F &&handler) const {
        if (hasSource())
            m_connectResult(context, bind<const Result &...>(context, std::forward<F>(handler)));
        return *this;
    }
    template <typename Context, typename F>
    const Reply &onFailed(Context *context, F &&handler) const {
        AnyReply::onFailed(context, std::forward<F>(handler));
        return *this;
    }
    template <typename Context, typename F>
    const Reply &onFinished(Context *context, F &&handler) const {
        AnyReply::onFinished(context, std::forward<F>(handler));
        return *this;
    }

private:
    std::function<void(QObject *, Handler)> m_connectResult;
};
