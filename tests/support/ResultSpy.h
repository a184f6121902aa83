#pragma once

#include "api/TypedCall.h"

#include <QList>
#include <QSignalSpy>

#include <cstddef>
#include <tuple>

// A QSignalSpy on a TypedCall's succeeded(): it counts and waits like any spy, and keeps a copy
// of the call's result each time, since the result is held by the call (which deletes itself
// after finished()) and not carried by the signal. result<N>(i) is the N-th value of the i-th
// result. Test code only.
template <typename... Result> class ResultSpy : public QSignalSpy {
public:
    explicit ResultSpy(TypedCall<Result...> *call)
        : QSignalSpy(call, &EndpointCall::succeeded) {
        QObject::connect(call, &EndpointCall::succeeded, this,
                         [this, call] { m_results << call->result(); });
    }

    template <std::size_t N = 0> const auto &result(qsizetype i = 0) const {
        return std::get<N>(m_results.at(i));
    }

private:
    QList<std::tuple<Result...>> m_results;
};
