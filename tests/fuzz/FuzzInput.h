#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

// Shared by the fuzz targets: an input whose first byte chooses the decoder (targets that
// group several small decoders) and whose rest is the body the decoder reads.
struct FuzzInput {
    unsigned selector = 0;
    QByteArray body;

    FuzzInput(const uint8_t *data, size_t size) {
        if (size == 0)
            return;
        selector = data[0];
        // Not copied: libFuzzer's buffer ends exactly at the input's end, so a decoder that
        // reads one byte too far (or relies on a terminating zero) is caught by AddressSanitizer.
        body =
            QByteArray::fromRawData(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    }
};

// The root object of a body, as the decoders that take a QJsonObject are handed it.
inline QJsonObject fuzzObject(const QByteArray &body) {
    return QJsonDocument::fromJson(body).object();
}
