#pragma once

#include <QByteArray>

#include "domain/core/Result.h"

namespace tp::pos::devices {

// The data part of ESC/POS `GS k 73 n d1…dn` (CODE128) for `text`: the printer does not pick
// code sets itself, so the data names them — "{A", "{B", "{C" switch sets, "{{" is a literal
// "{" — and in set C every byte is the value 0–99 of a digit pair, which halves the width of
// a numeric code (a receipt number must fit 58 mm paper and still scan).
//
// Code sets are chosen the usual way for the shortest symbol: start in C for 4+ leading
// digits (or an even all-digit text), switch to C for a run of 6+ digits (4+ at the end; an
// odd run leaves its first digit in the current set), use A only for control characters and B
// otherwise. Errors: "barcode_empty", "barcode_invalid_character" (not 7-bit ASCII),
// "barcode_too_long".
domain::Result<QByteArray> code128EscPosData(const QByteArray& text);

// The width in modules of the symbol for `escPosData` (from code128EscPosData), quiet zones of
// 10 modules on both sides included: 11 per symbol (start, data, set switches, check) and 13
// for the stop pattern.
int code128ModuleCount(const QByteArray& escPosData);

// The widest module (in dots, at most `preferred`) at which `modules` fit `dotsPerLine`. Printers
// silently drop a barcode wider than the paper, so a long one is printed narrower instead.
// 0 when even one-dot modules do not fit.
int fittingModuleWidth(int modules, int preferred, int dotsPerLine);

// The 13 digits of an EAN-13 for ESC/POS `GS k 67`: 12 digits get their check digit, 13 are
// verified through the domain's GTIN rules. Errors: "barcode_invalid_ean13".
domain::Result<QByteArray> ean13Digits(const QByteArray& digits);

} // namespace tp::pos::devices
