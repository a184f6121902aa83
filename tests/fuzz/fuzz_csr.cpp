// Certificate signing requests as pasted or opened by the user: CsrInfo::parse (PEM with or
// without the BEGIN/END lines, base64 of DER), then the checks the order wizard makes.
#include "FuzzInput.h"
#include "security/CsrInfo.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray text =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    CsrInfo info;
    QString error;
    if (CsrInfo::parse(text, &info, &error)) {
        (void)info.allNames();
        (void)info.problems(QStringLiteral("example.com"), {QStringLiteral("www.example.com")},
                            false);
        (void)info.problems(QString(), {}, true);
        (void)info.key.description();
    }
    return 0;
}
