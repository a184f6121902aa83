#pragma once

#include <QByteArray>
#include <QIODevice>

// A request body that can be read once and never rewound. QNetworkAccessManager quietly sends
// a request again when its connection closes before any byte of the reply, POSTs included;
// for a write whose reply was lost after the server applied it, that makes a second order.
// With this body (sequential, reset() refused, upload not buffered) the resend fails with
// ContentReSendError instead, and the caller learns that the reply was lost.
class OneShotBody : public QIODevice {
    Q_OBJECT
public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_read = 0;
};
