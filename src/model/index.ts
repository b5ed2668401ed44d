export * from "./mediaTypes.js";
export * from "./digest.js";
export * from "./spec.js";
export * from "./runtime.js";
export * from "./kinds.js";
export * from "./finding.js";
export * from "./platforms.js";
export * from "./formats.js";
