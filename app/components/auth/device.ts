import { nl } from "../../../shared/i18n/nl";

const browsers: Array<[RegExp, string]> = [
  [/Edg(e|A|iOS)?\//, "Edge"],
  [/OPR\/|Opera/, "Opera"],
  [/Firefox\/|FxiOS\//, "Firefox"],
  [/HeadlessChrome\//, "Chrome (zonder scherm)"],
  [/Chrome\/|CriOS\/|Chromium\//, "Chrome"],
  [/Safari\//, "Safari"],
  [/curl\//i, "curl"],
  [/node|undici/i, "Node.js"],
];

const systems: Array<[RegExp, string]> = [
  [/Windows/, "Windows"],
  [/Android/, "Android"],
  [/iPhone/, "iPhone"],
  [/iPad/, "iPad"],
  [/Mac OS X|Macintosh/, "macOS"],
  [/CrOS/, "ChromeOS"],
  [/Linux/, "Linux"],
];

/** "Chrome op Windows" instead of a 120-character user agent; the raw text when we know neither part. */
export function describeDevice(userAgent: string | null | undefined): string {
  const agent = (userAgent ?? "").trim();
  if (!agent) return nl.auth.unknownDevice;
  const browser = browsers.find(([pattern]) => pattern.test(agent))?.[1];
  const system = systems.find(([pattern]) => pattern.test(agent))?.[1];
  if (browser && system) return nl.auth.deviceOn(browser, system);
  if (browser || system) return (browser ?? system)!;
  return agent.length > 60 ? `${agent.slice(0, 57)}...` : agent;
}

