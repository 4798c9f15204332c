#include "models/AttributeTemplates.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "client/replica/ReplicaDatabase.h"

namespace tp::backoffice {

namespace {

domain::Error invalid(const QString& message) {
    return domain::makeError("invalid_attribute", message.toStdString());
}

} // namespace

domain::Result<QList<AttributeTemplate>> AttributeTemplate::all(client::ReplicaDatabase& db) {
    auto rows = db.select(QStringLiteral("SELECT id, data FROM entities WHERE entity = 'attribute_set' ORDER BY "
                                         "json_extract(data, '$.name') COLLATE NOCASE, id"));
    if (!rows)
        return rows.error();
    QList<AttributeTemplate> templates;
    for (const client::SqlRow& row : *rows) {
        const QJsonObject json = QJsonDocument::fromJson(row.at(1).toByteArray()).object();
        AttributeTemplate set{row.at(0).toString(), json.value(QLatin1String("name")).toString(), {}};
        for (const QJsonValue& value : json.value(QLatin1String("attributes")).toArray()) {
            const QJsonObject attribute = value.toObject();
            QStringList values;
            for (const QJsonValue& allowed : attribute.value(QLatin1String("values")).toArray())
                values << allowed.toString();
            set.fields << AttributeField{attribute.value(QLatin1String("code")).toString(),
                                         attribute.value(QLatin1String("name")).toString(),
                                         attribute.value(QLatin1String("type")).toString(), values,
                                         attribute.value(QLatin1String("required")).toBool()};
        }
        templates << set;
    }
    return templates;
}

domain::Result<void> AttributeTemplate::check(const QJsonObject& attributes) const {
    for (auto it = attributes.constBegin(); it != attributes.constEnd(); ++it)
        if (std::none_of(fields.begin(), fields.end(), [&](const AttributeField& f) { return f.code == it.key(); }))
            return invalid(tr("\"%1\" is no attribute of the template %2.").arg(it.key(), name));
    for (const AttributeField& field : fields) {
        const QJsonValue value = attributes.value(field.code);
        const QString label = field.name.isEmpty() ? field.code : field.name;
        if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().trimmed().isEmpty())) {
            if (field.required)
                return invalid(tr("%1 is required for %2.").arg(label, name));
            continue;
        }
        if (field.type == QLatin1String("integer")) {
            if (!value.isDouble() || value.toDouble() != double(value.toInteger()))
                return invalid(tr("%1 is a whole number.").arg(label));
        } else if (field.type == QLatin1String("boolean")) {
            if (!value.isBool())
                return invalid(tr("%1 is yes or no.").arg(label));
        } else {
            if (!value.isString() || value.toString().size() > 1000)
                return invalid(tr("%1 is a text of at most 1000 characters.").arg(label));
            if (field.type == QLatin1String("enum") && !field.values.contains(value.toString()))
                return invalid(tr("%1 is one of %2.").arg(label, field.values.join(QLatin1String(", "))));
        }
    }
    return {};
}

} // namespace tp::backoffice
