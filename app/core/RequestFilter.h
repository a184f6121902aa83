#pragma once

#include <QString>

// Which approval requests to list.
struct RequestFilter {
    QString status;           // pending, submitted, approved, rejected; empty: all
    QString type;             // new_request, reissue, duplicate, revoke; empty: all
    bool newestFirst = false; // sort=-id
};
