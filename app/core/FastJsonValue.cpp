#include "core/FastJsonValue.h"

#include <simdjson.h>

#include <cstring>
#include <type_traits>

namespace {
using Element = simdjson::dom::element;
static_assert(sizeof(Element) <= 2 * sizeof(quint64), "FastJsonValue keeps an element in place");
static_assert(std::is_trivially_copyable_v<Element>, "FastJsonValue copies elements bytewise");
} // namespace

struct FastJsonValue::Document::Private {
    simdjson::dom::parser parser;
    Element root;
    bool ok = false;
};

FastJsonValue::Document::Document()
    : d(std::make_unique<Private>()) {}

FastJsonValue::Document::~Document() = default;

bool FastJsonValue::Document::parse(const QByteArray &json) {
    // simdjson reads a little past the end: parse() copies into a padded buffer when needed.
    const auto result = d->parser.parse(json.constData(), size_t(json.size()), true);
    d->ok = result.error() == simdjson::SUCCESS;
    if (d->ok)
        d->root = result.value_unsafe();
    return d->ok;
}

FastJsonValue FastJsonValue::Document::root() const {
    return d->ok ? FastJsonValue::wrap(&d->root) : FastJsonValue();
}

FastJsonValue FastJsonValue::wrap(const void *pointer) {
    const Element &e = *static_cast<const Element *>(pointer);
    FastJsonValue v;
    std::memcpy(v.m_tape, &e, sizeof(Element));
    switch (e.type()) {
    case simdjson::dom::element_type::OBJECT:
        v.m_kind = Kind::Object;
        break;
    case simdjson::dom::element_type::ARRAY:
        v.m_kind = Kind::Array;
        break;
    case simdjson::dom::element_type::STRING: {
        v.m_kind = Kind::String;
        const std::string_view s = e.get_string().value_unsafe();
        v.m_text = s.data();
        v.m_size = qsizetype(s.size());
        break;
    }
    case simdjson::dom::element_type::INT64:
        v.m_kind = Kind::Number;
        v.m_number = double(e.get_int64().value_unsafe());
        break;
    case simdjson::dom::element_type::UINT64:
        v.m_kind = Kind::Number;
        v.m_number = double(e.get_uint64().value_unsafe());
        break;
    case simdjson::dom::element_type::DOUBLE:
        v.m_kind = Kind::Number;
        v.m_number = e.get_double().value_unsafe();
        break;
    case simdjson::dom::element_type::BOOL:
        v.m_kind = Kind::Bool;
        v.m_bool = e.get_bool().value_unsafe();
        break;
    case simdjson::dom::element_type::NULL_VALUE:
        v.m_kind = Kind::Null;
        break;
    }
    return v;
}

QString FastJsonValue::toString() const {
    return m_kind == Kind::String ? QString::fromUtf8(m_text, m_size) : QString();
}

FastJsonValue FastJsonValue::value(QLatin1String key) const {
    if (m_kind != Kind::Object)
        return {};
    Element e;
    std::memcpy(static_cast<void *>(&e), m_tape, sizeof(Element));
    // Objects are small (a few dozen keys): a scan, last match wins as in QJsonObject.
    const std::string_view wanted(key.data(), size_t(key.size()));
    FastJsonValue found;
    // A copy, not a reference into the temporary result.
    const simdjson::dom::object object = e.get_object().value_unsafe();
    for (const auto field : object) {
        if (field.key == wanted)
            found = wrap(&field.value);
    }
    return found;
}

QList<FastJsonValue> FastJsonValue::toArray() const {
    QList<FastJsonValue> items;
    if (m_kind != Kind::Array)
        return items;
    Element e;
    std::memcpy(static_cast<void *>(&e), m_tape, sizeof(Element));
    const simdjson::dom::array array = e.get_array().value_unsafe();
    items.reserve(qsizetype(array.size()));
    for (const Element item : array)
        items.append(wrap(&item));
    return items;
}
