#pragma once

namespace pgcrossing {

// How a line of a run's live log reads: our own words, a command as it ran, a tool's output, or a problem.
enum class LogLevel { Info, Command, Output, Warning, Error };

} // namespace pgcrossing
