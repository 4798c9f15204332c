#pragma once

// Helpers shared by the barcode test classes.

#include <QTest>

#include <cstddef>
#include <random>
#include <string>

// Adds a data row named `name` with one value per column: addRow("EAN-13 Nutella", "4008400402222", 2)
// reads like a table line, where a chain of `<<` would be broken into one literal per line by clang-format.
template <typename... Values>
void addRow(const char* name, const Values&... values) {
    (QTest::newRow(name) << ... << values);
}

// `count` random digits; tests draw them from a fixed-seed engine so a failing property prints
// the same value on every run.
inline std::string randomDigits(std::mt19937_64& random, std::size_t count) {
    std::uniform_int_distribution<int> digit(0, 9);
    std::string digits;
    for (std::size_t i = 0; i < count; ++i)
        digits += static_cast<char>('0' + digit(random));
    return digits;
}
