#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

#include "domain/core/Result.h"

namespace tp::client {
class ReplicaDatabase;
}

namespace tp::backoffice {

// The product images this office holds, in its replica (local_images), named by the SHA-256
// of their bytes as the server names them: ones added here wait there until ImageSync has
// uploaded them (so a product can get its images offline), ones fetched from the server are
// kept to be shown again without it.
class ProductImages {
    Q_DECLARE_TR_FUNCTIONS(tp::backoffice::ProductImages)

public:
    // The server's request limit is 1 MiB; what is added must fit in it.
    static constexpr qsizetype kMaxBytes = 1000 * 1000;

    explicit ProductImages(client::ReplicaDatabase& db)
        : m_db(db) {}

    // Keeps a JPEG, PNG or WebP image to be uploaded; answers its SHA-256. Errors
    // "not_an_image", "image_too_large" (in words). The same bytes again are one image.
    domain::Result<QString> add(const QByteArray& bytes);
    // An image fetched from the server (already there: nothing to upload).
    domain::Result<void> keep(const QString& sha256, const QByteArray& bytes);
    // The bytes, if this office has them.
    domain::Result<std::optional<QByteArray>> bytes(const QString& sha256);
    // Those of `wanted` this office does not have.
    domain::Result<QStringList> missing(const QStringList& wanted);
    // Added here and not uploaded yet, oldest first.
    domain::Result<QStringList> pendingUploads();
    domain::Result<void> markUploaded(const QString& sha256);

    static QString sha256Of(const QByteArray& bytes);
    // "image/jpeg", "image/png", "image/webp" by the bytes, or empty.
    static QString contentTypeOf(const QByteArray& bytes);

private:
    domain::Result<void> store(const QString& sha256, const QByteArray& bytes, bool uploaded);

    client::ReplicaDatabase& m_db;
};

} // namespace tp::backoffice
