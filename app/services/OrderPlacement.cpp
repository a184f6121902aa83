#include "services/OrderPlacement.h"

#include "api/CertCentralClient.h"
#include "api/OrderEndpoints.h"
#include "api/Reply.h"

OrderPlacement::OrderPlacement(CertCentralClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client) {}

void OrderPlacement::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

bool OrderPlacement::place(const NewOrder &order) {
    if (m_state == State::Sending || m_state == State::Checking || m_state == State::Placed ||
        m_state == State::Unknown)
        return false;
    m_order = order;
    send();
    return true;
}

bool OrderPlacement::sendAgain() {
    if (!canSendAgain())
        return false;
    send();
    return true;
}

bool OrderPlacement::checkAgain() {
    if (m_state != State::Unknown)
        return false;
    lookUp();
    return true;
}

void OrderPlacement::send() {
    m_order.alternativeOrderId = NewOrder::makeAlternativeOrderId();
    m_lostReply = false;
    m_error = ApiError();
    ++m_attempts;
    setState(State::Sending);
    const Reply<PlacedOrder> reply = m_client->call(OrderEndpoints::place(m_order));
    reply.onResult(this, [this](const PlacedOrder &order) {
        m_order.card.clear(); // kept only while the order might have to be sent again
        m_result = order;
        setState(State::Placed);
        emit placed(order, false);
    });
    reply.onFailed(this, [this](const ApiError &error) {
        m_error = error;
        if (error.isOutcomeUnknown() || error.kind() == ApiError::Kind::Decode ||
            (error.kind() == ApiError::Kind::Http && error.httpStatus() >= 500)) {
            // The write went out and no usable answer came back (or the server failed while
            // handling it): look before anything else.
            m_lostReply = true;
            lookUp();
            return;
        }
        m_order.card.clear();
        setState(State::NotPlaced);
        emit notPlaced(error);
    });
}

void OrderPlacement::lookUp() {
    setState(State::Checking);
    const Reply<QList<PlacedOrder>> reply =
        m_client->call(OrderEndpoints::byAlternativeId(m_order.alternativeOrderId));
    reply.onResult(this, [this](const QList<PlacedOrder> &orders) {
        if (!orders.isEmpty()) {
            m_result = orders.first();
            setState(State::Placed);
            emit placed(m_result, true);
            return;
        }
        setState(State::NotPlaced);
        emit notPlaced(m_error);
    });
    reply.onFailed(this, [this](const ApiError &error) {
        m_error = ApiError::outcomeUnknown(error);
        setState(State::Unknown);
        emit unknown(m_error);
    });
}
