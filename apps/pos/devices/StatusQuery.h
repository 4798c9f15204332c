#pragma once

#include "PrinterStatus.h"
#include "PrinterTransport.h"
#include "domain/core/Result.h"

namespace tp::pos::devices {

// Asks the printer DLE EOT 1, 2 and 4 one at a time and reads each one-byte reply within
// `timeoutMs`. A reply that is not a status byte is skipped (clones sometimes echo), so the
// next byte is tried until the time is up. Errors: the transport's, or "device_timeout" when a
// request gets no answer (the printer is off or does not speak real-time commands).
domain::Result<PrinterStatus> queryStatus(PrinterTransport& transport, int timeoutMs);

} // namespace tp::pos::devices
