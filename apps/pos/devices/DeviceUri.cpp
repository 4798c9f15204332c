#include "DeviceUri.h"

#include <optional>

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace tp::pos::devices {

namespace {

// Messages for people, in the translation context "tp::pos::devices::DeviceUri".
class Text {
    Q_DECLARE_TR_FUNCTIONS(tp::pos::devices::DeviceUri)
};

QString problemWith(const QString& uri, const QString& why) {
    return Text::tr("Device \"%1\": %2").arg(uri, why);
}

domain::Error invalid(const QString& uri, const QString& why) {
    return domain::makeError("invalid_device_uri", problemWith(uri, why).toStdString());
}

QString examples() {
    return Text::tr("use usb://<vid>:<pid>[/<serial>], serial:///dev/ttyUSB0?baud=19200, tcp://host:9100 or "
                    "file:///path");
}

std::optional<std::uint16_t> parseHexId(const QString& text) {
    bool ok = false;
    const uint value = text.toUInt(&ok, 16);
    if (text.size() != 4 || !ok)
        return std::nullopt;
    return static_cast<std::uint16_t>(value);
}

domain::Result<DeviceUri> parseUsb(const QString& text, DeviceUri uri) {
    // Not through QUrl: "04b8:0202" would be read as a host with a port.
    QString rest = text.mid(QStringLiteral("usb://").size());
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    if (slash >= 0) {
        uri.serialNumber = QUrl::fromPercentEncoding(rest.mid(slash + 1).toUtf8());
        rest = rest.left(slash);
        if (uri.serialNumber.isEmpty())
            return invalid(text, Text::tr("the serial number after \"/\" is empty"));
    }
    const QStringList ids = rest.split(QLatin1Char(':'));
    const auto vendorId = ids.size() == 2 ? parseHexId(ids[0]) : std::nullopt;
    const auto productId = ids.size() == 2 ? parseHexId(ids[1]) : std::nullopt;
    if (!vendorId || !productId)
        return invalid(text, Text::tr("expected usb://<vid>:<pid> with 4 hex digits each, e.g. usb://04b8:0202"));
    uri.vendorId = *vendorId;
    uri.productId = *productId;
    return uri;
}

domain::Result<DeviceUri> parseSerial(const QString& text, const QUrl& url, DeviceUri uri) {
    uri.portPath = url.path();
    if (uri.portPath.isEmpty() || uri.portPath == QLatin1String("/"))
        return invalid(text, Text::tr("no port given, e.g. serial:///dev/ttyUSB0"));
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems()) {
        bool ok = true;
        if (key == QLatin1String("baud")) {
            uri.baudRate = value.toInt(&ok);
            ok = ok && uri.baudRate > 0;
        } else if (key == QLatin1String("data")) {
            uri.dataBits = value.toInt(&ok);
            ok = ok && uri.dataBits >= 5 && uri.dataBits <= 8;
        } else if (key == QLatin1String("parity")) {
            ok = value == QLatin1String("none") || value == QLatin1String("even") || value == QLatin1String("odd");
            uri.parity = ok ? value.at(0).toLatin1() : 'n';
        } else if (key == QLatin1String("stop")) {
            uri.stopBits = value.toInt(&ok);
            ok = ok && (uri.stopBits == 1 || uri.stopBits == 2);
        } else if (key == QLatin1String("flow")) {
            if (value == QLatin1String("none"))
                uri.flowControl = SerialFlowControl::None;
            else if (value == QLatin1String("rtscts"))
                uri.flowControl = SerialFlowControl::Hardware;
            else if (value == QLatin1String("xonxoff"))
                uri.flowControl = SerialFlowControl::Software;
            else
                ok = false;
        } else {
            return invalid(text, Text::tr("unknown option \"%1\" (known: baud, data, parity, stop, flow)").arg(key));
        }
        if (!ok)
            return invalid(text, Text::tr("\"%1\" is not a valid value for %2").arg(value, key));
    }
    return uri;
}

domain::Result<DeviceUri> parseTcp(const QString& text, const QUrl& url, DeviceUri uri) {
    uri.host = url.host();
    if (uri.host.isEmpty())
        return invalid(text, Text::tr("no host given, e.g. tcp://192.168.1.50:9100"));
    const int port = url.port(9100);
    if (port <= 0 || port > 65535)
        return invalid(text, Text::tr("the port must be between 1 and 65535"));
    uri.port = static_cast<std::uint16_t>(port);
    if ((!url.path().isEmpty() && url.path() != QLatin1String("/")) || url.hasQuery())
        return invalid(text, Text::tr("a tcp:// device takes only a host and a port"));
    return uri;
}

} // namespace

domain::Result<DeviceUri> DeviceUri::parse(const QString& text) {
    DeviceUri uri;
    uri.original = text;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return invalid(text, Text::tr("no device given; %1").arg(examples()));
    if (trimmed.startsWith(QLatin1String("usb://"), Qt::CaseInsensitive)) {
        uri.scheme = DeviceScheme::Usb;
        return parseUsb(trimmed, uri);
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return invalid(text, Text::tr("not a valid URI (%1)").arg(url.errorString()));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("serial")) {
        uri.scheme = DeviceScheme::Serial;
        return parseSerial(trimmed, url, uri);
    }
    if (scheme == QLatin1String("tcp")) {
        uri.scheme = DeviceScheme::Tcp;
        return parseTcp(trimmed, url, uri);
    }
    if (scheme == QLatin1String("file")) {
        uri.scheme = DeviceScheme::File;
        uri.filePath = url.toLocalFile();
        if (uri.filePath.isEmpty() || !url.host().isEmpty())
            return invalid(text, Text::tr("expected an absolute path, e.g. file:///tmp/receipt.bin"));
        return uri;
    }
    if (scheme.isEmpty())
        return invalid(text, Text::tr("no scheme; %1").arg(examples()));
    return invalid(text, Text::tr("unknown scheme \"%1\"; %2").arg(scheme, examples()));
}

} // namespace tp::pos::devices
