#pragma once

#include <string>
#include <vector>

namespace tp::bench {

// Collects a benchmark's figures, prints them as a table for people and, for each, one line
//   BENCH {"name":…,"value":…,"unit":…,"target":…,"better":"lower"|"higher","scale":…}
// for tools (../shared/BENCH.md). A target of 0 means the issue names none for that figure.
class BenchReport {
public:
    explicit BenchReport(long long scale)
        : m_scale(scale) {}

    void add(std::string name, double value, std::string unit, double target = 0, std::string better = "lower");
    void print() const;

private:
    struct Figure {
        std::string name;
        double value;
        std::string unit;
        double target;
        std::string better;
    };
    long long m_scale;
    std::vector<Figure> m_figures;
};

} // namespace tp::bench
