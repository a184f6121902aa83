#include "services/OrderPlacement.h"

#include "AlternateOrderLookupCall.h"
#include "CertCentralClient.h"
#include "OrderPlaceCall.h"

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
    auto *call = new OrderPlaceCall(m_client, m_order);
    connect(call, &OrderPlaceCall::placed, this, [this](const PlacedOrder &order) {
        m_order.card.clear(); // kept only while the order might have to be sent again
        m_result = order;
        setState(State::Placed);
        emit placed(order, false);
    });
    connect(call, &ApiCall::failed, this, [this](const ApiError &error) {
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
    m_client->submit(call);
}

void OrderPlacement::lookUp() {
    setState(State::Checking);
    auto *call = new AlternateOrderLookupCall(m_client, m_order.alternativeOrderId);
    connect(call, &AlternateOrderLookupCall::found, this, [this](const QList<PlacedOrder> &orders) {
        if (!orders.isEmpty()) {
            m_result = orders.first();
            setState(State::Placed);
            emit placed(m_result, true);
            return;
        }
        setState(State::NotPlaced);
        emit notPlaced(m_error);
    });
    connect(call, &ApiCall::failed, this, [this](const ApiError &error) {
        m_error = ApiError::outcomeUnknown(error);
        setState(State::Unknown);
        emit unknown(m_error);
    });
    m_client->submit(call);
}
