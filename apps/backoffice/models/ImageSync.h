#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QStringList>

#include <functional>

#include "domain/core/Result.h"

namespace tp::client {
class SyncApi;
}

namespace tp::backoffice {

class ProductImages;

// Moves product images between this office and the server: uploads the ones added here (after
// each sync, so that an office offline for days catches up by itself) and fetches the ones a
// product names that this office has not got (to show them). One request at a time; the first
// failure ends a round (offline: the next sync tries again), said in words.
class ImageSync : public QObject {
    Q_OBJECT

public:
    using Done = std::function<void(domain::Result<int>)>; // how many images moved

    ImageSync(ProductImages& images, client::SyncApi& api, QObject* parent = nullptr)
        : QObject(parent)
        , m_images(images)
        , m_api(api) {}

    // Every image waiting for upload. A round already going on answers 0 at once.
    void uploadPending(Done done);
    // Those of `wanted` that are not here.
    void fetch(const QStringList& wanted, Done done);

private:
    void uploadNext(QStringList pending, int moved, Done done);
    void fetchNext(QStringList wanted, int moved, Done done);

    ProductImages& m_images;
    client::SyncApi& m_api;
    bool m_uploading = false;
};

} // namespace tp::backoffice
