import pino, { type Logger } from "pino";

/** Structured JSON logs on stdout; secrets never reach them (see redact). */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: "regioplan-werkplaats" },
    redact: { paths: ["req.headers.cookie", "req.headers.authorization", 'res.headers["set-cookie"]'], remove: true },
  });
}
