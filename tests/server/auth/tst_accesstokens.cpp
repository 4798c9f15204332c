#include <QTest>

#include <algorithm>
#include <string>
#include <vector>

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <Poco/JSON/Object.h>
#include <Poco/JWT/Signer.h>
#include <Poco/JWT/Token.h>

#include "AuthTestSupport.h"
#include "DomainTestSupport.h"
#include "auth/AccessTokens.h"
#include "auth/Base64.h"

using namespace std::chrono_literals;
using tp::server::auth::AccessTokens;
using tp::server::auth::decodeBase64Url;
using tp::server::auth::encodeBase64Url;
using tp::server::http::Principal;
using tp::server::http::StaffRole;

Q_DECLARE_METATYPE(StaffRole)

namespace {

const std::string kSecret = "k3y-for-tests-0123456789abcdefghijklmnop"; // 40 bytes
const std::string kOtherSecret = "another-secret-0123456789abcdefghijklmnop";

// kShopOpens in Unix seconds and fifteen minutes later: the iat/exp of a token issued then.
constexpr long long kIat = 1740819600;
constexpr long long kExp = kIat + 900;

Principal cashier() {
    Principal p;
    p.kind = Principal::Kind::Staff;
    p.tenantId = "01956b2a-0000-7000-8000-000000000001";
    p.tenantSlug = "corner-bakery";
    p.userId = "01956b2a-0000-7000-8000-0000000000aa";
    p.role = StaffRole::Cashier;
    return p;
}

AccessTokens makeTokens(const ManualClock& clock, std::string secret = kSecret, std::string previous = {}) {
    AccessTokens::Settings settings;
    settings.secret = std::move(secret);
    settings.previousSecret = std::move(previous);
    return AccessTokens::create(std::move(settings), clock.clock()).value();
}

// Signs raw header and payload JSON with HS256, as an attacker holding (or guessing) a key
// would: lets rows put anything in the token, byte for byte.
std::string forge(const std::string& headerJson, const std::string& claimsJson, const std::string& secret = kSecret) {
    const std::string input = encodeBase64Url(headerJson) + "." + encodeBase64Url(claimsJson);
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), secret.data(), static_cast<int>(secret.size()),
         reinterpret_cast<const unsigned char*>(input.data()), input.size(), mac, &length);
    return input + "." + encodeBase64Url(std::string(reinterpret_cast<const char*>(mac), length));
}

const std::string kHeader = R"({"alg":"HS256","typ":"JWT"})";

// The claims of a valid cashier token issued at kShopOpens, with one change: `change` is either
// `"name":value` (replace or add that claim, value as raw JSON) or `-name` (drop it).
std::string payloadJson(const std::string& change) {
    std::vector<std::pair<std::string, std::string>> claims = {{"sub", "\"u1\""},
                                                               {"tid", "\"t1\""},
                                                               {"tslug", "\"corner-bakery\""},
                                                               {"role", "\"cashier\""},
                                                               {"typ", "\"access\""},
                                                               {"iat", std::to_string(kIat)},
                                                               {"exp", std::to_string(kExp)},
                                                               {"jti", "\"j1\""}};
    if (!change.empty() && change[0] == '-') {
        const std::string drop = change.substr(1);
        std::erase_if(claims, [&](const auto& claim) { return claim.first == drop; });
    } else if (!change.empty()) {
        const std::size_t colon = change.find("\":");
        const std::string name = change.substr(1, colon - 1);
        const std::string value = change.substr(colon + 2);
        const auto it =
            std::find_if(claims.begin(), claims.end(), [&](const auto& claim) { return claim.first == name; });
        if (it != claims.end())
            it->second = value;
        else
            claims.emplace_back(name, value);
    }
    std::string json = "{";
    for (const auto& [name, value] : claims)
        json += "\"" + name + "\":" + value + ",";
    json.back() = '}';
    return json;
}

std::vector<std::string> segments(const std::string& token) {
    const QStringList parts = qs(token).split(u'.');
    std::vector<std::string> out;
    for (const QString& part : parts)
        out.push_back(part.toStdString());
    return out;
}

} // namespace

class TestAccessTokens : public QObject {
    Q_OBJECT

private slots:
    void issuedTokenVerifiesToTheSamePrincipal_data() {
        QTest::addColumn<StaffRole>("role");
        QTest::newRow("owner") << StaffRole::Owner;
        QTest::newRow("manager") << StaffRole::Manager;
        QTest::newRow("cashier") << StaffRole::Cashier;
    }
    void issuedTokenVerifiesToTheSamePrincipal() {
        QFETCH(StaffRole, role);
        const ManualClock clock(kShopOpens);
        const AccessTokens tokens = makeTokens(clock);
        Principal staff = cashier();
        staff.role = role;

        const auto issued = tokens.issue(staff);
        TP_VERIFY_OK(issued);
        QCOMPARE(issued->expiresInSeconds, 900LL);
        QVERIFY(issued->issuedAt == kShopOpens);
        QVERIFY(issued->expiresAt == kShopOpens + 15min);
        QVERIFY(!issued->tokenId.empty());

        const auto claims = tokens.verify(issued->token);
        TP_VERIFY_OK(claims);
        QVERIFY(claims->principal.kind == Principal::Kind::Staff);
        QCOMPARE(qs(claims->principal.userId), qs(staff.userId));
        QCOMPARE(qs(claims->principal.tenantId), qs(staff.tenantId));
        QCOMPARE(qs(claims->principal.tenantSlug), qs(staff.tenantSlug));
        QVERIFY(claims->principal.role == role);
        QCOMPARE(qs(claims->tokenId), qs(issued->tokenId));
        QVERIFY(claims->expiresAt == issued->expiresAt);
    }

    void payloadCarriesTheDocumentedClaims() {
        const ManualClock clock(kShopOpens + 250ms);
        const auto issued = makeTokens(clock).issue(cashier());
        TP_VERIFY_OK(issued);
        const Poco::JWT::Token parsed(issued->token);
        const Poco::JSON::Object& payload = parsed.payload();
        QCOMPARE(qs(parsed.getAlgorithm()), QStringLiteral("HS256"));
        QCOMPARE(qs(payload.getValue<std::string>("typ")), QStringLiteral("access"));
        QCOMPARE(qs(payload.getValue<std::string>("role")), QStringLiteral("cashier"));
        QCOMPARE(qs(payload.getValue<std::string>("tslug")), QStringLiteral("corner-bakery"));
        // Whole seconds: the milliseconds of the clock are dropped, not rounded up.
        QCOMPARE(static_cast<long long>(payload.getValue<Poco::Int64>("iat")), kIat);
        QCOMPARE(static_cast<long long>(payload.getValue<Poco::Int64>("exp")), kExp);
    }

    void everyTokenHasItsOwnId() {
        const ManualClock clock(kShopOpens);
        const AccessTokens tokens = makeTokens(clock);
        const auto first = tokens.issue(cashier());
        const auto second = tokens.issue(cashier());
        QVERIFY(first->tokenId != second->tokenId);
        QVERIFY(first->token != second->token);
    }

    void expiryHonoursTheLeeway_data() {
        QTest::addColumn<qint64>("elapsedMs");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("just issued") << qint64(0) << true;
        QTest::newRow("one second before exp") << qint64(899'000) << true;
        QTest::newRow("exactly at exp, inside the leeway") << qint64(900'000) << true;
        QTest::newRow("last millisecond of the 30 s leeway") << qint64(929'999) << true;
        QTest::newRow("leeway over") << qint64(930'000) << false;
        QTest::newRow("an hour later") << qint64(3'600'000) << false;
        QTest::newRow("clock behind the issuer, inside the leeway") << qint64(-30'000) << true;
        QTest::newRow("clock behind the issuer beyond the leeway") << qint64(-30'001) << false;
    }
    void expiryHonoursTheLeeway() {
        QFETCH(qint64, elapsedMs);
        QFETCH(bool, accepted);
        ManualClock clock(kShopOpens);
        const AccessTokens tokens = makeTokens(clock);
        const auto issued = tokens.issue(cashier());
        TP_VERIFY_OK(issued);
        clock.advance(std::chrono::milliseconds{elapsedMs});
        const auto claims = tokens.verify(issued->token);
        QCOMPARE(claims.ok(), accepted);
        if (!accepted)
            TP_VERIFY_ERROR(claims, "unauthorized");
    }

    // A token verified once is remembered, but the memory never outlives the time window.
    void rememberedTokenStillExpires() {
        ManualClock clock(kShopOpens);
        const AccessTokens tokens = makeTokens(clock);
        const auto issued = tokens.issue(cashier());
        TP_VERIFY_OK(issued);
        const auto first = tokens.verify(issued->token);
        TP_VERIFY_OK(first);
        const auto again = tokens.verify(issued->token);
        TP_VERIFY_OK(again);
        QCOMPARE(qs(again->tokenId), qs(first->tokenId));
        QCOMPARE(qs(again->principal.userId), qs(first->principal.userId));
        clock.advance(std::chrono::milliseconds{930'000});
        TP_VERIFY_ERROR(tokens.verify(issued->token), "unauthorized");
        // A copy shares what was verified and its time check alike.
        const AccessTokens copy = tokens;
        TP_VERIFY_ERROR(copy.verify(issued->token), "unauthorized");
    }

    // Only the exact bytes are remembered: one changed signature character is checked in full.
    void rememberedTokenDoesNotCoverAlteredBytes() {
        const ManualClock clock(kShopOpens);
        const AccessTokens tokens = makeTokens(clock);
        const auto issued = tokens.issue(cashier());
        TP_VERIFY_OK(issued);
        TP_VERIFY_OK(tokens.verify(issued->token));
        std::string altered = issued->token;
        char& inSignature = altered[altered.size() - 5]; // a whole sextet of the HMAC, no padding bits
        inSignature = inSignature == 'A' ? 'B' : 'A';
        TP_VERIFY_ERROR(tokens.verify(altered), "unauthorized");
    }

    void tamperingIsRefused_data() {
        QTest::addColumn<QString>("how");
        QTest::addColumn<QString>("reason");
        QTest::newRow("role raised to owner") << "role"
                                              << "signature";
        QTest::newRow("tenant switched") << "tenant"
                                         << "signature";
        QTest::newRow("expiry pushed a day out") << "exp"
                                                 << "signature";
        QTest::newRow("signature's last character changed") << "sigLast"
                                                            << "signature";
        QTest::newRow("signature's first character changed") << "sigFirst"
                                                             << "signature";
        QTest::newRow("signature truncated") << "sigShort"
                                             << "signature";
        QTest::newRow("signature of another token") << "sigOther"
                                                    << "signature";
        QTest::newRow("signature dropped") << "sigNone"
                                           << "not a JWT";
        QTest::newRow("fourth segment appended") << "extraSegment"
                                                 << "not a JWT";
        QTest::newRow("header re-encoded with padding") << "headerPadded"
                                                        << "header";
    }
    void tamperingIsRefused() {
        QFETCH(QString, how);
        QFETCH(QString, reason);
        const ManualClock clock(kShopOpens);
        const AccessTokens tokens = makeTokens(clock);
        const std::string token = tokens.issue(cashier())->token;
        std::vector<std::string> parts = segments(token);
        QCOMPARE(parts.size(), std::size_t{3});
        const std::string payload = decodeBase64Url(parts[1]).value();
        const auto replaced = [&](const std::string& from, const std::string& to) {
            std::string changed = payload;
            const std::size_t at = changed.find(from);
            if (at == std::string::npos)
                qFatal("claim %s not found in %s", from.c_str(), payload.c_str());
            changed.replace(at, from.size(), to);
            return encodeBase64Url(changed);
        };
        const auto flip = [](char c) {
            return c == 'A' ? 'B' : 'A';
        };
        std::string forged;
        if (how == "role") {
            forged = parts[0] + "." + replaced("\"cashier\"", "\"owner\"") + "." + parts[2];
        } else if (how == "tenant") {
            forged = parts[0] + "." + replaced("000000000001", "000000000002") + "." + parts[2];
        } else if (how == "exp") {
            forged = parts[0] + "." + replaced(std::to_string(kExp), std::to_string(kExp + 86400)) + "." + parts[2];
        } else if (how == "sigLast") {
            parts[2].back() = flip(parts[2].back());
            forged = parts[0] + "." + parts[1] + "." + parts[2];
        } else if (how == "sigFirst") {
            parts[2].front() = flip(parts[2].front());
            forged = parts[0] + "." + parts[1] + "." + parts[2];
        } else if (how == "sigShort") {
            forged = parts[0] + "." + parts[1] + "." + parts[2].substr(0, parts[2].size() - 4);
        } else if (how == "sigOther") {
            forged = parts[0] + "." + parts[1] + "." + segments(tokens.issue(cashier())->token)[2];
        } else if (how == "sigNone") {
            forged = parts[0] + "." + parts[1] + ".";
        } else if (how == "extraSegment") {
            forged = token + "." + parts[2];
        } else if (how == "headerPadded") {
            forged = parts[0] + "==." + parts[1] + "." + parts[2];
        }
        QVERIFY(forged != token);
        const auto claims = tokens.verify(forged);
        TP_VERIFY_ERROR(claims, "unauthorized");
        QVERIFY2(qs(claims.error().message).contains(reason), claims.error().message.c_str());
    }

    void onlyHs256IsAccepted_data() {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("reason");
        const std::string payload = encodeBase64Url(payloadJson(""));
        const auto header = [](const std::string& json) {
            return encodeBase64Url(json);
        };
        QTest::newRow("alg none without a signature")
            << toByteArray(header(R"({"alg":"none","typ":"JWT"})") + "." + payload + ".") << "not a JWT";
        const std::string validSignature = segments(forge(kHeader, payloadJson("")))[2];
        QTest::newRow("alg none carrying a valid HS256 signature")
            << toByteArray(header(R"({"alg":"none","typ":"JWT"})") + "." + payload + "." + validSignature)
            << "algorithm";
        QTest::newRow("alg None capitalised")
            << toByteArray(forge(R"({"alg":"None"})", payloadJson(""))) << "algorithm";
        QTest::newRow("alg missing") << toByteArray(forge(R"({"typ":"JWT"})", payloadJson(""))) << "algorithm";
        QTest::newRow("alg not a string") << toByteArray(forge(R"({"alg":256})", payloadJson(""))) << "algorithm";
        QTest::newRow("alg hs256 in lower case")
            << toByteArray(forge(R"({"alg":"hs256"})", payloadJson(""))) << "algorithm";
        QTest::newRow("alg RS256 over an HMAC signature (key confusion)")
            << toByteArray(forge(R"({"alg":"RS256","typ":"JWT"})", payloadJson(""))) << "algorithm";
        QTest::newRow("critical header extension")
            << toByteArray(forge(R"({"alg":"HS256","crit":["exp"]})", payloadJson(""))) << "critical";
        for (const std::string& algorithm : {Poco::JWT::Signer::ALGO_HS384, Poco::JWT::Signer::ALGO_HS512}) {
            // Properly signed with the right secret by Poco itself: only the algorithm is wrong.
            Poco::JWT::Token token(forge(kHeader, payloadJson("")));
            Poco::JWT::Signer signer(kSecret);
            signer.addAlgorithm(algorithm);
            const std::string jwt = signer.sign(token, algorithm);
            QTest::newRow(("alg " + algorithm + " signed with the right secret").c_str())
                << toByteArray(jwt) << "algorithm";
        }
    }
    void onlyHs256IsAccepted() {
        QFETCH(QByteArray, token);
        QFETCH(QString, reason);
        const ManualClock clock(kShopOpens);
        const auto claims = makeTokens(clock).verify(bytes(token));
        TP_VERIFY_ERROR(claims, "unauthorized");
        QVERIFY2(qs(claims.error().message).contains(reason), claims.error().message.c_str());
    }

    void forgedBaseTokenIsValid() {
        // The rows above and below differ from this token in exactly one respect.
        const ManualClock clock(kShopOpens);
        const auto claims = makeTokens(clock).verify(forge(kHeader, payloadJson("")));
        TP_VERIFY_OK(claims);
        QCOMPARE(qs(claims->principal.userId), QStringLiteral("u1"));
    }

    void claimsMustBePresentAndWellTyped_data() {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("reason");
        const char* required = "missing";
        for (const char* claim : {"sub", "tid", "tslug", "role", "iat", "exp", "jti"})
            QTest::newRow((std::string("without ") + claim).c_str())
                << toByteArray(payloadJson(std::string("-") + claim)) << required;
        QTest::newRow("without typ") << toByteArray(payloadJson("-typ")) << "not an access token";
        QTest::newRow("typ refresh") << toByteArray(payloadJson(R"("typ":"refresh")")) << "not an access token";
        QTest::newRow("typ in upper case") << toByteArray(payloadJson(R"("typ":"ACCESS")")) << "not an access token";
        QTest::newRow("typ empty") << toByteArray(payloadJson(R"("typ":"")")) << "not an access token";
        QTest::newRow("sub empty") << toByteArray(payloadJson(R"("sub":"")")) << required;
        QTest::newRow("sub a number") << toByteArray(payloadJson(R"("sub":42)")) << required;
        QTest::newRow("tid null") << toByteArray(payloadJson(R"("tid":null)")) << required;
        QTest::newRow("exp a string") << toByteArray(payloadJson("\"exp\":\"" + std::to_string(kExp) + "\""))
                                      << required;
        QTest::newRow("exp a fraction") << toByteArray(payloadJson("\"exp\":" + std::to_string(kExp) + ".5"))
                                        << required;
        QTest::newRow("exp before iat") << toByteArray(payloadJson("\"exp\":" + std::to_string(kIat - 1)))
                                        << "inconsistent";
        QTest::newRow("exp beyond 64 bits") << toByteArray(payloadJson(R"("exp":99999999999999999999)")) << "malformed";
        QTest::newRow("role admin") << toByteArray(payloadJson(R"("role":"admin")")) << "role";
        QTest::newRow("role in upper case") << toByteArray(payloadJson(R"("role":"OWNER")")) << "role";
        QTest::newRow("payload an array") << QByteArray("[1,2,3]") << "malformed payload";
        QTest::newRow("payload not JSON") << QByteArray("{\"sub\":") << "malformed payload";
    }
    void claimsMustBePresentAndWellTyped() {
        QFETCH(QByteArray, payload);
        QFETCH(QString, reason);
        const ManualClock clock(kShopOpens);
        const auto claims = makeTokens(clock).verify(forge(kHeader, bytes(payload)));
        TP_VERIFY_ERROR(claims, "unauthorized");
        QVERIFY2(qs(claims.error().message).contains(reason), claims.error().message.c_str());
    }

    void garbageIsRefusedWithoutThrowing_data() {
        QTest::addColumn<QByteArray>("token");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("one word") << QByteArray("Bearer");
        QTest::newRow("two segments") << QByteArray("abc.def");
        QTest::newRow("three dots") << QByteArray("...");
        QTest::newRow("header not base64") << QByteArray("@@@.e30.abc");
        QTest::newRow("header not JSON") << toByteArray(encodeBase64Url("alg=HS256") + ".e30.abc");
        QTest::newRow("header a JSON string") << toByteArray(encodeBase64Url("\"HS256\"") + ".e30.abc");
        QTest::newRow("longer than 4 KiB") << QByteArray(5000, 'a');
        QTest::newRow("an opaque refresh token") << QByteArray("tpr_3q2-7wEjRmXoT1lQyFh3xq7gZ0m9nKc2dWbV8sY4uPE");
    }
    void garbageIsRefusedWithoutThrowing() {
        QFETCH(QByteArray, token);
        const ManualClock clock(kShopOpens);
        TP_VERIFY_ERROR(makeTokens(clock).verify(bytes(token)), "unauthorized");
    }

    void wrongSecretIsRefused() {
        const ManualClock clock(kShopOpens);
        const auto issued = makeTokens(clock, kOtherSecret).issue(cashier());
        const auto claims = makeTokens(clock).verify(issued->token);
        TP_VERIFY_ERROR(claims, "unauthorized");
        QVERIFY(qs(claims.error().message).contains(QStringLiteral("signature")));
    }

    void previousSecretIsAcceptedDuringRotation() {
        const ManualClock clock(kShopOpens);
        const auto beforeRotation = makeTokens(clock, kOtherSecret).issue(cashier());
        const AccessTokens rotating = makeTokens(clock, kSecret, kOtherSecret);
        const auto afterRotation = rotating.issue(cashier());

        TP_VERIFY_OK(rotating.verify(beforeRotation->token));
        TP_VERIFY_OK(rotating.verify(afterRotation->token));
        // New tokens are signed with the new secret only.
        TP_VERIFY_OK(makeTokens(clock, kSecret).verify(afterRotation->token));
        TP_VERIFY_ERROR(makeTokens(clock, kOtherSecret).verify(afterRotation->token), "unauthorized");
        // Once the previous secret is dropped, its tokens stop working.
        TP_VERIFY_ERROR(makeTokens(clock, kSecret).verify(beforeRotation->token), "unauthorized");
    }

    void settingsAreValidated_data() {
        QTest::addColumn<int>("secretBytes");
        QTest::addColumn<int>("previousBytes");
        QTest::addColumn<int>("lifetimeSeconds");
        QTest::addColumn<int>("leewaySeconds");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("32-byte secret") << 32 << 0 << 900 << 30 << true;
        QTest::newRow("31-byte secret") << 31 << 0 << 900 << 30 << false;
        QTest::newRow("empty secret") << 0 << 0 << 900 << 30 << false;
        QTest::newRow("31-byte previous secret") << 32 << 31 << 900 << 30 << false;
        QTest::newRow("32-byte previous secret") << 32 << 32 << 900 << 30 << true;
        QTest::newRow("zero lifetime") << 32 << 0 << 0 << 30 << false;
        QTest::newRow("lifetime over a day") << 32 << 0 << 86401 << 30 << false;
        QTest::newRow("no leeway") << 32 << 0 << 900 << 0 << true;
        QTest::newRow("negative leeway") << 32 << 0 << 900 << -1 << false;
        QTest::newRow("leeway over five minutes") << 32 << 0 << 900 << 301 << false;
    }
    void settingsAreValidated() {
        QFETCH(int, secretBytes);
        QFETCH(int, previousBytes);
        QFETCH(int, lifetimeSeconds);
        QFETCH(int, leewaySeconds);
        QFETCH(bool, accepted);
        const ManualClock clock(kShopOpens);
        AccessTokens::Settings settings;
        settings.secret = std::string(static_cast<std::size_t>(secretBytes), 's');
        settings.previousSecret = std::string(static_cast<std::size_t>(previousBytes), 'p');
        settings.lifetime = std::chrono::seconds{lifetimeSeconds};
        settings.leeway = std::chrono::seconds{leewaySeconds};
        const auto tokens = AccessTokens::create(settings, clock.clock());
        QCOMPARE(tokens.ok(), accepted);
        if (!accepted)
            TP_VERIFY_ERROR(tokens, "invalid_config");
    }

    void onlyStaffGetAccessTokens_data() {
        QTest::addColumn<QString>("defect");
        QTest::newRow("device principal") << "device";
        QTest::newRow("platform admin principal") << "admin";
        QTest::newRow("no user id") << "user";
        QTest::newRow("no tenant id") << "tenant";
        QTest::newRow("no tenant slug") << "slug";
    }
    void onlyStaffGetAccessTokens() {
        QFETCH(QString, defect);
        Principal p = cashier();
        if (defect == "device")
            p.kind = Principal::Kind::Device;
        else if (defect == "admin")
            p.kind = Principal::Kind::PlatformAdmin;
        else if (defect == "user")
            p.userId.clear();
        else if (defect == "tenant")
            p.tenantId.clear();
        else if (defect == "slug")
            p.tenantSlug.clear();
        const ManualClock clock(kShopOpens);
        TP_VERIFY_ERROR(makeTokens(clock).issue(p), "invalid_principal");
    }
};

QTEST_GUILESS_MAIN(TestAccessTokens)
#include "tst_accesstokens.moc"
