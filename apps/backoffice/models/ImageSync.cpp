#include "models/ImageSync.h"

#include <QJsonObject>
#include <QPointer>

#include "client/sync/SyncApi.h"
#include "models/ProductImages.h"

namespace tp::backoffice {

namespace {

domain::Error failure(const client::SyncError& error) {
    if (!error.reachedServer)
        return domain::makeError("offline", ImageSync::tr("The server cannot be reached; the images move when it "
                                                          "can.")
                                                .toStdString());
    return domain::makeError(error.code.isEmpty() ? "refused" : error.code.toStdString(), error.message.toStdString());
}

} // namespace

void ImageSync::uploadPending(Done done) {
    if (m_uploading)
        return done(0);
    auto pending = m_images.pendingUploads();
    if (!pending)
        return done(pending.error());
    m_uploading = true;
    uploadNext(pending.value(), 0, std::move(done));
}

void ImageSync::uploadNext(QStringList pending, int moved, Done done) {
    if (pending.isEmpty()) {
        m_uploading = false;
        return done(moved);
    }
    const QString sha256 = pending.takeFirst();
    auto bytes = m_images.bytes(sha256);
    if (!bytes || !bytes.value()) {
        m_uploading = false;
        return done(bytes ? domain::makeError("image_missing", "image " + sha256.toStdString() + " is gone")
                          : bytes.error());
    }
    QPointer<ImageSync> self(this);
    m_api.postBytes(
        QStringLiteral("/api/v1/images"), **bytes, ProductImages::contentTypeOf(**bytes).toLatin1(),
        [self, sha256, pending, moved, done](const std::optional<client::SyncError>& error, const QJsonObject& body,
                                             const QByteArray&) mutable {
            if (!self)
                return;
            const QString answered =
                body.value(QLatin1String("image")).toObject().value(QLatin1String("sha256")).toString();
            if (error || answered != sha256) {
                self->m_uploading = false;
                return done(error ? failure(*error)
                                  : domain::makeError("image_mismatch", tr("The server stored image %1 under another "
                                                                           "name; it will be sent again.")
                                                                            .arg(sha256.left(12))
                                                                            .toStdString()));
            }
            if (auto marked = self->m_images.markUploaded(sha256); !marked) {
                self->m_uploading = false;
                return done(marked.error());
            }
            self->uploadNext(std::move(pending), moved + 1, std::move(done));
        });
}

void ImageSync::fetch(const QStringList& wanted, Done done) {
    auto missing = m_images.missing(wanted);
    if (!missing)
        return done(missing.error());
    fetchNext(missing.value(), 0, std::move(done));
}

void ImageSync::fetchNext(QStringList wanted, int moved, Done done) {
    if (wanted.isEmpty())
        return done(moved);
    const QString sha256 = wanted.takeFirst();
    QPointer<ImageSync> self(this);
    m_api.getBytes(QStringLiteral("/api/v1/images/%1").arg(sha256),
                   [self, sha256, wanted, moved, done](const std::optional<client::SyncError>& error,
                                                       const QJsonObject&, const QByteArray& bytes) mutable {
                       if (!self)
                           return;
                       if (error && error->httpStatus == 404) // not uploaded yet by the office that added it
                           return self->fetchNext(std::move(wanted), moved, std::move(done));
                       if (error)
                           return done(failure(*error));
                       if (auto kept = self->m_images.keep(sha256, bytes); !kept)
                           return done(kept.error());
                       self->fetchNext(std::move(wanted), moved + 1, std::move(done));
                   });
}

} // namespace tp::backoffice
