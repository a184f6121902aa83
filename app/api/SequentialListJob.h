#pragma once

#include "core/ApiError.h"

#include <QObject>
#include <QPointer>

class ApiCall;
class CertCentralClient;

// A list fetched one page after another (domains, organizations: far fewer than orders).
// Subclasses start each page's call (CertCentralClient::call with their area's page entry)
// and, when it arrives, emit their typed pageLoaded and call pageDone(). Ends with failed() (when
// something went wrong) and finished(); deletes itself.
class SequentialListJob : public QObject {
    Q_OBJECT
public:
    void start();
    void cancel();
    qint64 loaded() const { return m_loaded; }

signals:
    void failed(const ApiError &error);
    void finished();

protected:
    explicit SequentialListJob(CertCentralClient *client);
    CertCentralClient *client() const { return m_client; }
    // Starts the call for the page at offset; its failure ends the job.
    virtual ApiCall *makeCall(qint64 offset) = 0;
    // Counts the rows a page kept; returns the running total for pageLoaded.
    qint64 addLoaded(qint64 rows);
    // A page at offset consumed this many entries (kept and skipped) of total: ask for the
    // next one, or end. A page that consumed nothing ends the list whatever total promised.
    void pageDone(qint64 offset, qint64 consumed, qint64 total);

private:
    void request(qint64 offset);
    void end(const ApiError &error);

    CertCentralClient *m_client;
    QPointer<ApiCall> m_call;
    qint64 m_loaded = 0;
    bool m_finished = false;
};
