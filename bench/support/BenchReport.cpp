#include "BenchReport.h"

#include <cstdio>

namespace tp::bench {

void BenchReport::add(std::string name, double value, std::string unit, double target, std::string better) {
    m_figures.push_back({std::move(name), value, std::move(unit), target, std::move(better)});
}

void BenchReport::print() const {
    std::printf("\n%-52s %14s %-6s %10s\n", "figure", "value", "unit", "target");
    for (const Figure& figure : m_figures) {
        const char* mark = "";
        if (figure.target > 0) {
            const bool met = figure.better == "lower" ? figure.value <= figure.target : figure.value >= figure.target;
            mark = met ? "  met" : "  MISSED";
        }
        if (figure.target > 0)
            std::printf("%-52s %14.3f %-6s %10.3f%s\n", figure.name.c_str(), figure.value, figure.unit.c_str(),
                        figure.target, mark);
        else
            std::printf("%-52s %14.3f %-6s %10s\n", figure.name.c_str(), figure.value, figure.unit.c_str(), "-");
    }
    std::printf("\n");
    for (const Figure& figure : m_figures) {
        std::printf("BENCH {\"name\":\"%s\",\"value\":%.4f,\"unit\":\"%s\",", figure.name.c_str(), figure.value,
                    figure.unit.c_str());
        if (figure.target > 0)
            std::printf("\"target\":%.4f,", figure.target);
        else
            std::printf("\"target\":null,");
        std::printf("\"better\":\"%s\",\"scale\":%lld}\n", figure.better.c_str(), m_scale);
    }
    std::fflush(stdout);
}

} // namespace tp::bench
