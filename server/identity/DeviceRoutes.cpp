#include "identity/DeviceRoutes.h"

#include "core/Actor.h"

namespace tp::server::identity {

using http::Access;
using http::Request;
using http::Response;
using http::StaffRole;
using tp::domain::Result;

void addDeviceRoutes(http::Router& router, EnrolledDevices& devices) {
    router.add({"GET",
                "/api/v1/devices",
                Access::Staff,
                {StaffRole::Owner, StaffRole::Manager},
                {},
                [&](Request& r) -> Result<Response> {
                    auto page = readPage(r);
                    if (!page)
                        return page.error();
                    auto listed = devices.list(r.principal->tenantId, page.value());
                    if (!listed)
                        return listed.error();
                    return Response::json(200, listed.value());
                },
                "The enrolled registers with when each was last seen, its app version and its pending uploads",
                "",
                "DeviceList"});
    router.add({"DELETE",
                "/api/v1/devices/{id}",
                Access::Staff,
                {StaffRole::Owner, StaffRole::Manager},
                {},
                [&](Request& r) -> Result<Response> {
                    auto revoked = devices.revoke(r.principal->tenantId, r.param("id"), actorOf(*r.principal));
                    if (!revoked)
                        return revoked.error();
                    return Response::json(200, revoked.value());
                },
                "Revoke a register: its token stops working and it leaves the plan's register count",
                "",
                "DeviceStatusEnvelope",
                200,
                true});
}

} // namespace tp::server::identity
