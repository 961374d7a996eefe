/**
 * Tests start whole stacks: one JSON log line per request would bury jest's report. Warnings and errors still
 * show; a test about logging sets its own level and captures the lines itself.
 */
process.env.LOG_LEVEL ??= "warn";
