// --platform os/arch[/variant]: which image of an index to lint. arm64 and arm64/v8 are one platform,
// as are arm and arm/v7; without a variant any variant matches.

import { normalisedVariant } from "../../model/index.js";
import { UsageError } from "../../errors.js";

export interface PlatformChoice {
  os: string;
  architecture: string;
  variant?: string;
}

const PART = /^[a-z0-9._-]+$/i;

export function parsePlatform(text: string): PlatformChoice {
  const parts = text.split("/");
  if (parts.length < 2 || parts.length > 3 || !parts.every((p) => PART.test(p))) {
    throw new UsageError(`--platform "${text}": expected os/arch or os/arch/variant, e.g. linux/arm64 or linux/arm/v7`);
  }
  const [os, architecture, variant] = parts as [string, string, string | undefined];
  return variant === undefined ? { os, architecture } : { os, architecture, variant };
}

export function platformMatches(choice: PlatformChoice, platform: unknown): boolean {
  if (typeof platform !== "object" || platform === null) return false;
  const p = platform as Record<string, unknown>;
  if (p["os"] !== choice.os || p["architecture"] !== choice.architecture) return false;
  if (choice.variant === undefined) return true;
  const variant = typeof p["variant"] === "string" ? p["variant"] : undefined;
  return normalisedVariant(choice.architecture, variant) === normalisedVariant(choice.architecture, choice.variant);
}

export function platformText(platform: unknown): string {
  if (typeof platform !== "object" || platform === null) return "no platform";
  const p = platform as Record<string, unknown>;
  return [p["os"], p["architecture"], p["variant"]].filter((v) => typeof v === "string" && v !== "").join("/");
}
