#pragma once

// Output lines that tools/run-benchmarks.sh collects into its table. Each benchmark prints
//   RESULT|<benchmark>|<measure>|<value>|<unit>
//   TARGET|<benchmark>|<measure>|<value>|<unit>|<op> <limit>|PASS, MISS or SKIP
// on standard output, next to any free-form text. SKIP marks a target that smoke mode does not
// check, because timings of tiny sizes are meaningless.

#include <sys/resource.h>

#include <cstdio>

namespace bridge::bench {

enum class Better { Higher, Lower };

// Formats a value with four significant digits, or as a whole number from 1000 up, so that the
// table shows 150000 rather than 1.5e+05.
inline const char *formatValue(double value, char (&buffer)[32])
{
    std::snprintf(buffer, sizeof buffer, value >= 1000 || value <= -1000 ? "%.0f" : "%.4g", value);
    return buffer;
}

inline void printResult(const char *benchmark, const char *measure, double value, const char *unit)
{
    char buffer[32];
    std::printf("RESULT|%s|%s|%s|%s\n", benchmark, measure, formatValue(value, buffer), unit);
    std::fflush(stdout);
}

// Prints a target line and returns true when the target is met or not checked.
inline bool printTarget(const char *benchmark, const char *measure, double value, const char *unit,
                        Better better, double limit, bool checked)
{
    const bool met = better == Better::Higher ? value >= limit : value <= limit;
    char buffer[32];
    std::printf("TARGET|%s|%s|%s|%s|%s %g|%s\n", benchmark, measure, formatValue(value, buffer),
                unit, better == Better::Higher ? ">=" : "<=", limit,
                !checked      ? "SKIP"
                        : met ? "PASS"
                              : "MISS");
    std::fflush(stdout);
    return !checked || met;
}

// Peak resident set size of this process in megabytes (ru_maxrss is in kilobytes on Linux).
inline double peakResidentMegabytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

} // namespace bridge::bench
