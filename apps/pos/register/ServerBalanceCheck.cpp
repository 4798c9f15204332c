#include "register/ServerBalanceCheck.h"

#include <QJsonArray>
#include <QJsonObject>

#include "client/sync/SyncApi.h"

namespace tp::pos {

namespace {

// A 404 is an answer (no such card); anything else that failed is "cannot tell now".
std::optional<BalanceAnswer> failureAnswer(const std::optional<client::SyncError>& error) {
    if (!error)
        return std::nullopt;
    BalanceAnswer answer;
    answer.kind = error->httpStatus == 404 ? BalanceAnswer::Kind::NotFound : BalanceAnswer::Kind::Unreachable;
    answer.problem = error->message;
    return answer;
}

BalanceAnswer known(const QJsonObject& account) {
    BalanceAnswer answer;
    answer.kind = BalanceAnswer::Kind::Known;
    answer.balance = account.value(QLatin1String("balance")).toInteger();
    answer.currency = account.value(QLatin1String("currency")).toString();
    answer.active = account.value(QLatin1String("status")).toString() == QLatin1String("active");
    return answer;
}

} // namespace

void ServerBalanceCheck::giftCard(const QString& code, Done done) {
    m_api.get(QStringLiteral("/api/v1/gift-cards/") + code,
              [done = std::move(done)](const std::optional<client::SyncError>& error, const QJsonObject& body,
                                       const QByteArray&) {
                  if (auto failed = failureAnswer(error))
                      return done(*failed);
                  done(known(body.value(QLatin1String("gift_card")).toObject()));
              });
}

void ServerBalanceCheck::storeCredit(const QString& customerId, const QString& currency, Done done) {
    m_api.get(QStringLiteral("/api/v1/customers/%1/store-credit").arg(customerId),
              [done = std::move(done), currency](const std::optional<client::SyncError>& error, const QJsonObject& body,
                                                 const QByteArray&) {
                  if (auto failed = failureAnswer(error))
                      return done(*failed);
                  for (const QJsonValue& value : body.value(QLatin1String("store_credit")).toArray())
                      if (value.toObject().value(QLatin1String("currency")).toString() == currency)
                          return done(known(value.toObject()));
                  BalanceAnswer none; // the customer has never had credit in this currency
                  none.kind = BalanceAnswer::Kind::NotFound;
                  done(none);
              });
}

} // namespace tp::pos
