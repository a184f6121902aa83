#pragma once

#include <QLatin1String>
#include <QList>
#include <QString>

#include <memory>

// A read-only view of one value in a document parsed by simdjson, with the part of QJsonValue's
// interface the decoders use (value(), toObject(), toArray(), isString(), toString()...), so
// the same decoding code reads either. A missing key gives an undefined value, as in Qt.
// The document (FastJsonValue::Document) must outlive every value taken from it.
class FastJsonValue {
public:
    class Document;

    FastJsonValue() = default;

    bool isUndefined() const { return m_kind == Kind::Undefined; }
    bool isNull() const { return m_kind == Kind::Null; }
    bool isBool() const { return m_kind == Kind::Bool; }
    bool isDouble() const { return m_kind == Kind::Number; }
    bool isString() const { return m_kind == Kind::String; }
    bool isArray() const { return m_kind == Kind::Array; }
    bool isObject() const { return m_kind == Kind::Object; }

    bool toBool() const { return m_kind == Kind::Bool && m_bool; }
    double toDouble() const { return m_kind == Kind::Number ? m_number : 0.0; }
    QString toString() const;
    // An object's member, or undefined.
    FastJsonValue value(QLatin1String key) const;
    bool contains(QLatin1String key) const { return !value(key).isUndefined(); }
    // Itself when an object or an array, else an empty one (as QJsonValue::toObject()).
    FastJsonValue toObject() const { return m_kind == Kind::Object ? *this : FastJsonValue(); }
    QList<FastJsonValue> toArray() const;

private:
    enum class Kind { Undefined, Null, Bool, Number, String, Array, Object };
    friend class Document;
    static FastJsonValue wrap(const void *element);

    Kind m_kind = Kind::Undefined;
    bool m_bool = false;
    double m_number = 0.0;
    const char *m_text = nullptr; // strings: UTF-8, not terminated
    qsizetype m_size = 0;
    // simdjson::dom::element, kept as two words so the header needs no simdjson.
    quint64 m_tape[2] = {0, 0};
};

// One parsed document. parse() fails (false) on anything simdjson refuses: invalid JSON,
// invalid UTF-8, numbers out of range; callers then fall back to Qt's parser, whose messages
// and leniency they already rely on.
class FastJsonValue::Document {
public:
    Document();
    ~Document();
    Document(const Document &) = delete;
    Document &operator=(const Document &) = delete;

    bool parse(const QByteArray &json);
    FastJsonValue root() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};
