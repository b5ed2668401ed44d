// The shape of a rule: metadata that the registry, presets, config schema, docs and SARIF all read,
// and a check that sees only the node it targets and reports through its context.

import { isObject, type DocumentKind, type JsonObject, type Level } from "../src/model/index.js";
import { pointerOf } from "../src/json/parseJson.js";

export type Category =
  | "json" | "schema" | "spec" | "media-type" | "digest" | "annotation" | "platform"
  | "layout" | "content" | "portability" | "reproducibility" | "security" | "best-practice" | "runtime";

export type Preset = "recommended" | "strict" | "all";


/** Where a descriptor sits in its document; rules use it to know what the descriptor should point at. */
export type DescriptorRole = "descriptor" | "config" | "layer" | "subject" | "manifest-entry";

export interface ReportInput {
  /** Absolute JSON pointer into the document. */
  pointer: string;
  message: string;
  /** Point at the member's key rather than its value (e.g. a bad annotation key). */
  atKey?: boolean;
}

export interface NodeContext<Node = JsonObject> {
  readonly kind: DocumentKind;
  readonly document: JsonObject;
  readonly node: Node;
  /** Pointer of `node` in the document. */
  readonly pointer: string;
  /** Raw literal text of numbers written with a fraction or exponent, by pointer. */
  readonly numberLiterals: ReadonlyMap<string, string>;
  report(input: ReportInput): void;
}

export interface DescriptorContext extends NodeContext {
  readonly role: DescriptorRole;
}

export type AnnotationsOwner = "manifest" | "index" | "descriptor" | "labels";

export interface AnnotationsContext extends NodeContext {
  readonly owner: AnnotationsOwner;
}

export type PlatformOwner = "index-entry" | "descriptor" | "config";

export interface PlatformContext extends NodeContext {
  readonly owner: PlatformOwner;
}

interface RuleMeta {
  /** Stable code: never reused, never renumbered. */
  id: string;
  /** kebab-case name; config accepts it as well as the id. */
  name: string;
  /** One line: SARIF shortDescription. */
  title: string;
  /** Why the rule exists: SARIF fullDescription. */
  description: string;
  category: Category;
  /** Where the requirement is written (`image-spec descriptor.md#digests`), or `ocilint` for our own best practice. */
  spec: string;
  level: Level;
  presets: readonly Preset[];
  /**
   * The finding's position holds a value that must not be shown (a secret): formatters print the
   * message, which names only the key, and never the source text around the position.
   */
  sensitive?: boolean;
}

/** Rules enforced by the JSON reader or the schemas: metadata only, so their findings are named. */
export interface PassiveRule extends RuleMeta {
  target: "json" | "schema" | "engine";
}

export interface DocumentRule extends RuleMeta {
  target: "document";
  kinds: readonly DocumentKind[];
  check(ctx: NodeContext): void;
}

export interface DescriptorRule extends RuleMeta {
  target: "descriptor";
  check(ctx: DescriptorContext): void;
}

export interface AnnotationsRule extends RuleMeta {
  target: "annotations";
  check(ctx: AnnotationsContext): void;
}

export interface PlatformRule extends RuleMeta {
  target: "platform";
  check(ctx: PlatformContext): void;
}

export type Rule = PassiveRule | DocumentRule | DescriptorRule | AnnotationsRule | PlatformRule;

export function defineRule<R extends Rule>(rule: R): R {
  return rule;
}

/** Presets a rule of this level joins by default: errors everywhere, warnings from recommended, notes in strict. */
export function presetsFor(level: Level): readonly Preset[] {
  return level === "note" ? ["strict", "all"] : ["recommended", "strict", "all"];
}

// Narrowing untrusted JSON (rules run even when the schema failed): the model's, here for the rules.
export { isObject, type JsonObject } from "../src/model/index.js";

/** The value at a path of object keys, or undefined as soon as a step is not an object. */
export function valueAt(node: JsonObject, ...keys: string[]): unknown {
  let value: unknown = node;
  for (const key of keys) value = isObject(value) ? value[key] : undefined;
  return value;
}

export function stringAt(node: JsonObject, key: string): string | undefined {
  const value = node[key];
  return typeof value === "string" ? value : undefined;
}

export function child(pointer: string, ...segments: (string | number)[]): string {
  return pointer + pointerOf(segments);
}

/**
 * The `config` object of an image config that has layers and declares how it runs. Absent or {}: a base
 * or data image assembled from layers, whose users choose user and command; rules about them stay quiet.
 */
export function runnableConfig(imageConfig: JsonObject): JsonObject | undefined {
  const config = imageConfig["config"];
  const rootfs = imageConfig["rootfs"];
  if (!isObject(config) || Object.keys(config).length === 0) return undefined;
  if (!isObject(rootfs) || !Array.isArray(rootfs["diff_ids"]) || rootfs["diff_ids"].length === 0) return undefined;
  return config;
}
