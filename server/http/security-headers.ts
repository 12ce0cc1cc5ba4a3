import type { RequestHandler } from "express";
import { stateOf } from "./request-context";

/**
 * Conservative headers on every response. Scripts run only from our origin or with this
 * request's nonce (Remix's inline hydration scripts carry it); no eval, no plugins, no framing.
 */
export const securityHeaders: RequestHandler = (_req, res, next) => {
  const nonce = stateOf(res).cspNonce;
  res.setHeader("X-Content-Type-Options", "nosniff");
  // Pages with one-time tokens in their URL must never leak them to other sites.
  res.setHeader("Referrer-Policy", "same-origin");
  res.setHeader("X-Frame-Options", "DENY");
  res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
  res.setHeader(
    "Content-Security-Policy",
    [
      "default-src 'self'",
      `script-src 'self' 'nonce-${nonce}'`,
      // The NL Design System React components set a few inline styles.
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "connect-src 'self'",
      "font-src 'self'",
      "object-src 'none'",
      "frame-ancestors 'none'",
      "base-uri 'none'",
      "form-action 'self'",
    ].join("; "),
  );
  next();
};
