#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "domain/core/Result.h"

namespace tp::client {
class ReplicaDatabase;
}

namespace tp::backoffice {

// One typed attribute of a product template: "material" (text), "weight_g" (integer),
// "organic" (boolean), "fit" (one of its values).
struct AttributeField {
    QString code;
    QString name;
    QString type; // text | integer | boolean | enum
    QStringList values;
    bool required = false;
};

// A product template (the server's attribute set, feed entity "attribute_set"): the attributes
// products of a kind share — clothing has a material and a fit, groceries a weight.
struct AttributeTemplate {
    Q_DECLARE_TR_FUNCTIONS(tp::backoffice::AttributeTemplate)

public:
    QString id;
    QString name;
    QList<AttributeField> fields;

    // By name.
    static domain::Result<QList<AttributeTemplate>> all(client::ReplicaDatabase& db);
    // Checks a product's attributes as the server does: every key one of the template's, each
    // value of its type (an enum's one of its values), every required one there. Error
    // "invalid_attribute" naming the attribute.
    domain::Result<void> check(const QJsonObject& attributes) const;
};

} // namespace tp::backoffice
