#pragma once

#include <QList>

#include "VirtualPrinterHost.h"

class QTcpServer;

namespace tp::pos::devices::testing {

// A network receipt printer on 127.0.0.1 at a free port: either one that prints (decodes what
// arrives and answers status requests) or one that accepts connections and then never reads,
// with a small receive buffer, like a printer whose buffer is full: writes to it stall.
class VirtualPrinterTcpServer : public VirtualPrinterHost {
public:
    enum class Behaviour { Print, AcceptThenStall };

    explicit VirtualPrinterTcpServer(Behaviour behaviour = Behaviour::Print, VirtualPrinter printer = VirtualPrinter());
    ~VirtualPrinterTcpServer() override;

    quint16 port() const { return m_port; }
    int connectionCount() const { return m_connections.loadAcquire(); }

private:
    QTcpServer* m_server = nullptr; // lives on the host thread
    quint16 m_port = 0;
    QAtomicInt m_connections;
};

// A port on 127.0.0.1 where nothing listens: connecting is refused.
quint16 refusedLoopbackPort();

} // namespace tp::pos::devices::testing
