#include "PrinterProfile.h"

namespace tp::pos::devices {

namespace {

// Epson TM-T20/TM-T88 table numbers (ESC/POS Application Programming Guide, ESC t).
std::vector<CodeTableSlot> epsonTables() {
    return {{CodePage::Cp858, 19},  {CodePage::Cp437, 0},  {CodePage::Cp850, 2},
            {CodePage::Cp1252, 16}, {CodePage::Cp852, 18}, {CodePage::Cp866, 17}};
}

// Typical 58/80 mm clone firmware (the "POS-58"/"POS-80" family): no CP858, so € comes from
// WPC1252, and CP866 sits where Epson keeps CP852. Check a new model's self-test page.
std::vector<CodeTableSlot> cloneTables() {
    return {{CodePage::Cp1252, 16}, {CodePage::Cp437, 0}, {CodePage::Cp850, 2}, {CodePage::Cp866, 18}};
}

std::vector<PrinterProfile> makeProfiles() {
    std::vector<PrinterProfile> profiles;
    profiles.push_back({QStringLiteral("epson-80mm"), QStringLiteral("Epson TM-T20/TM-T88, 80 mm, 576 dots"), 48, 576,
                        false, epsonTables(), 128, 3});
    profiles.push_back({QStringLiteral("clone-80mm"), QStringLiteral("80 mm clone, 512 dots, 42 columns"), 42, 512,
                        true, cloneTables(), 64, 3});
    profiles.push_back({QStringLiteral("clone-58mm"), QStringLiteral("58 mm clone, 384 dots, 32 columns"), 32, 384,
                        true, cloneTables(), 64, 2});
    return profiles;
}

} // namespace

std::optional<CodeTableSlot> PrinterProfile::slotFor(CodePage page) const {
    for (const CodeTableSlot& slot : codeTables) {
        if (slot.page == page)
            return slot;
    }
    return std::nullopt;
}

const std::vector<PrinterProfile>& PrinterProfile::builtIn() {
    static const std::vector<PrinterProfile> profiles = makeProfiles();
    return profiles;
}

std::optional<PrinterProfile> PrinterProfile::named(const QString& id) {
    for (const PrinterProfile& profile : builtIn()) {
        if (profile.id == id)
            return profile;
    }
    return std::nullopt;
}

QStringList PrinterProfile::names() {
    QStringList names;
    for (const PrinterProfile& profile : builtIn())
        names << profile.id;
    return names;
}

PrinterProfile PrinterProfile::defaultProfile() {
    return builtIn().front();
}

} // namespace tp::pos::devices
