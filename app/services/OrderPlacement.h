#pragma once

#include "core/ApiError.h"
#include "core/NewOrder.h"
#include "core/PlacedOrder.h"

#include <QObject>

class CertCentralClient;

// Places an order so that one click makes at most one order, however the network fails.
// Every attempt carries a fresh alternative_order_id. When the reply is lost (the write went
// out, no answer came), the placement asks GET order/alternate/{id} before anything else: the
// order found there is the result; only when nothing is found may the user send again (a new
// attempt with a new id). When even the lookup fails, the outcome stays unknown and the only
// offer is to check again.
class OrderPlacement : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Sending, Checking, Placed, NotPlaced, Unknown };
    Q_ENUM(State)

    OrderPlacement(CertCentralClient *client, QObject *parent = nullptr);

    State state() const { return m_state; }
    const PlacedOrder &result() const { return m_result; }
    const ApiError &error() const { return m_error; }
    // The alternative order ID of the latest attempt.
    QString alternativeOrderId() const { return m_order.alternativeOrderId; }
    // NotPlaced after a lost reply (nothing found): sending again is safe.
    bool canSendAgain() const { return m_state == State::NotPlaced && m_lostReply; }
    int attempts() const { return m_attempts; }

    // Starts an attempt; refused (false) while one is running or after the order was placed.
    bool place(const NewOrder &order);
    bool sendAgain();
    bool checkAgain(); // Unknown: ask the lookup again

signals:
    void stateChanged(OrderPlacement::State state);
    // recovered: found with the alternative order ID after the reply was lost.
    void placed(const PlacedOrder &order, bool recovered);
    // CertCentral refused the order (nothing was made), or a lost reply left no order.
    void notPlaced(const ApiError &error);
    // Neither the reply nor the lookup came: it is not known whether the order exists.
    void unknown(const ApiError &error);

private:
    void send();
    void lookUp();
    void setState(State state);

    CertCentralClient *m_client;
    NewOrder m_order;
    PlacedOrder m_result;
    ApiError m_error;
    State m_state = State::Idle;
    bool m_lostReply = false;
    int m_attempts = 0;
};
