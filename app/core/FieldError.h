#pragma once

#include <QList>
#include <QString>

// One problem with one field of a request, named by the API's field path
// ("organization_contact.email", "contacts[2].job_title") so that a local check and the
// server's missing_param|... / invalid_value|... land next to the same input.
struct FieldError {
    QString field;
    QString message;

    bool operator==(const FieldError &other) const {
        return field == other.field && message == other.message;
    }
};

using FieldErrors = QList<FieldError>;
