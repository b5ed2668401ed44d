// Finds the descriptors, annotation maps and platforms inside a document, with their pointers,
// so that rules for those nodes run wherever the nodes occur.

import type { DocumentKind } from "../model/index.js";
import { child, isObject, type AnnotationsOwner, type DescriptorRole, type JsonObject, type PlatformOwner } from "../../rules/defineRule.js";

export interface Located<Extra> {
  node: JsonObject;
  pointer: string;
  extra: Extra;
}

export interface DocumentNodes {
  descriptors: Located<DescriptorRole>[];
  annotations: Located<AnnotationsOwner>[];
  platforms: Located<PlatformOwner>[];
}

export function documentNodes(kind: DocumentKind, root: JsonObject): DocumentNodes {
  const nodes: DocumentNodes = { descriptors: [], annotations: [], platforms: [] };
  const addDescriptor = (value: unknown, pointer: string, role: DescriptorRole) => {
    if (!isObject(value)) return;
    nodes.descriptors.push({ node: value, pointer, extra: role });
    addAnnotations(value["annotations"], child(pointer, "annotations"), "descriptor");
    if (isObject(value["platform"])) {
      nodes.platforms.push({ node: value["platform"], pointer: child(pointer, "platform"), extra: role === "manifest-entry" ? "index-entry" : "descriptor" });
    }
  };
  const addAnnotations = (value: unknown, pointer: string, owner: AnnotationsOwner) => {
    if (isObject(value)) nodes.annotations.push({ node: value, pointer, extra: owner });
  };
  const eachOf = (key: string, role: DescriptorRole) => {
    const list = root[key];
    if (Array.isArray(list)) list.forEach((item, i) => addDescriptor(item, child("", key, i), role));
  };

  switch (kind) {
    case "descriptor":
      addDescriptor(root, "", "descriptor");
      break;
    case "manifest":
    case "docker-manifest":
      addDescriptor(root["config"], "/config", "config");
      eachOf("layers", "layer");
      addDescriptor(root["subject"], "/subject", "subject");
      addAnnotations(root["annotations"], "/annotations", "manifest");
      break;
    case "index":
    case "docker-manifest-list":
      eachOf("manifests", "manifest-entry");
      addDescriptor(root["subject"], "/subject", "subject");
      addAnnotations(root["annotations"], "/annotations", "index");
      break;
    case "config":
    case "docker-config":
      nodes.platforms.push({ node: root, pointer: "", extra: "config" });
      if (isObject(root["config"])) addAnnotations(root["config"]["Labels"], "/config/Labels", "labels");
      break;
    case "layout-header":
      break;
  }
  return nodes;
}
