#include "models/ProductImages.h"

#include <QCryptographicHash>
#include <QDateTime>

#include "client/replica/ReplicaDatabase.h"

namespace tp::backoffice {

QString ProductImages::sha256Of(const QByteArray& bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString ProductImages::contentTypeOf(const QByteArray& bytes) {
    if (bytes.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("image/jpeg");
    if (bytes.startsWith("\x89PNG\r\n\x1A\n"))
        return QStringLiteral("image/png");
    if (bytes.size() >= 12 && bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        return QStringLiteral("image/webp");
    return {};
}

domain::Result<void> ProductImages::store(const QString& sha256, const QByteArray& bytes, bool uploaded) {
    // A fetched copy marks an image uploaded; adding one the office has changes nothing.
    auto stored = m_db.exec(QStringLiteral("INSERT INTO local_images(sha256, content_type, bytes, uploaded, added_at) "
                                           "VALUES(?, ?, ?, ?, ?) ON CONFLICT(sha256) DO UPDATE SET "
                                           "uploaded = max(uploaded, excluded.uploaded)"),
                            {sha256, contentTypeOf(bytes), bytes, uploaded ? 1 : 0,
                             QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
    if (!stored)
        return stored.error();
    return {};
}

domain::Result<QString> ProductImages::add(const QByteArray& bytes) {
    if (contentTypeOf(bytes).isEmpty())
        return domain::makeError("not_an_image", tr("This is not a JPEG, PNG or WebP image.").toStdString());
    if (bytes.size() > kMaxBytes)
        return domain::makeError("image_too_large",
                                 tr("The image is larger than %1 MB even after shrinking it; choose a smaller one.")
                                     .arg(double(kMaxBytes) / 1e6)
                                     .toStdString());
    const QString sha256 = sha256Of(bytes);
    if (auto stored = store(sha256, bytes, false); !stored)
        return stored.error();
    return sha256;
}

domain::Result<void> ProductImages::keep(const QString& sha256, const QByteArray& bytes) {
    if (sha256Of(bytes) != sha256)
        return domain::makeError("image_mismatch",
                                 tr("The server sent other bytes for image %1.").arg(sha256.left(12)).toStdString());
    return store(sha256, bytes, true);
}

domain::Result<std::optional<QByteArray>> ProductImages::bytes(const QString& sha256) {
    auto rows = m_db.select(QStringLiteral("SELECT bytes FROM local_images WHERE sha256 = ?"), {sha256});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<QByteArray>();
    return std::optional(rows->first().at(0).toByteArray());
}

domain::Result<QStringList> ProductImages::missing(const QStringList& wanted) {
    QStringList absent;
    for (const QString& sha256 : wanted) {
        auto rows = m_db.select(QStringLiteral("SELECT 1 FROM local_images WHERE sha256 = ?"), {sha256});
        if (!rows)
            return rows.error();
        if (rows->isEmpty())
            absent << sha256;
    }
    return absent;
}

domain::Result<QStringList> ProductImages::pendingUploads() {
    auto rows =
        m_db.select(QStringLiteral("SELECT sha256 FROM local_images WHERE uploaded = 0 ORDER BY added_at, sha256"));
    if (!rows)
        return rows.error();
    QStringList pending;
    for (const client::SqlRow& row : *rows)
        pending << row.at(0).toString();
    return pending;
}

domain::Result<void> ProductImages::markUploaded(const QString& sha256) {
    auto marked = m_db.exec(QStringLiteral("UPDATE local_images SET uploaded = 1 WHERE sha256 = ?"), {sha256});
    if (!marked)
        return marked.error();
    return {};
}

} // namespace tp::backoffice
